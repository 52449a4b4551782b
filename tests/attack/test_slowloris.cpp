// Slowloris: many slow or idle connections must not keep a new client waiting.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>
#include <vector>

#include "raw_client.h"
#include "server_fixture.h"

using namespace lessenbank::test;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char* kRequest = "GET /?q=omgevingsvisie HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

// Milliseconds until a new client from `ip` has a complete 200 response (or the timeout).
long long time_to_answer(std::uint16_t port, const std::string& ip, int& status) {
  const auto start = Clock::now();
  RawSocket s(port, ip);
  s.send(kRequest);
  status = status_of(s.read_response(30s));
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

// 200 hostile connections from 127.0.0.2-5: a third drips a request head one
// byte every 300 ms, a third sends nothing, a third sends one full request and
// then keeps the connection open without reading (idle keep-alive).
struct Attack {
  std::vector<RawSocket> dripping, idle, keep_alive;
  std::atomic<bool> stop{false};
  std::thread drip;

  explicit Attack(std::uint16_t port) {
    for (int i = 0; i < 200; ++i) {
      const std::string ip = "127.0.0." + std::to_string(2 + i % 4);
      RawSocket s(port, ip);
      if (i % 3 == 0) {
        s.send("GET / HTTP/1.1\r\n");
        dripping.push_back(std::move(s));
      } else if (i % 3 == 1) {
        idle.push_back(std::move(s));
      } else {
        s.send(kRequest);
        keep_alive.push_back(std::move(s));
      }
    }
    drip = std::thread([this] {
      while (!stop) {
        for (auto& s : dripping) s.send("X");
        std::this_thread::sleep_for(300ms);
      }
    });
  }
  ~Attack() {
    stop = true;
    drip.join();
  }
};

}  // namespace

TEST_CASE("slowloris: 200 slow, idle and idle keep-alive connections do not keep a new client waiting",
          "[attack][slowloris]") {
  ServerFixture f;
  Attack attack(f.port());
  std::this_thread::sleep_for(1500ms);  // every hostile connection is established and holding what it can
  long long worst = 0;
  for (int i = 0; i < 5; ++i) {
    int status = 0;
    const long long ms = time_to_answer(f.port(), "127.0.0.1", status);
    CHECK(status == 200);
    worst = std::max(worst, ms);
  }
  std::cout << "slowloris: new client answered in at most " << worst << " ms with 200 hostile connections open\n";
  CHECK(worst < 1000);
}
