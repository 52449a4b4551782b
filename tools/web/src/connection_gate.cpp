#include "connection_gate.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/String.h>
#include <sys/resource.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <vector>

namespace lessenbank::web {

namespace {

using Clock = std::chrono::steady_clock;

// A connection while the gate owns it, and while a worker answers its request.
struct Conn {
  enum class Phase { Head, Body, Drain };
  int fd = -1;
  std::string client;
  std::string buf;
  std::size_t scanned = 0;  // bytes of buf already searched for the end of the head
  Phase phase = Phase::Head;
  std::unique_ptr<Poco::Net::HTTPRequest> head;
  std::size_t head_len = 0, body_len = 0, reserved = 0;
  Clock::time_point deadline;
  bool idle = false;  // kept alive, waiting for the first byte of the next request
  int served = 0;
  bool close = false;  // set by a worker: finish this connection
};

using ConnPtr = std::unique_ptr<Conn>;

std::string peer_address(const sockaddr_storage& a) {
  char text[INET6_ADDRSTRLEN] = "";
  if (a.ss_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in&>(a).sin_addr, text, sizeof text);
  } else if (a.ss_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6&>(a).sin6_addr, text, sizeof text);
  }
  return text;
}

const char* message(int status) {
  switch (status) {
    case 400: return "De vraag aan de server is ongeldig.\n";
    case 408: return "De vraag kwam niet op tijd binnen.\n";
    case 413: return "Het formulier is te groot (maximaal 2 MB).\n";
    case 431: return "De kopregels van de vraag zijn te groot.\n";
    case 501: return "Deze manier van verzenden (Transfer-Encoding) wordt niet ondersteund.\n";
    default: return "De server is druk; probeer het zo opnieuw.\n";
  }
}

// A short response the gate sends itself before closing; best effort, never blocks.
void send_refusal(int fd, int status) {
  const std::string body = message(status);
  const std::string r = "HTTP/1.1 " + std::to_string(status) + " " +
                        Poco::Net::HTTPResponse::getReasonForStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status)) +
                        "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + std::to_string(body.size()) +
                        "\r\nConnection: close\r\n\r\n" + body;
  const ssize_t n = ::send(fd, r.data(), r.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  (void)n;
}

// Sends all bytes within `timeout`; false on error or when the client reads too slowly.
bool send_all(int fd, const std::string& bytes, std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      sent += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return false;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{fd, POLLOUT, 0};
    if (poll(&p, 1, static_cast<int>(left)) <= 0) return false;
  }
  return true;
}

// The body length a head announces; -1 for a framing the gate refuses (status in `refusal`).
long long body_length(const Poco::Net::HTTPRequest& head, std::size_t max_body, int& refusal) {
  if (head.has("Transfer-Encoding")) {
    refusal = 501;
    return -1;
  }
  long long length = 0;
  bool seen = false;
  for (const auto& [name, v] : head) {
    if (Poco::icompare(name, "Content-Length") != 0) continue;
    if (v.empty() || v.size() > 12 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      refusal = 400;
      return -1;
    }
    const long long n = std::stoll(v);
    if (seen && n != length) {
      refusal = 400;  // two different lengths: the classic smuggling ambiguity
      return -1;
    }
    length = n;
    seen = true;
  }
  if (static_cast<unsigned long long>(length) > max_body) {
    refusal = 413;
    return -1;
  }
  return length;
}

}  // namespace

struct ConnectionGate::Impl {
  Impl(Poco::Net::ServerSocket s, GateLimits l, RequestHandler h)
      : socket(std::move(s)), limits(l), handler(std::move(h)) {}

  Poco::Net::ServerSocket socket;
  GateLimits limits;
  RequestHandler handler;
  int listen_fd = -1;
  int wake_fd = -1;
  bool stopping = false;  // guarded by mutex
  std::thread event_thread;
  std::vector<std::thread> workers;

  // Event thread only.
  std::unordered_map<int, ConnPtr> waiting;
  std::map<std::string, std::size_t> per_address;
  std::size_t open = 0, buffered = 0;

  // Shared with the workers.
  std::mutex mutex;
  std::condition_variable work_ready;
  std::deque<ConnPtr> work;
  std::vector<ConnPtr> returned;

  void run_events();
  void run_worker();
  void accept_all();
  void admit(int fd, const std::string& client);
  void read_from(Conn& c);
  void advance(int fd);
  bool parse_head(Conn& c);
  void refuse(Conn& c, int status);
  void finish(int fd);
  void dispatch(int fd);
  void take_returned();
  void expire();
  int poll_timeout() const;
  void answer(Conn& c);
  void give_back(ConnPtr c);
  void wake();
};

void ConnectionGate::Impl::wake() {
  const std::uint64_t one = 1;
  const ssize_t n = write(wake_fd, &one, sizeof one);
  (void)n;
}

