// Issue 15 item 2, round 2: what a search no longer recomputes or reads must
// give exactly what it gave before (spelling answers kept until the index
// changes, snippets that look up only the words that may match). Facets:
// tests/facets/test_facet_spy.cpp.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <stdexcept>

#include "known_terms.h"
#include "lessenbank/index.h"
#include "lessenbank/search.h"
#include "lessenbank/thesaurus.h"
#include "query_builder.h"
#include "snippet.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

std::string entry(const std::string& id, const std::string& body) {
  return "---\nid: " + id + "\ntitel: Les over " + id + "\ntype: les\nthemas: [participatie]\n---\n" + body + "\n";
}

IndexOptions options(const TempDir& dir) {
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  o.threads = 1;
  return o;
}

SearchResult search(Searcher& s, const std::string& q) {
  SearchRequest r;
  r.query = q;
  return s.search(r);
}

}  // namespace

TEST_CASE("KnownTerms keeps a text answer until cleared, and nothing when asking throws", "[search][cost]") {
  KnownTerms known;
  int asked = 0;
  const auto ask = [&] {
    ++asked;
    return std::string("windmolens");
  };
  CHECK(known.remember_text("windmolns", ask) == "windmolens");
  CHECK(known.remember_text("windmolns", ask) == "windmolens");
  CHECK(asked == 1);
  CHECK_THROWS(known.remember_text("zonnepark", []() -> std::string { throw std::runtime_error("bank down"); }));
  CHECK(known.remember_text("zonnepark", ask) == "windmolens");  // asked again: nothing was kept
  CHECK(asked == 2);
  known.clear();
  CHECK(known.size() == 0);
  CHECK(known.remember_text("windmolns", ask) == "windmolens");
  CHECK(asked == 3);
}

TEST_CASE("a query's spelling suggestion is asked of Xapian once and kept", "[search][cost]") {
  TempDir dir;
  const IndexOptions o = options(dir);
  write_file(dir / "corpus/a.md", entry("a", "Tekst over windmolens op land."));
  REQUIRE(Indexer(o).update().added == 1);
  const Xapian::Database db(o.index_dir.string());
  const Xapian::Stem stem("dutch");
  const Thesaurus none;
  KnownTerms known;
  QueryBuilder builder(db, stem, none, &known);
  const std::size_t before = known.size();
  CHECK(builder.spelling_suggestion("windmolns") == "windmolens");
  CHECK(known.size() == before + 1);
  CHECK(builder.spelling_suggestion("windmolns") == "windmolens");
  CHECK(known.size() == before + 1);
  QueryBuilder fresh(db, stem, none, nullptr);  // nothing kept: the same answer, asked again
  CHECK(fresh.spelling_suggestion("windmolns") == "windmolens");
}

TEST_CASE("kept spelling answers are forgotten when the index changes", "[search][cost]") {
  TempDir dir;
  const IndexOptions o = options(dir);
  write_file(dir / "corpus/a.md", entry("a", "Tekst over windmolens op land."));
  REQUIRE(Indexer(o).update().added == 1);
  Searcher s(o.index_dir);
  const SearchResult first = search(s, "bodemsanerimg");
  CHECK(first.suggestion.empty());
  CHECK(first.total == 0);
  write_file(dir / "corpus/b.md", entry("b", "Een les over bodemsanering in de wijk."));
  REQUIRE(Indexer(o).update().added == 1);
  s.reopen();
  const SearchResult again = search(s, "bodemsanerimg");
  CHECK(again.suggestion == "bodemsanering");
  CHECK(again.corrected);
  REQUIRE_FALSE(again.hits.empty());
  CHECK(again.hits[0].id == "b");
}

TEST_CASE("snippets: words told apart by their first bytes are still highlighted in every form", "[search][cost]") {
  const std::vector<Xapian::Query> terms{Xapian::Query("participatie"), Xapian::Query("ökologie"), Xapian::Query("a"),
                                         Xapian::Query("pa"), Xapian::Query("é"), Xapian::Query("Z" + Xapian::Stem("dutch")("bestuur"))};
  const SnippetTerms q(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()), Xapian::Stem("dutch"));
  CHECK(make_snippet("PARTICIPATIE en Ökologie, a of B; Pa en pak. É.", q) ==
        "<mark>PARTICIPATIE</mark> en <mark>Ökologie</mark>, <mark>a</mark> of B; <mark>Pa</mark> en pak. <mark>É</mark>.");
  CHECK(make_snippet("Bestuurders en bestuur: Participaties.", q) == "Bestuurders en <mark>bestuur</mark>: Participaties.");
  CHECK(make_snippet("x", q) == "x");
  CHECK(make_snippet("A", q) == "<mark>A</mark>");
}
