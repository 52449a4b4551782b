#include "quality_suite.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "lessenbank/plugin_host.h"
#include "lessenbank/search.h"
#include "temp_dir.h"

namespace lessenbank::test {

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string part; std::getline(in, part, sep);) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

// Rank (1..) of the first relevant hit, 0 when none is among the hits.
int first_relevant(const SearchResult& res, const QualityCase& c) {
  for (std::size_t i = 0; i < res.hits.size(); ++i) {
    if (std::find(c.expected.begin(), c.expected.end(), res.hits[i].id) != c.expected.end()) return int(i) + 1;
  }
  return 0;
}

std::string miss_line(int rank, const QualityCase& c, const SearchResult& res) {
  return "  rank " + (rank ? std::to_string(rank) : std::string("-")) + "  [" + c.category + "] " + c.query +
         "  -> " + (res.hits.empty() ? std::string("(niets)") : res.hits[0].id);
}

void run_cases(Searcher& searcher, const std::vector<QualityCase>& cases, QualitySuite& suite) {
  for (const auto& c : cases) {
    SearchRequest r;
    r.query = c.query;
    if (!c.theme.empty()) r.themes = {c.theme};
    r.limit = 10;
    const SearchResult res = searcher.search(r);
    const int rank = first_relevant(res, c);
    suite.ranks.push_back(rank);
    suite.all.add(rank);
    suite.by_category[c.category].add(rank);
    if (rank != 1) suite.misses.push_back(miss_line(rank, c, res));
  }
}

}  // namespace

std::vector<QualityCase> load_quality_cases() {
  std::vector<QualityCase> cases;
  std::ifstream in(LESSENBANK_QUALITY_QUERIES);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = split(line, '\t');
    if (f.size() < 3) continue;
    cases.push_back({f[0], f[1], f.size() > 3 ? f[3] : "", split(f[2], ',')});
  }
  return cases;
}

void QualityScore::add(int rank) {
  ++n;
  at1 += rank == 1;
  at5 += rank >= 1 && rank <= 5;
  rr += rank >= 1 && rank <= 10 ? 1.0 / rank : 0;
}

void QualityScore::add(const QualityScore& other) {
  n += other.n;
  at1 += other.at1;
  at5 += other.at5;
  rr += other.rr;
}

QualityScore QualitySuite::over(const std::vector<std::string>& names) const {
  QualityScore sum;
  for (const auto& name : names) {
    const auto it = by_category.find(name);
    if (it != by_category.end()) sum.add(it->second);
  }
  return sum;
}

QualitySuite run_quality_suite(IndexOptions o, const std::vector<QualityCase>& cases, bool with_plugins) {
  TempDir dir;
  PluginHost plugins([](const std::string&) {});
  if (with_plugins) plugins.load_folder(LESSENBANK_PLUGIN_DIR);
  o.corpus_dir = LESSENBANK_CORPUS;
  o.index_dir = dir / "index";
  o.plugins = with_plugins ? &plugins : nullptr;
  Indexer(o).update();
  Searcher searcher(o.index_dir);
  QualitySuite suite;
  run_cases(searcher, cases, suite);
  return suite;
}

void print_quality(const std::string& title, const QualitySuite& s) {
  std::cout << title << "\n";
  for (const auto& m : s.misses) std::cout << m << "\n";
  auto line = [](const std::string& name, const QualityScore& sc) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "| %-14s | %3d | %.2f | %.2f | %.3f |", name.c_str(), sc.n, sc.s1(), sc.s5(),
                  sc.mrr());
    std::cout << buf << "\n";
  };
  std::cout << "| category       |   n | s@1  | s@5  | MRR@10 |\n";
  for (const auto& [name, sc] : s.by_category) line(name, sc);
  line("totaal", s.all);
}

}  // namespace lessenbank::test
