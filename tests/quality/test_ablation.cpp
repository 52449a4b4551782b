// Ablation: the thesaurus and the Dutch dictionary each measurably help. The
// whole quality suite (queries.tsv) runs on an index with everything on and on
// indexes with one of them switched off (and one without the theme plugins),
// all built here from the bundled corpus; the switched-off side must score
// lower, overall and in the categories the component is for. Both sides are
// computed; the margins are printed (docs/search-quality.md has the figures).
#include <catch2/catch.hpp>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "quality_suite.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

// The categories a component is meant to help: the thesaurus abbreviations,
// synonyms and English jargon; the dictionary compounds, the inflected words
// of questions and the queries in another inflection than the entry's text.
const std::vector<std::string> kThesaurusCategories = {"afkorting", "synoniem", "engels"};
const std::vector<std::string> kDictionaryCategories = {"samenstelling", "vraag", "verbuiging"};
const std::vector<std::string> kPluginCategories = {"thema"};

void print_row(const std::string& name, const QualityScore& on, const QualityScore& off) {
  char buf[240];
  std::snprintf(buf, sizeof buf, "| %-22s | %3d | %.2f / %.2f | %.2f / %.2f | %.3f / %.3f | %+.3f |", name.c_str(),
                on.n, on.s1(), off.s1(), on.s5(), off.s5(), on.mrr(), off.mrr(), on.mrr() - off.mrr());
  std::cout << buf << "\n";
}

// The queries whose rank differs between the two sides.
void print_changes(const std::vector<QualityCase>& cases, const QualitySuite& on, const QualitySuite& off) {
  auto shown = [](int rank) { return rank ? std::to_string(rank) : std::string("-"); };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    if (on.ranks[i] == off.ranks[i]) continue;
    std::cout << "  rank " << shown(on.ranks[i]) << " on, " << shown(off.ranks[i]) << " off  [" << cases[i].category
              << "] " << cases[i].query << "\n";
  }
}

// Per category and overall: on / off for each measure, and the MRR@10 margin.
void print_comparison(const std::string& what, const std::vector<QualityCase>& cases, const QualitySuite& on,
                      const QualitySuite& off, const std::vector<std::string>& focus) {
  std::cout << "\nAblation: " << what << " (on / off)\n";
  print_changes(cases, on, off);
  std::cout
            << "| category               |   n | s@1 on/off  | s@5 on/off  | MRR@10 on/off | margin |\n";
  for (const auto& [name, sc] : on.by_category) print_row(name, sc, off.by_category.at(name));
  std::string joined;
  for (const auto& f : focus) joined += (joined.empty() ? "" : "+") + f;
  print_row(joined, on.over(focus), off.over(focus));
  print_row("totaal", on.all, off.all);
}

}  // namespace

TEST_CASE("the thesaurus and the dictionary each make the quality suite score higher", "[quality][ablation]") {
  const auto cases = load_quality_cases();
  REQUIRE(cases.size() >= 150);
  const QualitySuite all_on = run_quality_suite(IndexOptions{}, cases);

  IndexOptions no_thesaurus;
  no_thesaurus.thesaurus = false;
  const QualitySuite thesaurus_off = run_quality_suite(no_thesaurus, cases);
  print_comparison("thesaurus", cases, all_on, thesaurus_off, kThesaurusCategories);

  IndexOptions no_dictionary;
  no_dictionary.dictionary.clear();
  const QualitySuite dictionary_off = run_quality_suite(no_dictionary, cases);
  print_comparison("dictionary (hunspell-nl lemmas and compound parts)", cases, all_on, dictionary_off,
                   kDictionaryCategories);

  // Shown, not required: on this suite the plugins' extra theme terms cost
  // the theme-filtered queries a little (docs/search-quality.md).
  const QualitySuite plugins_off = run_quality_suite(IndexOptions{}, cases, false);
  print_comparison("theme plugins", cases, all_on, plugins_off, kPluginCategories);

  // The thesaurus: better first hits, top fives and MRR@10, overall and where it is meant to help.
  CHECK(thesaurus_off.all.mrr() < all_on.all.mrr());
  CHECK(thesaurus_off.all.s1() < all_on.all.s1());
  CHECK(thesaurus_off.all.s5() < all_on.all.s5());
  CHECK(thesaurus_off.over(kThesaurusCategories).mrr() < all_on.over(kThesaurusCategories).mrr());
  // The dictionary: a higher MRR@10 overall and on compounds, questions and inflections.
  CHECK(dictionary_off.all.mrr() < all_on.all.mrr());
  CHECK(dictionary_off.over(kDictionaryCategories).mrr() < all_on.over(kDictionaryCategories).mrr());
}
