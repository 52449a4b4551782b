// Editor accounts: a small XML file of names and salted, slow password hashes
// (PBKDF2-HMAC-SHA256), managed with `lessenbank editor add <name>`.
//
//   <redacteuren>
//     <redacteur naam="anna" hash="pbkdf2-sha256$120000$<salt>$<hash>"/>
//   </redacteuren>
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace lessenbank {

inline constexpr unsigned kPasswordIterations = 120000;

// "pbkdf2-sha256$<iterations>$<base64 salt>$<base64 key>" with a fresh random salt.
std::string hash_password(const std::string& password, unsigned iterations = kPasswordIterations);

// True when `password` matches `stored` (constant-time comparison). A
// malformed `stored` never matches.
bool verify_password(const std::string& password, const std::string& stored);

class Accounts {
 public:
  // Reads the file; a missing file is an empty set of accounts. Throws
  // ConfigError naming file and line when it is malformed.
  static Accounts load(const std::filesystem::path& file);

  // Adds or replaces `name`'s password and writes the file atomically
  // (temporary file, then rename). Throws IoError; `name` must be 1-64
  // characters of a-z, 0-9, '.', '-' or '_' (ConfigError otherwise).
  void set_password(const std::filesystem::path& file, const std::string& name, const std::string& password);

  bool verify(const std::string& name, const std::string& password) const;
  bool empty() const { return hashes_.empty(); }
  std::size_t size() const { return hashes_.size(); }

 private:
  std::map<std::string, std::string> hashes_;
};

}  // namespace lessenbank
