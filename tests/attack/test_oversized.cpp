// Oversized values: long queries, heads, bodies, names and many connections
// from one address get a clear refusal, and the server keeps answering.
#include <catch2/catch.hpp>

#include <chrono>
#include <vector>

#include "editor_fixture.h"
#include "raw_client.h"

using namespace lessenbank::test;
using namespace std::chrono_literals;

TEST_CASE("oversized: long queries, heads and forms are refused with 400, 431 and 413", "[attack][oversized]") {
  EditorFixture f;
  CHECK(http_request(f.port(), "/api/search?q=" + std::string(10000, 'a')).status == 400);
  CHECK(http_request(f.port(), "/api/suggest?q=" + std::string(5000, 'a')).status == 400);
  {
    RawSocket s(f.port());
    s.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Groot: " + std::string(20000, 'x') + "\r\n\r\n");
    CHECK(status_of(s.read_response(3s)) == 431);
  }
  {
    HttpClient c(f.port());
    const auto r = c.request("POST", "/inloggen", "naam=" + std::string(3 << 20, 'a'));
    CHECK(r.status == 413);
  }
  CHECK(http_request(f.port(), "/").status == 200);
}

TEST_CASE("oversized: a 250 KB sign-in name is refused without growing the failure table", "[attack][oversized]") {
  EditorFixture f;
  HttpClient c(f.port());
  for (int i = 0; i < 3; ++i) {
    const auto form = c.get("/inloggen");
    const std::string name = std::string(250000, 'a') + std::to_string(i);
    CHECK(c.post("/inloggen", {{"token", hidden_value(form.body, "token")}, {"naam", name}, {"wachtwoord", "x"}}).status == 401);
  }
  CHECK(http_request(f.port(), "/").status == 200);
}

TEST_CASE("oversized: connections beyond the per-address limit are refused at once, others still served",
          "[attack][oversized][slowloris]") {
  EditorFixture f;
  std::vector<RawSocket> held;
  for (int i = 0; i < 64; ++i) held.emplace_back(f.port(), "127.0.0.9");
  RawSocket extra(f.port(), "127.0.0.9");
  extra.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  CHECK(status_of(extra.read_response(2s)) == 503);
  RawSocket other(f.port(), "127.0.0.10");
  other.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  CHECK(status_of(other.read_response(2s)) == 200);
}

TEST_CASE("oversized: an idle connection is closed after its deadline", "[attack][slowloris]") {
  EditorFixture f;
  RawSocket idle(f.port());
  idle.send("GET / HTTP/1.1\r\n");  // never finished
  const auto start = std::chrono::steady_clock::now();
  const std::string out = idle.read_until_close(20s);
  const auto waited = std::chrono::steady_clock::now() - start;
  CHECK(status_of(out) == 408);
  CHECK(waited < 15s);
}
