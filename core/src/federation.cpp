#include "federation.h"

#include <sys/stat.h>

#include <cctype>

#include "lessenbank/error.h"
#include "schema.h"

namespace lessenbank {

namespace {

// An id from another bank, safe in a URL path.
std::string url_escape(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::uint64_t folder_of(const Bank& b) {
  struct stat st {};
  if (b.remote() || ::stat(b.index_dir.c_str(), &st) != 0) return 0;
  return static_cast<std::uint64_t>(st.st_ino) ^ (static_cast<std::uint64_t>(st.st_dev) << 40);
}

}  // namespace

Federation::Federation(std::vector<Bank> banks, unsigned timeout_ms, LocalOpener open_local)
    : timeout_ms_(timeout_ms), open_local_(std::move(open_local)) {
  for (auto& b : banks) members_.push_back({std::move(b), std::nullopt, {}, {}});
  for (auto& m : members_) open(m);
  combine();
  if (live_.empty()) {
    std::string why;
    for (const auto& u : problems()) why += (why.empty() ? "" : "; ") + u;
    throw IndexError("geen enkele lessenbank is bereikbaar: " + why);
  }
}

void Federation::open(Member& m) {
  m.tried = std::chrono::steady_clock::now();
  m.folder = folder_of(m.bank);
  try {
    if (!m.bank.remote()) {
      m.db = open_local_(m.bank.index_dir);
    } else {
      Xapian::Database db = Xapian::Remote::open(m.bank.host, m.bank.port, timeout_ms_, timeout_ms_);
      if (db.get_metadata(schema::kMetaSchema) != schema::kVersion) {
        return leave_out(m, "de index is van een andere versie van Lessenbank");
      }
      m.db = std::move(db);
    }
    m.problem.clear();
  } catch (const IndexError& e) {
    leave_out(m, e.what());
  } catch (const Xapian::NetworkTimeoutError&) {
    leave_out(m, "geen antwoord binnen " + std::to_string(timeout_ms_) + " ms");
  } catch (const Xapian::Error& e) {
    leave_out(m, "niet bereikbaar (" + e.get_msg() + ")");
  }
}

void Federation::leave_out(Member& m, const std::string& problem) {
  m.db.reset();
  m.problem = problem;
}

void Federation::combine() {
  combined_ = Xapian::Database();
  live_.clear();
  for (std::size_t i = 0; i < members_.size(); ++i) {
    if (!members_[i].db) continue;
    combined_.add_database(*members_[i].db);
    live_.push_back(i);
  }
}

void Federation::attribute(SearchHit& hit, Xapian::docid id) const {
  // Xapian interleaves the sub-databases' document ids: sub-database k holds
  // the ids k+1, k+1+n, k+1+2n, … of the combination.
  const Bank& b = members_[live_[(id - 1) % live_.size()]].bank;
  hit.bank = b.name;
  hit.bank_url = b.url.empty() ? std::string() : b.url + (b.url.back() == '/' ? "" : "/") + "doc/" + url_escape(hit.id);
}

std::vector<std::string> Federation::unanswered() const {
  std::vector<std::string> out;
  for (const auto& m : members_) {
    if (!m.db) out.push_back(m.bank.name);
  }
  return out;
}

std::vector<std::string> Federation::problems() const {
  std::vector<std::string> out;
  for (const auto& m : members_) {
    if (!m.db) out.push_back(m.bank.name + " (" + m.bank.where() + "): " + m.problem);
  }
  return out;
}

bool Federation::drop_unanswering() {
  // Every remote bank gets a new connection: after a failure mid-search the
  // others' connections may still hold replies to the query that failed.
  bool dropped = false;
  for (const std::size_t i : live_) {
    Member& m = members_[i];
    if (!m.bank.remote()) continue;
    open(m);
    dropped |= !m.db;
  }
  combine();
  return dropped && !live_.empty();
}

bool Federation::refresh() {
  bool changed = false;
  const auto now = std::chrono::steady_clock::now();
  for (auto& m : members_) {
    if (m.db && m.folder != folder_of(m.bank)) {  // a rebuilt local index was swapped in
      open(m);
      changed = true;
    } else if (m.db) {
      if (m.bank.remote() && now - m.tried < kRemoteReopenAfter) continue;
      try {
        m.tried = now;
        changed |= m.db->reopen();
      } catch (const Xapian::Error& e) {
        leave_out(m, "verbinding verbroken (" + e.get_msg() + ")");
        changed = true;
      }
    } else if (now - m.tried >= kRetryAfter) {
      open(m);
      changed |= m.db.has_value();
    }
  }
  if (changed) combine();
  return changed;
}

}  // namespace lessenbank
