#include "index_swap.h"

#include <fcntl.h>
#include <stdio.h>

#include <cerrno>
#include <cstring>
#include <xapian.h>

#include "lessenbank/error.h"

namespace fs = std::filesystem;

namespace lessenbank::index_swap {

fs::path sibling(const fs::path& dir, const char* suffix) {
  fs::path d = dir;
  if (!d.has_filename()) d = d.parent_path();  // "index/xapian/" names "index/xapian"
  return d.string() + suffix;
}

void exchange(const fs::path& fresh, const fs::path& live) {
  std::error_code ec;
  if (!fs::exists(live, ec)) {
    fs::rename(fresh, live, ec);
    if (ec) throw IoError("kan '" + fresh.string() + "' niet hernoemen naar '" + live.string() + "': " + ec.message());
    return;
  }
  if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) == 0) return;
  if (errno != EINVAL && errno != ENOSYS) {
    throw IoError("kan '" + fresh.string() + "' niet op de plaats van '" + live.string() + "' zetten: " +
                  std::strerror(errno));
  }
  const fs::path parked = sibling(live, ".oud");
  fs::remove_all(parked, ec);
  fs::rename(live, parked, ec);
  if (!ec) fs::rename(fresh, live, ec);
  if (ec) throw IoError("kan '" + fresh.string() + "' niet op de plaats van '" + live.string() + "' zetten: " + ec.message());
  fs::rename(parked, fresh, ec);
}

fs::path compact(const fs::path& dir) {
  const fs::path tmp = sibling(dir, ".compact");
  std::error_code ec;
  fs::remove_all(tmp, ec);
  try {
    Xapian::Database(dir.string()).compact(tmp.string(), Xapian::DBCOMPACT_MULTIPASS);
  } catch (const Xapian::Error& e) {
    fs::remove_all(tmp, ec);
    throw IndexError("comprimeren van de index mislukt: " + e.get_description());
  }
  try {
    exchange(tmp, dir);
  } catch (...) {
    fs::remove_all(tmp, ec);
    throw;
  }
  return tmp;  // now the uncompacted original
}

}  // namespace lessenbank::index_swap
