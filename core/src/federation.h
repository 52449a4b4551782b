// Many lesson banks as one Xapian database (private to core, behind the
// Searcher pimpl). Each bank is a local index folder or a remote index served
// by xapian-tcpsrv (Xapian::Remote::open with a timeout); they are combined
// with Database::add_database, so Xapian ranks, counts facets and pages over
// all of them with shared statistics. A bank that cannot be opened, or that
// stops answering during a search, is left out and named in the result; it is
// tried again at most every kRetryAfter.
//
// Threading: like the Searcher that owns it, one thread at a time.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lessenbank/bank.h"
#include "lessenbank/search.h"

namespace lessenbank {

class Federation {
 public:
  // Opens a local bank's folder; throws IndexError (as Searcher does) when it
  // is missing or of another schema.
  using LocalOpener = std::function<Xapian::Database(const std::filesystem::path&)>;

  // Opens every bank; one that fails is left out, not thrown. Throws
  // IndexError when not a single bank can be opened.
  Federation(std::vector<Bank> banks, unsigned timeout_ms, LocalOpener open_local);

  // The banks that answer, as one database. Replaced by drop_unanswering()
  // and refresh(): take it again after either returns true.
  const Xapian::Database& db() const { return combined_; }

  // Sets hit.bank and hit.bank_url for a document of db().
  void attribute(SearchHit& hit, Xapian::docid id) const;

  // The names of the banks left out, in configuration order.
  std::vector<std::string> unanswered() const;
  // The same as "name (where): reason", for administrators.
  std::vector<std::string> problems() const;

  // After a Xapian::NetworkError: connects to every remote bank anew and
  // leaves out those that do not answer. False when all still answer (the
  // error was not theirs) or none is left.
  bool drop_unanswering();

  // Reopens the banks (latest commit; a remote bank at most every
  // kRemoteReopenAfter, as each reopen is a round trip) and tries banks that
  // were left out again when kRetryAfter has passed. True when db() changed.
  bool refresh();

  static constexpr std::chrono::seconds kRetryAfter{30};
  static constexpr std::chrono::seconds kRemoteReopenAfter{1};

 private:
  struct Member {
    Bank bank;
    std::optional<Xapian::Database> db;  // empty: left out
    std::string problem;                 // why it was left out (Dutch)
    std::chrono::steady_clock::time_point tried;  // last opened or reopened
    std::uint64_t folder = 0;  // a local bank's folder (inode): a rebuild swaps a new one in
  };

  void open(Member& m);
  void leave_out(Member& m, const std::string& problem);
  void combine();

  std::vector<Member> members_;
  std::vector<std::size_t> live_;  // members_ index of each sub-database of combined_
  Xapian::Database combined_;
  unsigned timeout_ms_;
  LocalOpener open_local_;
};

}  // namespace lessenbank
