// Cross-site requests: every write needs this session's form token.
#include <catch2/catch.hpp>

#include "editor_fixture.h"

using namespace lessenbank::test;

TEST_CASE("csrf: a write without this session's form token changes nothing", "[attack][csrf]") {
  EditorFixture f;
  const std::string before = read_file(f.dir / "corpus/les-participatie.md");
  HttpClient victim = f.signed_in();
  HttpClient attacker = f.signed_in();  // a valid token, but of another session
  const std::string foreign = hidden_value(attacker.get("/redactie/nieuw").body, "csrf");
  const std::string hash = hidden_value(victim.get("/redactie/bewerken/les-participatie").body, "hash");
  for (const std::string& token : {std::string(), std::string("0"), foreign}) {
    INFO(token);
    CHECK(victim.post("/redactie/verwijderen", {{"csrf", token}, {"id", "les-participatie"}, {"hash", hash}}).status == 403);
    CHECK(victim.post("/redactie/opslaan", {{"csrf", token}, {"pad", "les-participatie.md"}, {"hash", hash},
                                            {"id", "les-participatie"}, {"titel", "Gekaapt"}, {"type", "les"},
                                            {"samenvatting", "x"}, {"bron_document", "bron-test"}, {"tekst", "x"},
                                            {"actie", "opslaan"}}).status == 403);
    CHECK(victim.post("/uitloggen", {{"csrf", token}}).status == 403);
  }
  CHECK(read_file(f.dir / "corpus/les-participatie.md") == before);
  CHECK(victim.get("/redactie").status == 200);  // still signed in
}

TEST_CASE("csrf: a sign-in without the form's double-submit token is refused", "[attack][csrf]") {
  EditorFixture f;
  HttpClient c(f.port());
  CHECK(c.post("/inloggen", {{"naam", "anna"}, {"wachtwoord", kPassword}}).status == 403);
  CHECK(c.post("/inloggen", {{"token", "abc"}, {"naam", "anna"}, {"wachtwoord", kPassword}}).status == 403);
  CHECK(c.cookies.count("lb_sessie") == 0);
}
