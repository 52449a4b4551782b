// What a searcher already asked the index about its vocabulary (private to
// core): whether a term exists, whether any entry has one of a thesaurus
// term's forms. These facts only change when the index does, while each
// look-up costs a network round trip per remote bank (xapian-tcpsrv), so the
// Searcher keeps them and forgets them whenever it reopens the index.
//
// Threading: like the Searcher that owns it, one thread at a time.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <unordered_map>

namespace lessenbank {

class KnownTerms {
 public:
  // Whether `db` has `term`; asked once until clear(). Throws Xapian::Error.
  bool exists(const Xapian::Database& db, const std::string& term);

  // The answer of `ask` for `key` (text naming the question; not starting
  // with '\x01', which exists() uses), computed the first time only. `ask`
  // may throw (Xapian::Error); nothing is kept then.
  bool remember(const std::string& key, const std::function<bool()>& ask);

  // The same for a question answered by text (a spelling correction of a
  // query, which costs Xapian more than the search itself): `ask` runs the
  // first time only; when it throws, nothing is kept.
  std::string remember_text(const std::string& key, const std::function<std::string()>& ask);

  // Forget everything: the index changed.
  void clear() {
    known_.clear();
    texts_.clear();
  }

  std::size_t size() const { return known_.size() + texts_.size(); }

  // At most this many answers are kept; then all are forgotten (a server
  // that runs for months sees ever new misspellings).
  static constexpr std::size_t kMaxKept = 100000;

 private:
  std::unordered_map<std::string, bool> known_;
  std::unordered_map<std::string, std::string> texts_;
};

}  // namespace lessenbank
