// Disjunctive facets (issue 13, item 2): values of one group are alternatives,
// groups narrow each other, and a group with a selection is counted with its
// own selection left out.
#include <catch2/catch.hpp>

#include "lessenbank/index.h"
#include "lessenbank/plugin_host.h"
#include "lessenbank/search.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

using Counts = std::map<std::string, std::size_t>;

// Five entries: three types, three themes, some entries in two themes or
// for two audiences (doelgroep).
Searcher& small_searcher() {
  static TempDir dir;
  static const std::filesystem::path index = [] {
    const char* entries[][4] = {{"e1", "casus", "[dso]", "[gemeente]"},
                                {"e2", "casus", "[participatie]", "[gemeente, rijk]"},
                                {"e3", "les", "[dso, participatie]", "[omgevingsdienst]"},
                                {"e4", "les", "[regionale-samenwerking]", "[]"},
                                {"e5", "strategie", "[dso]", "[rijk]"}};
    for (const auto& [id, type, themes, audience] : entries) {
      write_file(dir / (std::string("corpus/") + id + ".md"),
                 std::string("---\nid: ") + id + "\ntitel: Item " + id + "\ntype: " + type + "\nthemas: " + themes +
                     "\ndoelgroep: " + audience + "\n---\nGemeenschappelijke tekst.\n");
    }
    IndexOptions o;
    o.corpus_dir = dir / "corpus";
    o.index_dir = dir / "index";
    Indexer(o).update();
    return o.index_dir;
  }();
  static Searcher searcher(index);
  return searcher;
}

}  // namespace

// The bundled corpus classified by the four theme plugins (sub-facets).
const std::filesystem::path& corpus_index() {
  static TempDir dir;
  static const std::filesystem::path index = [] {
    PluginHost plugins([](const std::string& line) { FAIL(line); });
    plugins.load_folder(LESSENBANK_PLUGIN_DIR);
    IndexOptions o;
    o.corpus_dir = LESSENBANK_CORPUS;
    o.index_dir = dir / "index";
    o.plugins = &plugins;
    Indexer(o).update();
    return o.index_dir;
  }();
  return index;
}

namespace {

Searcher& corpus_searcher() {
  static Searcher searcher(corpus_index());
  return searcher;
}

SearchRequest request(std::vector<std::string> themes, std::vector<std::string> types,
                      std::vector<std::string> subs = {}, std::vector<std::string> audiences = {}) {
  SearchRequest r;
  r.themes = std::move(themes);
  r.types = std::move(types);
  r.subfacets = std::move(subs);
  r.audiences = std::move(audiences);
  r.limit = 0;
  return r;
}

// `r` with the selection of `group` replaced by `value` alone.
SearchRequest choosing(SearchRequest r, const std::string& group, const std::string& value) {
  if (group == "thema") r.themes = {value};
  else if (group == "type") r.types = {value};
  else if (group == "voor") r.audiences = {value};
  else {
    std::erase_if(r.subfacets, [&](const std::string& s) { return s.rfind(group + ":", 0) == 0; });
    r.subfacets.push_back(group + ":" + value);
  }
  return r;
}

// Every count shown must be what choosing that value (instead of the group's
// current selection, with the other groups as they are) would find.
void check_counts_are_what_a_click_finds(Searcher& s, const SearchRequest& r) {
  const SearchResult result = s.search(r);
  REQUIRE(result.facets_exact);
  std::size_t checked = 0;
  for (const auto& [group, counts] : result.facets) {
    for (const auto& [value, n] : counts) {
      INFO(group << " = " << value);
      CHECK(s.search(choosing(r, group, value)).total == n);
      ++checked;
    }
  }
  CHECK(checked > 3);
}

}  // namespace

TEST_CASE("facets: two types together find either type", "[facets]") {
  auto& s = small_searcher();
  CHECK(s.search(request({}, {"casus"})).total == 2);
  CHECK(s.search(request({}, {"casus", "les"})).total == 4);
  CHECK(s.search(request({"dso", "participatie"}, {})).total == 4);
}

