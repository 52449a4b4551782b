// Test helper: a child process (xapian-tcpsrv, xapian-replicate-server) that
// is killed and reaped when the test ends, and free ports on 127.0.0.1.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace lessenbank::test {

class ChildProcess {
 public:
  // Starts `argv[0]` (a path) with its arguments; throws std::runtime_error.
  explicit ChildProcess(const std::vector<std::string>& argv);
  ~ChildProcess();  // SIGKILL and reap, unless already reaped
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // To the process and every process it started (its own process group).
  void signal(int sig) const;
  void kill_now();  // SIGKILL to the group, and reap
  int wait();       // waits for it to end; its exit status (-1 when it did not exit)
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
};

// A port on 127.0.0.1 that was free a moment ago.
std::uint16_t free_port();

// Waits (up to `seconds`) until something accepts connections on 127.0.0.1:port.
bool wait_for_port(std::uint16_t port, int seconds = 10);

}  // namespace lessenbank::test
