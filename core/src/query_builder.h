// From what a user typed to a Xapian::Query (private to core).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "lessenbank/search.h"
#include "known_terms.h"
#include "matching.h"
#include "lessenbank/thesaurus.h"

namespace lessenbank {

// Replaces the Dutch operators EN, OF, NIET (upper case, outside quotes) by
// AND, OR, NOT.
std::string translate_operators(const std::string& query);

class QueryBuilder {
 public:
  // `known`: where the answers of vocabulary look-ups (compounds, thesaurus
  // terms in the index) are kept between queries; null: ask the index each time.
  QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer, const Thesaurus& thesaurus,
               KnownTerms* known = nullptr);

  // The query with misspelt words replaced by the closest words of the
  // index, or "" when every word is known. Kept in `known` (when given)
  // until it is cleared.
  std::string spelling_suggestion(const std::string& text);

  // The query for `request` with default operator `op` and the theme and
  // type filters. Throws QueryError with a Dutch message.
  Xapian::Query build(const SearchRequest& request, Xapian::Query::op op);

  // A query without operators or parentheses, ranked "every word first, then
  // most words" (see matching.h), with the request's filters. nullopt for
  // the advanced syntax (AND/OR/NOT, EN/OF/NIET, parentheses) and for an
  // empty query: then use build(). Throws QueryError with a Dutch message.
  struct Ranked {
    Xapian::Query query;            // most words first, filtered
    Xapian::Query every_word;       // only entries with every word, filtered
    std::vector<QueryWord> words;   // what the user typed, one per word or phrase
  };
  std::optional<Ranked> build_ranked(const SearchRequest& request);

  // The proximity bonus reads the positions of every entry with all the
  // words: build_ranked() leaves it out when even the rarest word has more
  // entries than this (a 100,000-entry index with words in 6,000-60,000
  // entries each took twice as long per query). A cost bound, like the
  // wildcard limit.
  static constexpr Xapian::doccount kNearMaxPostings = 2000;
  // For tests on small indexes; answers kept in `known` are per bound.
  void set_near_max_postings(Xapian::doccount n) { near_max_postings_ = n; }

 private:
  Xapian::Query filtered(Xapian::Query q, const SearchRequest& request) const;
  Xapian::Query boosted(Xapian::Query q, const std::vector<std::string>& types) const;
  // The words, phrases, thesaurus terms and compounds of a plain query.
  std::vector<QueryWord> query_words(const std::vector<std::string>& tokens, bool question);
  std::string compound_of(const std::string& a, const std::string& b) const;
  // Whether the index has `term` (kept in known_ when there is one).
  bool has_term(const std::string& term) const;
  // "omgevingsdienstenstelsel" -> "omgevingsdiensten stelsel": a typed word no
  // entry has, cut in two words the index has (joined directly or by -s-,
  // -e-, -en-); of several cuts the one with the longest shorter part. Empty
  // when the index has the word or no cut fits.
  std::string split_unknown(const std::string& word) const;
  bool known_word(const std::string& w) const;
  // One query for several ways of saying a word (each in user syntax), as a
  // synonym; `prefix` restricts it to a field ("" for all text).
  Xapian::Query any_form(const std::vector<std::string>& forms, const std::string& prefix);
  // The longest thesaurus term at token i that some entry has in one of its
  // forms (else the one-word term there), also for a plural or possessive of
  // a one-word term ("OD's", "ODs"). `folded`: the folded tokens.
  std::pair<const std::vector<std::string>*, std::size_t> thesaurus_match(const std::vector<std::string>& tokens,
                                                                          std::vector<std::string>& folded,
                                                                          std::size_t i);
  // A thesaurus group's terms in user syntax (several words as a "phrase").
  static std::vector<std::string> forms_of(const std::vector<std::string>& group);
  // Whether any entry has one of `forms`.
  bool in_index(const std::vector<std::string>& forms);
  Xapian::Query parse(const std::string& text, Xapian::Query::op op);
  // "dienst omgeving" -> "((dienst AND omgeving) OR omgevingsdienst)" when the
  // index knows the compound.
  std::string join_compounds(const std::string& text) const;
  // Takes words naming a type ("casus", "lessen") out of a query that has
  // other words, and returns the types they name, to boost rather than require.
  std::vector<std::string> take_type_words(std::string& text) const;
  std::vector<std::string> take_type_words(std::vector<std::string>& tokens) const;

  Xapian::QueryParser parser_;
  const Xapian::Database& db_;
  Xapian::Stem stemmer_;
  const Thesaurus& thesaurus_;
  KnownTerms* known_;
  Xapian::doccount near_max_postings_ = kNearMaxPostings;
};

}  // namespace lessenbank