TEST_CASE("facets: a group with a selection keeps its other values and their counts", "[facets]") {
  // Regression: after choosing a type the other types disappeared.
  const SearchResult r = small_searcher().search(request({}, {"casus"}));
  CHECK(r.facets.at("type") == Counts{{"casus", 2}, {"les", 2}, {"strategie", 1}});
  // Other groups are narrowed by the selection.
  CHECK(r.facets.at("thema") == Counts{{"dso", 1}, {"participatie", 1}});
}

TEST_CASE("facets: theme counts ignore the theme selection but not the type selection", "[facets]") {
  // Regression: after choosing a theme, the other themes showed narrowed counts.
  const SearchResult r = small_searcher().search(request({"dso"}, {"les", "strategie"}));
  CHECK(r.total == 2);
  CHECK(r.facets.at("thema") == Counts{{"dso", 2}, {"participatie", 1}, {"regionale-samenwerking", 1}});
  CHECK(r.facets.at("type") == Counts{{"casus", 1}, {"les", 1}, {"strategie", 1}});
}

TEST_CASE("facets: every count equals what choosing that value finds", "[facets]") {
  auto& s = small_searcher();
  check_counts_are_what_a_click_finds(s, request({}, {}));
  check_counts_are_what_a_click_finds(s, request({"participatie"}, {}));
  check_counts_are_what_a_click_finds(s, request({"dso", "regionale-samenwerking"}, {"les"}));
  check_counts_are_what_a_click_finds(s, request({"dso"}, {}, {}, {"gemeente", "rijk"}));
}

TEST_CASE("facets: doelgroep ('voor') is a facet of its own, OR within, AND with the others", "[facets]") {
  auto& s = small_searcher();
  const SearchResult all = s.search(request({}, {}));
  CHECK(all.facets.at("voor") == Counts{{"gemeente", 2}, {"omgevingsdienst", 1}, {"rijk", 2}});
  const SearchResult two = s.search(request({}, {}, {}, {"gemeente", "omgevingsdienst"}));
  CHECK(two.total == 3);
  CHECK(two.facets.at("voor") == all.facets.at("voor"));
  CHECK(two.facets.at("type") == Counts{{"casus", 2}, {"les", 1}});
  CHECK(s.search(request({"dso"}, {}, {}, {"rijk"})).total == 1);
}

TEST_CASE("facets: sub-facet values are alternatives within a name, names narrow each other", "[facets]") {
  auto& s = corpus_searcher();
  const SearchResult all = s.search(request({"dso"}, {}));
  REQUIRE(all.facets.count("onderdeel"));
  const Counts& parts = all.facets.at("onderdeel");
  REQUIRE(parts.size() >= 2);
  const std::string a = parts.begin()->first, b = std::next(parts.begin())->first;
  const std::size_t only_a = s.search(request({"dso"}, {}, {"onderdeel:" + a})).total;
  const std::size_t only_b = s.search(request({"dso"}, {}, {"onderdeel:" + b})).total;
  const SearchResult both = s.search(request({"dso"}, {}, {"onderdeel:" + a, "onderdeel:" + b}));
  CHECK(only_a == parts.at(a));
  CHECK(both.total >= std::max(only_a, only_b));
  CHECK(both.total <= only_a + only_b);
  CHECK(both.facets.at("onderdeel") == parts);  // its own selection left out
  check_counts_are_what_a_click_finds(s, request({"dso"}, {"casus", "les"}, {"onderdeel:" + a}));
  const SearchResult org = s.search(request({"organisatieontwikkeling"}, {}));
  REQUIRE_FALSE(org.facets.at("instrument").empty());
  const std::string i = org.facets.at("instrument").begin()->first;
  check_counts_are_what_a_click_finds(s, request({"participatie", "organisatieontwikkeling"}, {},
                                                 {"instrument:" + i, "onderdeel:" + a}));
}
