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

std::string KnownTerms::remember_text(const std::string& key, const std::function<std::string()>& ask) {
  if (const auto it = texts_.find(key); it != texts_.end()) return it->second;
  std::string answer = ask();
  if (texts_.size() >= kMaxKept) texts_.clear();
  texts_.emplace(key, answer);
  return answer;
}

}  // namespace lessenbank
