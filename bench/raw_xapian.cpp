// The anchor: a minimal Xapian program that opens the database once and runs
// the same queries in a loop (parse, top 10, read each hit's data). No
// facets, snippets, synonyms or compounds: the limit any Xapian-based server
// can approach on this index.
//
//   raw_xapian <index-dir> <queries.txt> [repetitions]
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: raw_xapian <index-dir> <queries.txt> [repetitions]\n");
    return 2;
  }
  const int reps = argc > 3 ? std::max(1, std::atoi(argv[3])) : 20;
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) queries.push_back(line);
  }
  Xapian::Database db(argv[1]);
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem("dutch"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_default_op(Xapian::Query::OP_AND);
  std::vector<double> all;
  std::vector<std::vector<double>> per_query(queries.size());
  std::size_t bytes = 0;
  for (int r = 0; r < reps; ++r) {
    for (std::size_t i = 0; i < queries.size(); ++i) {
      const std::string& q = queries[i];
      const auto t0 = std::chrono::steady_clock::now();
      Xapian::Enquire enquire(db);
      enquire.set_query(qp.parse_query(q));
      const Xapian::MSet mset = enquire.get_mset(0, 10);
      for (auto it = mset.begin(); it != mset.end(); ++it) bytes += it.get_document().get_data().size();
      all.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      per_query[i].push_back(all.back());
    }
  }
  // One line per query, as search_latency prints them (bench/run.sh splits them by query type).
  for (std::size_t i = 0; i < queries.size(); ++i) {
    std::sort(per_query[i].begin(), per_query[i].end());
    std::printf("%8.3f ms  %5s hits  %s\n", per_query[i][per_query[i].size() / 2], "-", queries[i].c_str());
  }
  std::sort(all.begin(), all.end());
  std::printf("RESULT p50_ms %.3f p99_ms %.3f (read %zu bytes)\n", all[all.size() / 2], all[all.size() * 99 / 100], bytes);
  return 0;
}
