// Test helpers: a temporary folder removed at scope exit, fixture copies, file writes.
#pragma once

#include <filesystem>
#include <string>

namespace lessenbank::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& rel) const { return path_ / rel; }

 private:
  std::filesystem::path path_;
};

// Path of a named fixture folder under tests/fixtures.
std::filesystem::path fixture(const std::string& name);

// Copies fixture `name` to `dest` (recursively).
void copy_fixture(const std::string& name, const std::filesystem::path& dest);

void write_file(const std::filesystem::path& p, const std::string& content);
std::string read_file(const std::filesystem::path& p);

// Moves a file's modification time forward so that an edit within the same
// clock tick is still seen as a change.
void touch_later(const std::filesystem::path& p);

}  // namespace lessenbank::test
