// The server's front end (private to the web server): accepts connections and
// reads every request - head and body - on one event thread, so a slow or
// idle client costs a file descriptor and a buffer, never a worker thread.
// Only a complete request goes to a worker; after the response an idle
// keep-alive connection goes back to the event thread instead of pinning the
// worker. This is what keeps the server answering new clients while hundreds
// of slowloris connections are open (tests/attack/test_slowloris.cpp).
//
// Defences, all bounded by GateLimits:
// - a total deadline for each request (first byte to last body byte), not a
//   per-recv timeout that a client dripping one byte at a time could renew;
// - a short idle timeout and a maximum number of requests per keep-alive connection;
// - a limit on connections per client address and in total (refused with 503 at once);
// - request framing checked before any handler runs: one Content-Length (or
//   none), no Transfer-Encoding, head and body size limits. A body is always
//   read completely, so its bytes can never be parsed as a second request;
// - a total deadline for sending each response.
//
// Threading: one event thread, `workers` worker threads; `handler` is called
// on the workers, concurrently, and must not throw.
#pragma once

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/ServerSocket.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace lessenbank::web {

struct GateLimits {
  int workers = 16;                               // threads running handlers
  std::size_t max_connections = 900;              // open connections in total (below the fd limit)
  std::size_t max_per_address = 64;               // open connections from one client address
  std::size_t max_head_bytes = 16 * 1024;         // request line and headers (431 beyond)
  std::size_t max_body_bytes = 2 << 20;           // Content-Length (413 beyond)
  std::size_t max_buffered_bytes = 64 << 20;      // request bodies held in memory together (503 beyond)
  std::chrono::milliseconds request_timeout{10000};     // accept (or first byte on keep-alive) to complete request
  std::chrono::milliseconds keep_alive_timeout{5000};   // idle time allowed between requests
  std::chrono::milliseconds send_timeout{10000};        // to send one whole response
  int max_requests_per_connection = 100;
};

// One complete request as read by the gate.
struct IncomingRequest {
  const Poco::Net::HTTPRequest& head;
  std::string_view body;      // exactly Content-Length bytes
  const std::string& client;  // the peer's address
  bool may_keep_alive;        // false: the response must close the connection
};

// Returns the complete response bytes (status line, headers, body) and sets
// `keep_alive` to whether the connection stays open after it (only when
// `may_keep_alive`; the response's Connection header must say the same).
using RequestHandler = std::function<std::string(const IncomingRequest&, bool& keep_alive)>;

class ConnectionGate {
 public:
  // Takes over a bound, listening socket.
  ConnectionGate(Poco::Net::ServerSocket socket, GateLimits limits, RequestHandler handler);
  ~ConnectionGate();  // stop()
  ConnectionGate(const ConnectionGate&) = delete;
  ConnectionGate& operator=(const ConnectionGate&) = delete;

  void start();
  // Stops accepting, lets running handlers finish, closes every connection.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lessenbank::web
