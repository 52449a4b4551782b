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

bool LoginThrottle::allowed(const std::string& key) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard<std::mutex> lock(mutex_);
  auto& times = failures_[key];
  while (!times.empty() && now - times.front() > kWindow) times.pop_front();
  return times.size() < static_cast<std::size_t>(kMaxFailures);
}

void LoginThrottle::failed(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  failures_[key].push_back(std::chrono::steady_clock::now());
}

void LoginThrottle::succeeded(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  failures_.erase(key);
}

std::string cookie_header(const std::string& name, const std::string& value, bool expire) {
  return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (expire ? "; Max-Age=0" : "");
}

}  // namespace lessenbank::web
