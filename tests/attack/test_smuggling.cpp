// Request smuggling: a body the server does not need must never be parsed as
// a second request (behind a proxy that would let one client's bytes become
// another request). Every case sends a "smuggled" request inside a body and
// checks that no answer to it ever comes back.
#include <catch2/catch.hpp>

#include <chrono>

#include "raw_client.h"
#include "server_fixture.h"

using namespace lessenbank::test;
using namespace std::chrono_literals;

namespace {

const std::string kSmuggled = "GET /smokkel-geheim HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

std::string with_body(const std::string& request_line, const std::string& body, const std::string& extra = "") {
  return request_line + "\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n" + extra +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// Everything the server sends back within a short while.
std::string replies(std::uint16_t port, const std::string& bytes) {
  RawSocket s(port);
  s.send(bytes);
  return s.read_until_close(1500ms);
}

}  // namespace

TEST_CASE("smuggling: a GET with a body answers once, its body is not a second request", "[attack][smuggling]") {
  ServerFixture f;
  const std::string out = replies(f.port(), with_body("GET /?q=markdal HTTP/1.1", kSmuggled));
  CHECK(status_of(out) == 200);
  CHECK(count_responses(out) == 1);
  CHECK(out.find("smokkel-geheim") == std::string::npos);
}

TEST_CASE("smuggling: a POST to a read-only page (405) does not run its body as a request", "[attack][smuggling]") {
  ServerFixture f;
  const std::string out = replies(f.port(), with_body("POST /api/search HTTP/1.1", kSmuggled));
  CHECK(status_of(out) == 405);
  CHECK(count_responses(out) == 1);
  CHECK(out.find("smokkel-geheim") == std::string::npos);
}

TEST_CASE("smuggling: an oversized body (413) is refused and the connection closed", "[attack][smuggling]") {
  ServerFixture f;
  RawSocket s(f.port());
  s.send("POST /inloggen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10000000\r\n\r\n" + kSmuggled);
  const std::string out = s.read_until_close(3s);
  CHECK(status_of(out) == 413);
  CHECK(count_responses(out) == 1);
  CHECK(out.find("smokkel-geheim") == std::string::npos);
}

TEST_CASE("smuggling: Transfer-Encoding and conflicting lengths are refused, never guessed", "[attack][smuggling]") {
  ServerFixture f;
  const std::string chunked = "POST /inloggen HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                              "Content-Length: 4\r\n\r\n0\r\n\r\n" + kSmuggled;
  const std::string out1 = replies(f.port(), chunked);
  CHECK(status_of(out1) == 501);
  CHECK(count_responses(out1) == 1);
  const std::string two_lengths = "POST /inloggen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n"
                                  "Content-Length: 47\r\n\r\n" + kSmuggled;
  const std::string out2 = replies(f.port(), two_lengths);
  CHECK(status_of(out2) == 400);
  CHECK(count_responses(out2) == 1);
  const std::string bad_length = "POST /inloggen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: +47\r\n\r\n" + kSmuggled;
  CHECK(status_of(replies(f.port(), bad_length)) == 400);
}

TEST_CASE("smuggling: keep-alive still works - two real pipelined requests get two answers", "[attack][smuggling]") {
  ServerFixture f;
  RawSocket s(f.port());
  s.send("GET /?q=markdal HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /api/search?q=markdal HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  CHECK(status_of(s.read_response(5s)) == 200);
  const std::string second = s.read_response(5s);
  CHECK(status_of(second) == 200);
  CHECK(second.find("application/json") != std::string::npos);
}
