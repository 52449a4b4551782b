#include <catch2/catch.hpp>

#include "lessenbank/error.h"
#include "lessenbank/index.h"
#include "lessenbank/json.h"
#include "lessenbank/search.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

// One index of the fixture corpus for all search tests.
const std::filesystem::path& index_dir() {
  static TempDir dir;
  static const std::filesystem::path path = [] {
    IndexOptions o;
    o.corpus_dir = fixture("basic");
    o.index_dir = dir / "index";
    Indexer(o).update();
    return o.index_dir;
  }();
  return path;
}

SearchResult search(const std::string& q, std::vector<std::string> themes = {}, std::vector<std::string> types = {}) {
  static const auto path = index_dir();
  Searcher s(path);
  SearchRequest r;
  r.query = q;
  r.themes = std::move(themes);
  r.types = std::move(types);
  return s.search(r);
}

std::vector<std::string> ids(const SearchResult& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.id);
  return out;
}

}  // namespace

TEST_CASE("a query finds the right entry first, with Dutch stemming", "[search]") {
  const auto r = search("omgevingsvisies inwoners");
  REQUIRE_FALSE(r.hits.empty());
  CHECK(r.hits[0].id == "les-participatie");
  CHECK(r.hits[0].path == "les-participatie.md");
  CHECK(r.hits[0].title == "Betrek inwoners vroeg bij de omgevingsvisie");
}

TEST_CASE("a theme filter excludes entries of other themes", "[search]") {
  CHECK(ids(search("", {"dso"})) == std::vector<std::string>{"casus-dso-aansluiten"});
  const auto r = search("gemeente", {"participatie"});
  for (const auto& h : r.hits) {
    CHECK(std::find(h.themes.begin(), h.themes.end(), "participatie") != h.themes.end());
  }
  CHECK(ids(search("", {}, {"bron"})) == std::vector<std::string>{"bron-test"});
}

TEST_CASE("facets count types and every theme of the matching entries", "[search]") {
  const auto r = search("");
  CHECK(r.total == 4);
  CHECK(r.facets.at("type").at("casus") == 2);
  CHECK(r.facets.at("thema").at("participatie") == 2);
  CHECK(r.facets.at("thema").at("regionale-samenwerking") == 1);
}

TEST_CASE("query syntax: phrases, Dutch operators, prefix and boolean fields", "[search]") {
  CHECK(ids(search("\"omgevingsplan Markdal\"")) == std::vector<std::string>{"casus-markdal"});
  CHECK(ids(search("Markdal NIET waterschap")) == std::vector<std::string>{"les-participatie"});
  const auto either = ids(search("Markdal OF Omgevingsloket"));
  CHECK(either.size() == 3);
  CHECK(ids(search("participatiem*")) == std::vector<std::string>{"les-participatie"});
  CHECK(ids(search("type:bron")) == std::vector<std::string>{"bron-test"});
}

TEST_CASE("when no entry has every word, entries with some of them are ranked", "[search]") {
  const auto r = search("crisis zeppelin");
  CHECK(ids(r) == std::vector<std::string>{"casus-markdal"});
}

TEST_CASE("a malformed query is a QueryError with a Dutch message", "[search]") {
  CHECK_THROWS_AS(search("\"open AND ("), QueryError);
  CHECK_THROWS_WITH(search("zaak )"), Catch::Contains("zonder '('"));
  // A stray operator is not malformed: it is dropped (test_relevance.cpp).
  CHECK_NOTHROW(search("zaak AND"));
}

TEST_CASE("snippets highlight matches and escape HTML from the text", "[search][security]") {
  const auto r = search("Informatieveiligheid");
  REQUIRE(r.hits.size() == 1);
  const std::string& s = r.hits[0].snippet_html;
  CHECK(s.find("<mark>") != std::string::npos);
  CHECK(s.find("<script>") == std::string::npos);
}

TEST_CASE("documents and backlinks come back from the index", "[search]") {
  Searcher s(index_dir());
  const auto d = s.document("casus-markdal");
  REQUIRE(d);
  CHECK(d->html.find("<table>") != std::string::npos);
  CHECK(d->meta.organisations.size() == 2);
  auto back = s.backlinks("les-participatie");
  std::sort(back.begin(), back.end());
  CHECK(back == std::vector<std::string>{"bron-test", "casus-markdal"});
  CHECK_FALSE(s.document("bestaat-niet"));
}

TEST_CASE("search JSON has the documented shape", "[search][json]") {
  const std::string json = to_json(search("Markdal"));
  CHECK(json.rfind("{\"query\":\"Markdal\",\"suggestion\":\"\",\"corrected\":false,\"original_query\":\"\",\"total\":2,"
                   "\"total_all_words\":2,\"not_found\":[],\"total_exact\":true,\"facets_exact\":true,", 0) == 0);
  CHECK(json.find("\"missing\":[]") != std::string::npos);
  CHECK(json.find("\"path\":\"casussen/casus-markdal.md\"") != std::string::npos);
  CHECK(json.find("\"facets\":{\"thema\":{") != std::string::npos);
}

TEST_CASE("regression: a suspended compound '-strategie' is a word, not an exclusion", "[search]") {
  // Found by the bundled-corpus title test: "Veranderfilosofie en -strategie ..."
  // excluded its own entry while '-' meant NOT.
  // Every word first: the entry with both words, then those with one of them.
  const auto found = ids(search("Testbron -Omgevingswet"));
  REQUIRE_FALSE(found.empty());
  CHECK(found[0] == "bron-test");
}

TEST_CASE("facet counts stay right beyond the counting sample", "[search]") {
  TempDir dir;
  const std::size_t n = SearchResult::kFacetSample * 3 / 2;
  for (std::size_t i = 0; i < n; ++i) {
    write_file(dir / ("corpus/e" + std::to_string(i) + ".md"),
               "---\nid: e" + std::to_string(i) + "\ntitel: Item " + std::to_string(i) + "\ntype: " +
                   (i % 2 ? "les" : "casus") + "\nthemas: [dso]\n---\nGemeenschappelijke tekst.\n");
  }
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  Indexer(o).update();
  Searcher s(o.index_dir);
  SearchRequest r;
  r.query = "gemeenschappelijke";
  const SearchResult many = s.search(r);
  CHECK(many.total == n);
  const auto les = many.facets.at("type").at("les");
  // Xapian may stop after the sample (then the counts are scaled and marked
  // approximate) or see every match (then they are exact).
  if (many.facets_exact) {
    CHECK(les == n / 2);
  } else {
    CHECK(les > n / 2 - n / 10);
    CHECK(les < n / 2 + n / 10);
  }
  r.query = "item 7";
  CHECK(s.search(r).facets_exact);  // few matches: exact
}
