// Prints the latency of typical queries against a built index, in-process,
// the way the web UI runs them (facets and snippets on).
//
//   search_latency <index-dir> <queries.txt> [repetitions]
//   search_latency NAME=DIR|NAME=tcp://HOST:PORT[,…] <queries.txt> [repetitions]   (several banks as one)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "lessenbank/search.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: search_latency <index-dir> <queries.txt> [repetitions]\n");
    return 2;
  }
  const int reps = argc > 3 ? std::max(1, std::atoi(argv[3])) : 20;
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) queries.push_back(line);
  }
  std::vector<lessenbank::Bank> banks;
  for (std::string spec = argv[1]; spec.find('=') != std::string::npos;) {
    const auto comma = spec.find(',');
    const std::string one = spec.substr(0, comma);
    lessenbank::Bank b;
    b.name = one.substr(0, one.find('='));
    const std::string where = one.substr(one.find('=') + 1);
    if (where.rfind("tcp://", 0) == 0) {
      b.host = where.substr(6, where.rfind(':') - 6);
      b.port = static_cast<std::uint16_t>(std::atoi(where.substr(where.rfind(':') + 1).c_str()));
    } else {
      b.index_dir = where;
    }
    banks.push_back(b);
    if (comma == std::string::npos) break;
    spec = spec.substr(comma + 1);
  }
  lessenbank::Searcher searcher = banks.empty() ? lessenbank::Searcher(argv[1]) : lessenbank::Searcher(banks);
  std::vector<double> per_query;  // median over repetitions, per query
  std::vector<double> all;        // every sample
  for (const auto& q : queries) {
    std::vector<double> times;
    std::size_t total = 0;
    for (int i = 0; i < reps; ++i) {
      lessenbank::SearchRequest r;
      r.query = q;
      const auto t0 = std::chrono::steady_clock::now();
      const lessenbank::SearchResult result = searcher.search(r);
      total = result.total;
      if (!result.unanswered_banks.empty()) {  // a figure without a bank would mislead
        std::fprintf(stderr, "bank did not answer: %s\n", result.unanswered_banks.front().c_str());
        return 1;
      }
      times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    all.insert(all.end(), times.begin(), times.end());
    std::sort(times.begin(), times.end());
    per_query.push_back(times[times.size() / 2]);
    std::printf("%8.3f ms  %5zu hits  %s\n", per_query.back(), total, q.c_str());
  }
  std::sort(per_query.begin(), per_query.end());
  std::printf("queries %zu, repetitions %d: median %.3f ms, slowest %.3f ms\n", per_query.size(), reps,
              per_query[per_query.size() / 2], per_query.back());
  std::sort(all.begin(), all.end());
  std::printf("RESULT p50_ms %.3f p99_ms %.3f\n", all[all.size() / 2], all[all.size() * 99 / 100]);
  return 0;
}