void ConnectionGate::Impl::accept_all() {
  for (;;) {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    const int fd = accept4(listen_fd, reinterpret_cast<sockaddr*>(&addr), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) return;  // EAGAIN: nothing more; other errors (EMFILE...): try again on the next event
    const std::string client = peer_address(addr);
    if (open >= limits.max_connections || per_address[client] >= limits.max_per_address) {
      send_refusal(fd, 503);
      ::close(fd);
      continue;
    }
    admit(fd, client);
  }
}

void ConnectionGate::Impl::admit(int fd, const std::string& client) {
  auto c = std::make_unique<Conn>();
  c->fd = fd;
  c->client = client;
  c->deadline = Clock::now() + limits.request_timeout;
  ++open;
  ++per_address[client];
  waiting[fd] = std::move(c);
}

void ConnectionGate::Impl::read_from(Conn& c) {
  char chunk[65536];
  const ssize_t n = recv(c.fd, chunk, sizeof chunk, 0);
  if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
    c.close = true;  // closed or reset by the client
    return;
  }
  if (n < 0 || c.phase == Conn::Phase::Drain) return;
  if (c.idle) {  // the next request on a kept-alive connection has begun
    c.idle = false;
    c.deadline = Clock::now() + limits.request_timeout;
  }
  c.buf.append(chunk, static_cast<std::size_t>(n));
}

bool ConnectionGate::Impl::parse_head(Conn& c) {
  const std::size_t from = c.scanned > 3 ? c.scanned - 3 : 0;
  const auto end = c.buf.find("\r\n\r\n", from);
  if (end == std::string::npos) {
    c.scanned = c.buf.size();
    if (c.buf.size() > limits.max_head_bytes) refuse(c, 431);
    return false;
  }
  if (end + 4 > limits.max_head_bytes) {
    refuse(c, 431);
    return false;
  }
  c.head_len = end + 4;
  c.head = std::make_unique<Poco::Net::HTTPRequest>();
  try {
    std::istringstream in(c.buf.substr(0, c.head_len));
    c.head->read(in);
  } catch (const Poco::Exception&) {
    refuse(c, 400);
    return false;
  }
  int refusal = 0;
  const long long length = body_length(*c.head, limits.max_body_bytes, refusal);
  if (length < 0) {
    refuse(c, refusal);
    return false;
  }
  c.body_len = static_cast<std::size_t>(length);
  if (buffered + c.body_len > limits.max_buffered_bytes) {
    refuse(c, 503);
    return false;
  }
  c.reserved = c.body_len;
  buffered += c.reserved;
  c.phase = Conn::Phase::Body;
  // A large body may take longer, but never unboundedly: 64 KB/s at least.
  c.deadline = std::max(c.deadline, Clock::now() + limits.request_timeout + std::chrono::milliseconds(c.body_len / 64));
  if (c.body_len > 0 && c.buf.size() < c.head_len + c.body_len && c.head->get("Expect", "") == "100-continue") {
    send_all(c.fd, "HTTP/1.1 100 Continue\r\n\r\n", std::chrono::milliseconds(0));
  }
  return true;
}

void ConnectionGate::Impl::advance(int fd) {
  Conn& c = *waiting.at(fd);
  if (c.close) {
    finish(fd);
    return;
  }
  if (c.phase == Conn::Phase::Drain) return;
  if (c.phase == Conn::Phase::Head && !parse_head(c)) {
    if (c.close) finish(fd);
    return;
  }
  if (c.phase == Conn::Phase::Body && c.buf.size() >= c.head_len + c.body_len) dispatch(fd);
}

// Answers with `status`, then reads (and discards) what the client still sends
// for a moment, so that closing does not reset the connection before the
// client has read the answer.
void ConnectionGate::Impl::refuse(Conn& c, int status) {
  send_refusal(c.fd, status);
  shutdown(c.fd, SHUT_WR);
  c.phase = Conn::Phase::Drain;
  c.buf.clear();
  c.deadline = Clock::now() + std::chrono::seconds(2);
}

void ConnectionGate::Impl::finish(int fd) {
  const auto it = waiting.find(fd);
  Conn& c = *it->second;
  buffered -= c.reserved;
  if (--per_address[c.client] == 0) per_address.erase(c.client);
  --open;
  ::close(fd);
  waiting.erase(it);
}

void ConnectionGate::Impl::dispatch(int fd) {
  const auto it = waiting.find(fd);
  ConnPtr c = std::move(it->second);
  waiting.erase(it);
  {
    std::lock_guard<std::mutex> lock(mutex);
    work.push_back(std::move(c));
  }
  work_ready.notify_one();
}

// Connections handed back by the workers: closed, or kept alive for the next request.
void ConnectionGate::Impl::take_returned() {
  std::vector<ConnPtr> back;
  {
    std::lock_guard<std::mutex> lock(mutex);
    back.swap(returned);
  }
  for (auto& c : back) {
    const int fd = c->fd;
    buffered -= c->reserved;
    c->reserved = 0;
    const bool close = c->close;
    c->close = false;
    waiting[fd] = std::move(c);
    if (close) {
      finish(fd);
      continue;
    }
    Conn& k = *waiting[fd];
    k.phase = Conn::Phase::Head;
    k.head.reset();
    k.scanned = 0;
    k.idle = k.buf.empty();
    k.deadline = Clock::now() + (k.idle ? limits.keep_alive_timeout : limits.request_timeout);
    if (!k.idle) advance(fd);  // a pipelined request is already here
  }
}

