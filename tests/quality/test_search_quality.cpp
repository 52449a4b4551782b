// Search quality on realistic staff queries (queries.tsv): prints success@1,
// success@5 and MRR overall and per category, and fails when success@5 falls
// below the level reached (docs/search-quality.md).
#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "lessenbank/index.h"
#include "lessenbank/plugin_host.h"
#include "lessenbank/search.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

// The level this suite reached; raise it when the engine gets better.
constexpr double kMinSuccessAt5 = 0.90;

struct Case {
  std::string category, query, theme;
  std::vector<std::string> expected;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string part; std::getline(in, part, sep);) out.push_back(part);
  return out;
}

std::vector<Case> load_cases() {
  std::vector<Case> cases;
  std::ifstream in(LESSENBANK_QUALITY_QUERIES);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split(line, '\t');
    if (f.size() < 3) continue;
    cases.push_back({f[0], f[1], f.size() > 3 ? f[3] : "", split(f[2], ',')});
  }
  return cases;
}

struct Score {
  int n = 0, at1 = 0, at5 = 0;
  double rr = 0;
  void add(int rank) {
    ++n;
    at1 += rank == 1;
    at5 += rank >= 1 && rank <= 5;
    rr += rank >= 1 ? 1.0 / rank : 0;
  }
};

}  // namespace

TEST_CASE("search quality on realistic staff queries", "[quality]") {
  TempDir dir;
  PluginHost plugins([](const std::string&) {});
  plugins.load_folder(LESSENBANK_PLUGIN_DIR);
  IndexOptions o;
  o.corpus_dir = LESSENBANK_CORPUS;
  o.index_dir = dir / "index";
  o.plugins = &plugins;
  Indexer(o).update();
  Searcher searcher(o.index_dir);

  const auto cases = load_cases();
  REQUIRE(cases.size() >= 40);
  std::map<std::string, Score> by_category;
  Score all;
  for (const auto& c : cases) {
    SearchRequest r;
    r.query = c.query;
    if (!c.theme.empty()) r.themes = {c.theme};
    r.limit = 10;
    const SearchResult res = searcher.search(r);
    int rank = 0;
    for (std::size_t i = 0; i < res.hits.size() && !rank; ++i) {
      if (std::find(c.expected.begin(), c.expected.end(), res.hits[i].id) != c.expected.end()) rank = int(i) + 1;
    }
    all.add(rank);
    by_category[c.category].add(rank);
    if (rank != 1) {
      std::cout << "  rank " << (rank ? std::to_string(rank) : std::string("-")) << "  [" << c.category << "] "
                << c.query << "  -> " << (res.hits.empty() ? std::string("(niets)") : res.hits[0].id) << "\n";
    }
  }
  auto line = [](const std::string& name, const Score& s) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%-14s n=%2d  success@1 %.2f  success@5 %.2f  MRR %.3f", name.c_str(), s.n,
                  double(s.at1) / s.n, double(s.at5) / s.n, s.rr / s.n);
    std::cout << buf << "\n";
  };
  for (const auto& [name, s] : by_category) line(name, s);
  line("totaal", all);
  CHECK(double(all.at5) / all.n >= kMinSuccessAt5);
}
