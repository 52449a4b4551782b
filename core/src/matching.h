// "Every word first, then most words": the matching strategy of a plain query
// (private to core). Like Meilisearch's "last" strategy and Typesense's token
// dropping, but in one ranked Xapian query, so that paging stays simple.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <vector>

namespace lessenbank {

// One thing the user typed that an entry either has or lacks: a word, a
// "phrase", a thesaurus term of several words, or a compound split in two.
struct QueryWord {
  std::string label;    // as typed, for "Niet gevonden: …"
  Xapian::Query query;  // with its alternatives (thesaurus, compound, synonyms)
  Xapian::Query title;  // the same in the title field only (may be empty)
  Xapian::Query typed;  // the form as typed, when the word has alternatives (may be empty)
};

// Ranks entries by how many of `words` they have (each adds `tier_weight`,
// far more than BM25 gives), then by BM25 within the same number, with
// words found in the title counting `title_weight` times extra and the form
// as typed `typed_weight` times extra (an entry that says "early adopters"
// before one that only says "koplopers").
struct WordWeights {
  double tier = 100;
  double title = 2;
  double typed = 1;
  double near = 1;  // every word within a few words of the others
  // Whether a term is in too many entries for the proximity check to be cheap;
  // when every word has such a form, there is no proximity bonus. Empty: never.
  std::function<bool(const std::string&)> too_common;
};
Xapian::Query most_words_first(const std::vector<QueryWord>& words, const WordWeights& weights);

// Entries with every word.
Xapian::Query every_word(const std::vector<QueryWord>& words);

// The labels of `words` whose terms are all absent from `matching`
// (the terms of a document that match the query, Enquire::get_matching_terms).
std::vector<std::string> missing_words(const std::vector<QueryWord>& words, std::vector<std::string> matching);

}  // namespace lessenbank
