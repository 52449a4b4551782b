#include <catch2/catch.hpp>

#include "lessenbank/config.h"
#include "lessenbank/error.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;

TEST_CASE("configuration overrides defaults, relative to its own folder", "[config]") {
  TempDir dir;
  write_file(dir / "lb.xml",
             "<lessenbank>\n<corpus>kennis</corpus>\n<index>/var/lb</index>\n"
             "<server bind=\"0.0.0.0\" port=\"9090\"/>\n</lessenbank>\n");
  const Config c = load_config(dir / "lb.xml");
  CHECK(c.corpus_dir == dir.path() / "kennis");
  CHECK(c.index_dir == "/var/lb");
  CHECK(c.bind_address == "0.0.0.0");
  CHECK(c.port == 9090);
}

TEST_CASE("an empty configuration keeps every default", "[config]") {
  TempDir dir;
  write_file(dir / "lb.xml", "<lessenbank/>");
  const Config c = load_config(dir / "lb.xml");
  CHECK(c.port == 8080);
  CHECK(c.bind_address == "127.0.0.1");
}

TEST_CASE("a malformed configuration names file and line", "[config]") {
  TempDir dir;
  write_file(dir / "lb.xml", "<lessenbank>\n<corpus>a</corpus>\n<index>b</wrong>\n</lessenbank>\n");
  try {
    load_config(dir / "lb.xml");
    FAIL("no ConfigError");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()).find("lb.xml:3:") != std::string::npos);
  }
  write_file(dir / "port.xml", "<lessenbank><server port=\"tachtig\"/></lessenbank>");
  CHECK_THROWS_AS(load_config(dir / "port.xml"), ConfigError);
}
