// From what a user typed to a Xapian::Query (private to core).
#pragma once

#include <xapian.h>

#include <string>

#include "lessenbank/search.h"

namespace lessenbank {

// Replaces the Dutch operators EN, OF, NIET (upper case, outside quotes) by
// AND, OR, NOT.
std::string translate_operators(const std::string& query);

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer);

  // The query for `request` with default operator `op` and the theme and
  // type filters. Throws QueryError with a Dutch message.
  Xapian::Query build(const SearchRequest& request, Xapian::Query::op op);

 private:
  Xapian::Query parse(const std::string& text, Xapian::Query::op op);
  Xapian::QueryParser parser_;
};

}  // namespace lessenbank
