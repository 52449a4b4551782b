// From what a user typed to a Xapian::Query (private to core).
#pragma once

#include <xapian.h>

#include <string>

#include "lessenbank/search.h"
#include "lessenbank/thesaurus.h"

namespace lessenbank {

// Replaces the Dutch operators EN, OF, NIET (upper case, outside quotes) by
// AND, OR, NOT.
std::string translate_operators(const std::string& query);

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer, const Thesaurus& thesaurus);

  // The query with misspelt words replaced by the closest words of the
  // index, or "" when every word is known.
  std::string spelling_suggestion(const std::string& text);

  // The query for `request` with default operator `op` and the theme and
  // type filters. Throws QueryError with a Dutch message.
  Xapian::Query build(const SearchRequest& request, Xapian::Query::op op);

 private:
  Xapian::Query parse(const std::string& text, Xapian::Query::op op);
  // "dienst omgeving" -> "((dienst AND omgeving) OR omgevingsdienst)" when the
  // index knows the compound.
  std::string join_compounds(const std::string& text) const;
  // Takes words naming a type ("casus", "lessen") out of a query that has
  // other words, and returns the types they name, to boost rather than require.
  std::vector<std::string> take_type_words(std::string& text) const;

  Xapian::QueryParser parser_;
  const Xapian::Database& db_;
  Xapian::Stem stemmer_;
  const Thesaurus& thesaurus_;
};

}  // namespace lessenbank
