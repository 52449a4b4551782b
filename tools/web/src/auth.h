// Sign-in for editors: sessions, form tokens against cross-site requests, and
// a limit on failed sign-in attempts (private to the web server).
//
// Threading: every method may be called from any request thread.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace lessenbank::web {

// 32 random bytes as hex, from the system's random source.
std::string random_token();

// Compares two tokens in constant time.
bool same_token(const std::string& a, const std::string& b);

struct Session {
  std::string user;
  std::string csrf;  // the form token of this session
  std::chrono::steady_clock::time_point created, last_used;
};

class SessionStore {
 public:
  static constexpr std::chrono::hours kMaxAge{8};
  static constexpr std::chrono::minutes kIdle{60};

  // A new session for `user`; returns its id (the cookie value).
  std::string create(const std::string& user);
  // The live session with this id, refreshed; nullopt when unknown or expired.
  std::optional<Session> find(const std::string& id);
  void destroy(const std::string& id);

 private:
  std::mutex mutex_;
  std::map<std::string, Session> sessions_;
};

// At most kMaxFailures failed sign-ins per key (client address, user name)
// within kWindow. An attempt is counted before the password is checked
// (try_attempt), so parallel attempts cannot pass the limit together; a
// successful one is forgiven afterwards. The table is bounded: keys are cut
// to kMaxKeyBytes, expired entries are swept, and when kMaxKeys live keys are
// tracked new keys are refused (fail closed) until entries expire.
class LoginThrottle {
 public:
  static constexpr int kMaxFailures = 5;
  static constexpr std::chrono::minutes kWindow{15};
  static constexpr std::size_t kMaxKeys = 10000;
  static constexpr std::size_t kMaxKeyBytes = 80;

  // Atomically: true when no key has reached the limit, and then one attempt
  // is counted for every key; false (nothing counted) otherwise.
  bool try_attempt(const std::vector<std::string>& keys);
  // Takes back the attempt counted last for `key` (a sign-in that succeeded).
  void forgive(const std::string& key);
  // Forgets every attempt of `key`.
  void clear(const std::string& key);
  // Keys tracked now (for tests of the bound).
  std::size_t size();

 private:
  using Times = std::deque<std::chrono::steady_clock::time_point>;
  void sweep(std::chrono::steady_clock::time_point now);

  std::mutex mutex_;
  std::map<std::string, Times> failures_;
};

// The Set-Cookie value for a session or form cookie: HttpOnly, SameSite=Strict,
// Path=/, and Secure when `secure` (the site is served over HTTPS).
std::string cookie_header(const std::string& name, const std::string& value, bool expire, bool secure);

}  // namespace lessenbank::web
