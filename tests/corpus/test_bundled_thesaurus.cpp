// The bundled thesaurus (corpus/thesaurus.xml): it loads, every term is
// recognised in a query and finds its group, and no term breaks a search.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "lessenbank/index.h"
#include "lessenbank/search.h"
#include "lessenbank/thesaurus.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

const std::filesystem::path kCorpus(LESSENBANK_CORPUS);

Thesaurus bundled_thesaurus() {
  const ThesaurusResult r = load_thesaurus(kCorpus / "thesaurus.xml", "thesaurus.xml");
  for (const auto& d : r.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(r.ok());
  return r.thesaurus;
}

}  // namespace

TEST_CASE("bundled thesaurus: loads without errors and covers the domain", "[corpus][thesaurus]") {
  CHECK(bundled_thesaurus().groups.size() >= 250);
}

TEST_CASE("bundled thesaurus: no term is in two groups", "[corpus][thesaurus]") {
  std::map<std::string, std::string> first_group_of;
  for (const auto& group : bundled_thesaurus().groups) {
    for (const auto& term : group) {
      const auto [it, added] = first_group_of.emplace(fold_diacritics(term), group.front());
      INFO("'" << term << "' is also in the group of '" << it->second << "'");
      CHECK(added);
    }
  }
}

TEST_CASE("bundled thesaurus: every term typed as a query expands to its whole group", "[corpus][thesaurus]") {
  const Thesaurus thesaurus = bundled_thesaurus();
  for (const auto& group : thesaurus.groups) {
    for (const auto& term : group) {
      const std::string expanded = thesaurus.expand(term);
      for (const auto& other : group) {
        INFO("query '" << term << "' expanded to " << expanded);
        CHECK(expanded.find(other) != std::string::npos);
      }
    }
  }
}

TEST_CASE("bundled thesaurus: searching any group's terms never fails", "[corpus][thesaurus]") {
  TempDir dir;
  IndexOptions o;
  o.corpus_dir = kCorpus;
  o.index_dir = dir / "index";
  Indexer(o).update();
  Searcher searcher(o.index_dir);
  for (const auto& group : bundled_thesaurus().groups) {
    // One term brings the whole group into the query the parser reads.
    SearchRequest r;
    r.query = group.front();
    INFO("query '" << r.query << "'");
    CHECK_NOTHROW(searcher.search(r));
  }
}
