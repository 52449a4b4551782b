#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "lessenbank/error.h"

namespace lessenbank {

namespace {

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& what) {
  throw IoError("kan '" + file.string() + "' niet opslaan: " + what + ": " + std::strerror(errno));
}

}  // namespace

void write_file_atomically(const std::filesystem::path& file, const std::string& content, mode_t mode) {
  const std::filesystem::path dir = file.parent_path().empty() ? "." : file.parent_path();
  std::string tmpl = (dir / ("." + file.filename().string() + ".XXXXXX")).string();
  const int fd = mkstemp(tmpl.data());
  if (fd < 0) fail(file, "tijdelijk bestand maken mislukt");
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int saved = errno;
      close(fd);
      unlink(tmpl.c_str());
      errno = saved;
      fail(file, "schrijven mislukt");
    }
    done += static_cast<std::size_t>(n);
  }
  if (fchmod(fd, mode) != 0 || fsync(fd) != 0) {
    const int saved = errno;
    close(fd);
    unlink(tmpl.c_str());
    errno = saved;
    fail(file, "wegschrijven naar schijf mislukt");
  }
  close(fd);
  if (rename(tmpl.c_str(), file.c_str()) != 0) {
    const int saved = errno;
    unlink(tmpl.c_str());
    errno = saved;
    fail(file, "vervangen mislukt");
  }
  // Make the rename itself durable.
  if (const int dfd = open(dir.c_str(), O_RDONLY | O_DIRECTORY); dfd >= 0) {
    fsync(dfd);
    close(dfd);
  }
}

}  // namespace lessenbank
