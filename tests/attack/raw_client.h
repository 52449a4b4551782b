// Raw TCP clients for the attack tests: byte-exact requests, a chosen local
// address (every 127.0.0.x reaches loopback), and deadlines on every read.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace lessenbank::test {

class RawSocket {
 public:
  // Connects from `local_ip` (port chosen by the system) to 127.0.0.1:port.
  // Throws std::runtime_error when the connection cannot be made.
  RawSocket(std::uint16_t port, const std::string& local_ip = "127.0.0.1");
  ~RawSocket();
  RawSocket(RawSocket&& other) noexcept;
  RawSocket(const RawSocket&) = delete;
  RawSocket& operator=(const RawSocket&) = delete;
  RawSocket& operator=(RawSocket&&) = delete;

  // Sends all bytes; false when the peer closed or reset the connection.
  bool send(const std::string& bytes);
  // Everything received until the peer closes or `timeout` passes.
  std::string read_until_close(std::chrono::milliseconds timeout);
  // One response: the head and a Content-Length body (or until close), within `timeout`.
  std::string read_response(std::chrono::milliseconds timeout);
  // True when the peer has closed the connection (reads EOF or a reset) within `timeout`.
  bool closed_by_peer(std::chrono::milliseconds timeout);

 private:
  int fd_ = -1;
  std::string pending_;  // bytes read past the last response
};

// The status code of a raw response ("HTTP/1.1 200 OK..."), 0 when there is none.
int status_of(const std::string& response);

// How many HTTP status lines a stream of responses holds.
int count_responses(const std::string& bytes);

}  // namespace lessenbank::test