void ConnectionGate::Impl::expire() {
  const auto now = Clock::now();
  std::vector<int> late;
  for (const auto& [fd, c] : waiting) {
    if (c->deadline <= now) late.push_back(fd);
  }
  for (int fd : late) {
    Conn& c = *waiting.at(fd);
    if (c.phase != Conn::Phase::Drain && !c.idle && !c.buf.empty()) send_refusal(fd, 408);
    finish(fd);
  }
}

int ConnectionGate::Impl::poll_timeout() const {
  auto next = Clock::now() + std::chrono::seconds(1);
  for (const auto& [fd, c] : waiting) next = std::min(next, c->deadline);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(next - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(ms + 1, 0, 1000));
}

void ConnectionGate::Impl::run_events() {
  std::vector<pollfd> fds;
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (stopping) break;
    }
    fds.clear();
    fds.push_back({wake_fd, POLLIN, 0});
    fds.push_back({listen_fd, POLLIN, 0});
    for (const auto& [fd, c] : waiting) fds.push_back({fd, POLLIN, 0});
    if (poll(fds.data(), fds.size(), poll_timeout()) < 0 && errno != EINTR) break;
    if (fds[0].revents) {
      std::uint64_t count = 0;
      const ssize_t n = read(wake_fd, &count, sizeof count);
      (void)n;
      take_returned();
    }
    if (fds[1].revents & POLLIN) accept_all();
    for (std::size_t i = 2; i < fds.size(); ++i) {
      if (!fds[i].revents || !waiting.count(fds[i].fd)) continue;
      read_from(*waiting.at(fds[i].fd));
      advance(fds[i].fd);
    }
    expire();
  }
  std::vector<int> all;
  for (const auto& [fd, c] : waiting) all.push_back(fd);
  for (int fd : all) finish(fd);
}

// Runs the handler for one complete request and sends the response.
void ConnectionGate::Impl::answer(Conn& c) {
  const bool may_keep_alive = c.head->getKeepAlive() && c.served + 1 < limits.max_requests_per_connection;
  const IncomingRequest in{*c.head, std::string_view(c.buf).substr(c.head_len, c.body_len), c.client, may_keep_alive};
  bool keep_alive = false;
  const std::string response = handler(in, keep_alive);
  const bool sent = send_all(c.fd, response, limits.send_timeout);
  c.buf.erase(0, c.head_len + c.body_len);
  ++c.served;
  c.close = !sent || !keep_alive || !may_keep_alive;
}

void ConnectionGate::Impl::give_back(ConnPtr c) {
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (stopping) {
      ::close(c->fd);
      return;
    }
    returned.push_back(std::move(c));
  }
  wake();
}

void ConnectionGate::Impl::run_worker() {
  for (;;) {
    ConnPtr c;
    {
      std::unique_lock<std::mutex> lock(mutex);
      work_ready.wait(lock, [this] { return stopping || !work.empty(); });
      if (stopping) return;
      c = std::move(work.front());
      work.pop_front();
    }
    answer(*c);
    give_back(std::move(c));
  }
}

ConnectionGate::ConnectionGate(Poco::Net::ServerSocket socket, GateLimits limits, RequestHandler handler)
    : impl_(std::make_unique<Impl>(std::move(socket), limits, std::move(handler))) {}

ConnectionGate::~ConnectionGate() { stop(); }

void ConnectionGate::start() {
  Impl& g = *impl_;
  g.socket.setBlocking(false);
  g.listen_fd = g.socket.impl()->sockfd();
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY) {
    // Leave room for the index, the corpus and the log: never run out of descriptors.
    const auto room = files.rlim_cur > 128 ? static_cast<std::size_t>(files.rlim_cur - 128) : std::size_t{16};
    g.limits.max_connections = std::min(g.limits.max_connections, room);
  }
  g.wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  g.event_thread = std::thread([&g] { g.run_events(); });
  for (int i = 0; i < std::max(1, g.limits.workers); ++i) g.workers.emplace_back([&g] { g.run_worker(); });
}

void ConnectionGate::stop() {
  Impl& g = *impl_;
  if (!g.event_thread.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(g.mutex);
    g.stopping = true;
  }
  g.wake();
  g.work_ready.notify_all();
  g.event_thread.join();
  for (auto& w : g.workers) w.join();
  g.workers.clear();
  for (auto& c : g.work) ::close(c->fd);
  for (auto& c : g.returned) ::close(c->fd);
  g.work.clear();
  g.returned.clear();
  ::close(g.wake_fd);
  g.socket.close();
}

}  // namespace lessenbank::web
