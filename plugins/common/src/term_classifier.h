// The XML-defined classifier behind every theme plugin.
#pragma once

#include <string>
#include <vector>

#include "lessenbank/plugin_api.h"

namespace lessenbank::plugin {

// A word sequence to look for, and how much finding it counts.
struct Pattern {
  std::vector<std::string> words;  // folded; the last word may be a prefix
  bool exact = false;              // whole words only (for short terms such as "ict")
  std::string label;               // the term as shown in reasons
  double weight = 1;
};

struct SubfacetValue {
  std::string name;
  std::vector<Pattern> patterns;
};

class TermClassifier {
 public:
  // Throws PluginError "path:line: reason" for a malformed file.
  void load(const std::string& path);

  Classification classify(const DocumentView& doc, const std::string& theme) const;

  const std::string& version() const { return version_; }
  const std::string& subfacet() const { return subfacet_; }

 private:
  std::string version_ = "0";
  std::string subfacet_;
  double threshold_ = 1;
  double length_norm_ = 300;  // words; <thema lengte="...">
  double field_weights_[4] = {3, 2, 2, 1};  // title, summary, organisations, body
  std::vector<Pattern> patterns_;
  std::vector<SubfacetValue> subfacet_values_;
};

// Lowercases and removes Dutch diacritics, then splits into words of [a-z0-9].
std::vector<std::string> fold_words(const std::string& text);

// The words of one field, prepared so that a term is found in one pass over
// a small string of its distinct words instead of a loop over every word.
class FieldIndex {
 public:
  explicit FieldIndex(std::vector<std::string> words);

  // Occurrences of `p` (prefix and compound-aware, see the .cpp).
  int count(const Pattern& p) const;
  std::size_t size() const { return words_.size(); }

 private:
  int count_single(const std::string& term, bool exact) const;
  int count_sequence(const Pattern& p) const;

  std::vector<std::string> words_;             // in order, for phrases
  std::vector<std::pair<std::string, int>> distinct_;  // word, occurrences
  std::string blob_;                           // "\x01w1\x01w2...\x01"
  std::vector<std::size_t> starts_;            // offset of each distinct word in blob_
};

// Occurrences of `p` in `words`.
int count_matches(const Pattern& p, const std::vector<std::string>& words);

}  // namespace lessenbank::plugin
