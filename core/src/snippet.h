// Highlighted, escaped snippets from clean text (private to core).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lessenbank {

// What a snippet highlights: the words and stems of a query.
class SnippetTerms {
 public:
  // Takes the unprefixed words and the "Z" stems of `query` (synonyms and
  // thesaurus alternatives included). `stemmer` is copied.
  SnippetTerms(const Xapian::Query& query, const Xapian::Stem& stemmer);

  // An id (> 0) of the query term that `word` (lowercase) matches: the same
  // id for every word matching that term; 0 when none.
  int match(const std::string& word) const;
  // Whether a lowercase word beginning with bytes `first`, `second` (0 for a
  // word of one byte) may match: false for most words, which match() would
  // not look up either.
  bool may_begin(unsigned char first, unsigned char second) const { return heads_[(first << 8) | second]; }
  bool empty() const { return words_.empty() && stems_.empty(); }

 private:
  // Index into heads_: the first two bytes of a non-empty word.
  static std::size_t head(std::string_view word);
  std::vector<bool> heads_;  // first two bytes of the words and stems: the rest need no look-up
  std::unordered_map<std::string, int> words_;
  std::unordered_map<std::string, int> stems_;
  std::unordered_set<std::string> stem_heads_;  // first 3 bytes of each stem: stem only plausible words
  mutable Xapian::Stem stemmer_;
};

// The passage of `clean` (from clean_text(), sentences separated by ". " or
// '\n') with the most distinct query words, about `length` bytes, HTML-escaped
// with <mark>…</mark> around matched words. When any sentence has a match,
// the snippet shows one. Not thread-safe across threads sharing `terms`.
std::string make_snippet(std::string_view clean, const SnippetTerms& terms, std::size_t length = 240);

}  // namespace lessenbank
