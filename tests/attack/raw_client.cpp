#include "raw_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <stdexcept>

namespace lessenbank::test {

namespace {

using Clock = std::chrono::steady_clock;

sockaddr_in loopback(const std::string& ip, std::uint16_t port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  if (inet_pton(AF_INET, ip.c_str(), &a.sin_addr) != 1) throw std::runtime_error("bad address " + ip);
  return a;
}

// Reads what is available within the remaining time; "" at close or timeout.
bool read_some(int fd, std::string& into, Clock::time_point deadline, bool& eof) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  if (left <= 0) return false;
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, static_cast<int>(left)) <= 0) return false;
  char buf[16384];
  const ssize_t n = recv(fd, buf, sizeof buf, 0);
  if (n <= 0) {
    eof = true;
    return false;
  }
  into.append(buf, static_cast<std::size_t>(n));
  return true;
}

// The length of the first complete response in `bytes`, or npos.
std::size_t complete_response(const std::string& bytes, bool eof) {
  const auto head_end = bytes.find("\r\n\r\n");
  if (head_end == std::string::npos) return std::string::npos;
  std::size_t length = 0;
  bool has_length = false;
  const std::string head = bytes.substr(0, head_end);
  for (std::size_t at = 0; (at = head.find("\r\n", at)) != std::string::npos;) {
    at += 2;
    if (head.compare(at, 15, "Content-Length:") == 0 || head.compare(at, 15, "content-length:") == 0) {
      length = std::strtoul(head.c_str() + at + 15, nullptr, 10);
      has_length = true;
    }
  }
  if (!has_length) return eof ? bytes.size() : std::string::npos;
  const std::size_t total = head_end + 4 + length;
  return bytes.size() >= total ? total : std::string::npos;
}

}  // namespace

RawSocket::RawSocket(std::uint16_t port, const std::string& local_ip) {
  fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) throw std::runtime_error("socket() failed");
  const sockaddr_in local = loopback(local_ip, 0), remote = loopback("127.0.0.1", port);
  if (bind(fd_, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0 ||
      connect(fd_, reinterpret_cast<const sockaddr*>(&remote), sizeof remote) != 0) {
    close(fd_);
    fd_ = -1;
    throw std::runtime_error("cannot connect from " + local_ip);
  }
}

RawSocket::~RawSocket() {
  if (fd_ >= 0) close(fd_);
}

RawSocket::RawSocket(RawSocket&& other) noexcept : fd_(other.fd_), pending_(std::move(other.pending_)) { other.fd_ = -1; }

bool RawSocket::send(const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

std::string RawSocket::read_until_close(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  std::string out = std::move(pending_);
  pending_.clear();
  bool eof = false;
  while (!eof && read_some(fd_, out, deadline, eof)) {
  }
  return out;
}

std::string RawSocket::read_response(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  std::string out = std::move(pending_);
  pending_.clear();
  bool eof = false;
  while (complete_response(out, eof) == std::string::npos && !eof && read_some(fd_, out, deadline, eof)) {
  }
  const std::size_t n = complete_response(out, eof);
  if (n == std::string::npos) return out;
  pending_ = out.substr(n);
  return out.substr(0, n);
}

bool RawSocket::closed_by_peer(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  bool eof = false;
  std::string ignored;
  while (!eof && Clock::now() < deadline) {
    if (!read_some(fd_, ignored, deadline, eof) && !eof) break;
  }
  return eof;
}

int status_of(const std::string& response) {
  if (response.rfind("HTTP/1.", 0) != 0 || response.size() < 12) return 0;
  return std::atoi(response.c_str() + 9);
}

int count_responses(const std::string& bytes) {
  int n = 0;
  for (std::size_t at = 0; (at = bytes.find("HTTP/1.", at)) != std::string::npos; at += 7) {
    if (at == 0 || bytes.compare(at - 2, 2, "\r\n") == 0 || bytes.compare(at - 1, 1, "\n") == 0) ++n;
  }
  return n;
}

}  // namespace lessenbank::test
