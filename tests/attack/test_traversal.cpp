// Path traversal on read routes and in the editor's form fields.
#include <catch2/catch.hpp>

#include "editor_fixture.h"
#include "http_client.h"
#include "raw_client.h"

using namespace lessenbank::test;
using namespace std::chrono_literals;

TEST_CASE("traversal: read routes never serve a file outside their purpose", "[attack][traversal]") {
  EditorFixture f;
  for (const std::string target : {"/doc/../../../../etc/passwd", "/doc/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                                   "/static/../../redacteuren.xml", "/static/%2e%2e/%2e%2e/redacteuren.xml",
                                   "/thema/..%2f..%2fredacteuren", "/api/doc/..%2f..%2fcorpus%2fDEKKING",
                                   "/redactie/bewerken/..%2f..%2fredacteuren"}) {
    INFO(target);
    RawSocket s(f.port());
    s.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const std::string out = s.read_until_close(3s);
    const int status = status_of(out);
    CHECK((status == 404 || status == 400 || status == 303));
    CHECK(out.find("root:") == std::string::npos);
    CHECK(out.find("pbkdf2-sha256") == std::string::npos);
  }
}

TEST_CASE("traversal: the editor's path field cannot reach outside the corpus or a non-entry file",
          "[attack][traversal][editor]") {
  EditorFixture f;
  write_file(f.dir / "buiten.md", "niet van het corpus\n");
  HttpClient c = f.signed_in();
  const std::string form = c.get("/redactie/bewerken/les-participatie").body;
  const std::string csrf = hidden_value(form, "csrf"), hash = hidden_value(form, "hash");
  for (const std::string pad : {"../buiten.md", "/etc/passwd", "les/../../buiten.md", "DEKKING.md", "README.md"}) {
    INFO(pad);
    const auto r = c.post("/redactie/opslaan", {{"csrf", csrf}, {"pad", pad}, {"hash", hash}, {"id", "les-participatie"},
                                                {"titel", "Overschreven"}, {"type", "les"}, {"samenvatting", "x"},
                                                {"bron_document", "bron-test"}, {"tekst", "x"}, {"actie", "opslaan"}});
    CHECK(r.status != 303);
  }
  CHECK(read_file(f.dir / "buiten.md") == "niet van het corpus\n");
  CHECK(read_file(f.dir / "corpus/les-participatie.md").find("Overschreven") == std::string::npos);
}
