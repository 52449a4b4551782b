#include "known_terms.h"

namespace lessenbank {

bool KnownTerms::exists(const Xapian::Database& db, const std::string& term) {
  // '\x01' cannot start a key of remember(): a term and a question never mix.
  return remember('\x01' + term, [&] { return db.term_exists(term); });
}

bool KnownTerms::remember(const std::string& key, const std::function<bool()>& ask) {
  if (const auto it = known_.find(key); it != known_.end()) return it->second;
  const bool answer = ask();
  if (known_.size() >= kMaxKept) known_.clear();
  known_.emplace(key, answer);
  return answer;
}

}  // namespace lessenbank
