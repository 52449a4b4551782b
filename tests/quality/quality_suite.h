// The search-quality suite (queries.tsv) as a reusable runner: load the
// cases, index the bundled corpus with given options in a temporary folder,
// run every case and score success@1, success@5 and MRR@10 per category.
// Used by the floor test and by the ablation test (thesaurus, dictionary and
// theme plugins switched off).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lessenbank/index.h"

namespace lessenbank::test {

struct QualityCase {
  std::string category, query, theme;
  std::vector<std::string> expected;  // any of these ids counts as relevant
};

// The cases of tests/quality/queries.tsv, in file order.
std::vector<QualityCase> load_quality_cases();

struct QualityScore {
  int n = 0, at1 = 0, at5 = 0;
  double rr = 0;
  void add(int rank);  // rank 1.. of the first relevant hit, 0 when none in the top 10
  void add(const QualityScore& other);
  double s1() const { return n ? double(at1) / n : 0; }
  double s5() const { return n ? double(at5) / n : 0; }
  double mrr() const { return n ? rr / n : 0; }
};

struct QualitySuite {
  std::map<std::string, QualityScore> by_category;
  QualityScore all;
  std::vector<std::string> misses;  // queries whose first hit is not relevant
  std::vector<int> ranks;           // per case, in order: first relevant rank, 0 = none
  // The categories in `names` taken together.
  QualityScore over(const std::vector<std::string>& names) const;
};

// Indexes the bundled corpus with `o` (corpus_dir and index_dir are set here,
// the index lives in a temporary folder) and runs every case. When
// `with_plugins`, the theme plugins of the build are loaded and classify the
// entries; otherwise only the tagged themes count.
QualitySuite run_quality_suite(IndexOptions o, const std::vector<QualityCase>& cases, bool with_plugins = true);

// Prints the misses and a table per category with the title above it.
void print_quality(const std::string& title, const QualitySuite& s);

}  // namespace lessenbank::test
