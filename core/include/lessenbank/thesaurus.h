// The thesaurus of abbreviations and synonyms, kept with the corpus as
// corpus/thesaurus.xml and applied at query time:
//
//   <thesaurus>
//     <groep><term>DSO</term><term>Digitaal Stelsel Omgevingswet</term></groep>
//   </thesaurus>
//
// Every term of a group finds the others. Terms may be several words.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "lessenbank/document.h"

namespace lessenbank {

struct Thesaurus {
  // A group with more terms, or a term longer than this, is refused by
  // load_thesaurus (a diagnostic) and ignored by parse(): each typed term
  // becomes an OR of its group, and a huge OR makes every search slow.
  static constexpr std::size_t kMaxGroupTerms = 50;
  static constexpr std::size_t kMaxTermBytes = 200;

  std::vector<std::vector<std::string>> groups;

  bool empty() const { return groups.empty(); }
  // One group per line, terms separated by tabs (stored in the index).
  std::string serialize() const;
  static Thesaurus parse(const std::string& data);

  // Rewrites `query` so that each thesaurus term in it (case and diacritics
  // ignored; not inside quotes, not in field:value, not next to * ) becomes
  // "(term OR other OR "other phrase")". Longest match wins.
  std::string expand(const std::string& query) const;

  // The longest thesaurus term that starts at folded word `i` of `words`
  // (words folded by fold_diacritics): its group, and how many words it spans
  // (0 and nullptr when none).
  std::pair<const std::vector<std::string>*, std::size_t> match_at(const std::vector<std::string>& words,
                                                                   std::size_t i) const;
  // True when `folded` (one folded word) is a one-word term of some group.
  bool has_term(const std::string& folded) const;
  // "(term OR other OR "other phrase")" for a group.
  static std::string alternatives(const std::vector<std::string>& group);
  // Prepares fast look-ups; parse() and load_thesaurus() call it. Without it
  // the look-ups scan every group.
  void build_index();

 private:
  struct Entry {
    std::vector<std::string> words;  // folded
    std::size_t group;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_word_;
};

struct ThesaurusResult {
  Thesaurus thesaurus;
  std::vector<Diagnostic> diagnostics;  // errors name the file line
  bool ok() const { return diagnostics.empty(); }
};

// Reads the XML file. Never throws: problems are diagnostics.
ThesaurusResult load_thesaurus(const std::filesystem::path& file, const std::string& display_path);

// Lowercases and removes diacritics (é -> e, ë -> e, â -> a ...) from UTF-8 text.
std::string fold_diacritics(const std::string& text);

}  // namespace lessenbank
