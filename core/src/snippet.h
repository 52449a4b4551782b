// Highlighted, escaped snippets from clean text (private to core).
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_set>

namespace lessenbank {

// What a snippet highlights: the words and stems of a query.
class SnippetTerms {
 public:
  // Takes the unprefixed words and the "Z" stems of `query` (synonyms and
  // thesaurus alternatives included). `stemmer` is copied.
  SnippetTerms(const Xapian::Query& query, const Xapian::Stem& stemmer);

  // The key of the query term that `word` (lowercase) matches, or "" when none.
  std::string match(const std::string& word) const;
  bool empty() const { return words_.empty() && stems_.empty(); }

 private:
  std::unordered_set<std::string> words_;
  std::unordered_set<std::string> stems_;
  std::unordered_set<std::string> stem_heads_;  // first 3 bytes of each stem: stem only plausible words
  mutable Xapian::Stem stemmer_;
};

// The passage of `clean` (from clean_text(), sentences separated by ". " or
// '\n') with the most distinct query words, about `length` bytes, HTML-escaped
// with <mark>…</mark> around matched words. When any sentence has a match,
// the snippet shows one. Not thread-safe across threads sharing `terms`.
std::string make_snippet(const std::string& clean, const SnippetTerms& terms, std::size_t length = 240);

}  // namespace lessenbank
