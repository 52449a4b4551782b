// Xapian::Error is not a std::exception: a damaged or vanished index mid-run
// must still give every request an answer (500/503), and the server recovers.
#include <catch2/catch.hpp>

#include <filesystem>

#include "http_client.h"
#include "server_fixture.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

void damage(const fs::path& index_dir) {
  for (const auto& e : fs::directory_iterator(index_dir)) {
    if (e.is_regular_file()) write_file(e.path(), std::string(8192, '\x7f'));
  }
}

bool answered_with_error(const HttpReply& r) { return r.status == 500 || r.status == 503; }

}  // namespace

TEST_CASE("broken index: every request gets an answer while the index is damaged or gone", "[attack][index]") {
  ServerFixture f;
  REQUIRE(http_request(f.port(), "/api/search?q=markdal").status == 200);
  damage(f.index.index_dir);
  for (const std::string target : {"/api/search?q=markdal", "/?q=markdal", "/doc/casus-markdal", "/api/suggest?q=mark",
                                   "/api/facets", "/thema/participatie"}) {
    INFO(target);
    const auto r = http_request(f.port(), target);
    CHECK((answered_with_error(r) || r.status == 200 || r.status == 404));
    CHECK(r.status != 0);
  }
  fs::remove_all(f.index.index_dir);
  const auto gone = http_request(f.port(), "/api/search?q=markdal");
  CHECK((answered_with_error(gone) || gone.status == 200));  // an answer; open handles may still read
  Indexer(f.index).update();  // rebuilt: the same server answers again
  CHECK(http_request(f.port(), "/api/search?q=markdal").status == 200);
}
