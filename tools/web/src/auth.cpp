#include "auth.h"

#include <Poco/RandomStream.h>

#include <cstdio>

namespace lessenbank::web {

std::string random_token() {
  unsigned char bytes[32];
  Poco::RandomInputStream random;
  random.read(reinterpret_cast<char*>(bytes), sizeof bytes);
  std::string hex;
  char buf[3];
  for (unsigned char b : bytes) {
    std::snprintf(buf, sizeof buf, "%02x", b);
    hex += buf;
  }
  return hex;
}

bool same_token(const std::string& a, const std::string& b) {
  if (a.empty() || a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::string SessionStore::create(const std::string& user) {
  const auto now = std::chrono::steady_clock::now();
  const std::string id = random_token();
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_[id] = {user, random_token(), now, now};
  return id;
}

std::optional<Session> SessionStore::find(const std::string& id) {
  if (id.empty()) return std::nullopt;
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = sessions_.find(id);
  if (it == sessions_.end()) return std::nullopt;
  if (now - it->second.created > kMaxAge || now - it->second.last_used > kIdle) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_used = now;
  return it->second;
}

void SessionStore::destroy(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  sessions_.erase(id);
}

namespace {

std::string bounded_key(const std::string& key) { return key.substr(0, LoginThrottle::kMaxKeyBytes); }

}  // namespace

void LoginThrottle::sweep(std::chrono::steady_clock::time_point now) {
  for (auto it = failures_.begin(); it != failures_.end();) {
    Times& times = it->second;
    while (!times.empty() && now - times.front() > kWindow) times.pop_front();
    it = times.empty() ? failures_.erase(it) : std::next(it);
  }
}

bool LoginThrottle::try_attempt(const std::vector<std::string>& keys) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard<std::mutex> lock(mutex_);
  if (failures_.size() + keys.size() > kMaxKeys) sweep(now);
  std::size_t new_keys = 0;
  for (const auto& k : keys) {
    const auto it = failures_.find(bounded_key(k));
    if (it == failures_.end()) {
      ++new_keys;
      continue;
    }
    Times& times = it->second;
    while (!times.empty() && now - times.front() > kWindow) times.pop_front();
    if (times.size() >= static_cast<std::size_t>(kMaxFailures)) return false;
  }
  if (failures_.size() + new_keys > kMaxKeys) return false;
  for (const auto& k : keys) failures_[bounded_key(k)].push_back(now);
  return true;
}

void LoginThrottle::forgive(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = failures_.find(bounded_key(key));
  if (it == failures_.end()) return;
  if (!it->second.empty()) it->second.pop_back();
  if (it->second.empty()) failures_.erase(it);
}

void LoginThrottle::clear(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  failures_.erase(bounded_key(key));
}

std::size_t LoginThrottle::size() {
  std::lock_guard<std::mutex> lock(mutex_);
  return failures_.size();
}

std::string cookie_header(const std::string& name, const std::string& value, bool expire, bool secure) {
  return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "") +
         (expire ? "; Max-Age=0" : "");
}

}  // namespace lessenbank::web
