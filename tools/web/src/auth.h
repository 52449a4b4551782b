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
// within kWindow.
class LoginThrottle {
 public:
  static constexpr int kMaxFailures = 5;
  static constexpr std::chrono::minutes kWindow{15};

  bool allowed(const std::string& key);
  void failed(const std::string& key);
  void succeeded(const std::string& key);

 private:
  std::mutex mutex_;
  std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> failures_;
};

// The Set-Cookie value for a session or form cookie: HttpOnly, SameSite=Strict, Path=/.
std::string cookie_header(const std::string& name, const std::string& value, bool expire = false);

}  // namespace lessenbank::web
