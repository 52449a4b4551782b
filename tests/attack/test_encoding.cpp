// Invalid UTF-8 in any parameter: a clean 400, and every JSON answer stays valid UTF-8 JSON.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/TextIterator.h>

#include "http_client.h"
#include "server_fixture.h"

using namespace lessenbank::test;

namespace {

bool valid_utf8(const std::string& s) {
  Poco::UTF8Encoding utf8;
  for (Poco::TextIterator it(s, utf8), end(s); it != end; ++it) {
    if (*it < 0) return false;
  }
  return true;
}

bool valid_json(const std::string& s) {
  try {
    Poco::JSON::Parser().parse(s);
    return true;
  } catch (const Poco::Exception&) {
    return false;
  }
}

}  // namespace

TEST_CASE("invalid UTF-8: /api/suggest?q=%ff answers 400 with valid JSON, like /api/search", "[attack][utf8]") {
  ServerFixture f;
  for (const std::string target : {"/api/suggest?q=%ff", "/api/search?q=%ff", "/api/suggest?q=ab%c0%af",
                                   "/api/facets?thema=%ed%a0%80", "/api/search?q=ok&%ff=1"}) {
    INFO(target);
    const auto r = http_request(f.port(), target);
    CHECK(r.status == 400);
    CHECK(r.content_type == "application/json; charset=utf-8");
    CHECK(valid_utf8(r.body));
    CHECK(valid_json(r.body));
  }
  const auto ok = http_request(f.port(), "/api/suggest?q=omgev");
  CHECK(ok.status == 200);
  CHECK(valid_json(ok.body));
}

TEST_CASE("invalid UTF-8 in a page address or form field is 400 and never echoed", "[attack][utf8]") {
  ServerFixture f;
  for (const std::string target : {"/doc/%ff", "/?q=%fe%ff", "/thema/%c3"}) {
    INFO(target);
    const auto r = http_request(f.port(), target);
    CHECK(r.status == 400);
    CHECK(valid_utf8(r.body));
  }
  HttpClient c(f.port());
  const auto r = c.request("POST", "/inloggen", "token=x&naam=%ff%fe&wachtwoord=y");
  CHECK(r.status == 400);
  CHECK(valid_utf8(r.body));
}
