// Issue 11 items 12-14: paths and ids confined on the server, sign-in limits
// under parallel attempts, no-store, audit log failures, Secure cookies, and
// the typed draft kept when the session is gone.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "auth.h"
#include "editor_fixture.h"
#include "lessenbank/config.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

Fields edit_of(const std::string& form, const std::string& id, const std::string& pad, const std::string& title) {
  return {{"csrf", hidden_value(form, "csrf")}, {"pad", pad},           {"hash", hidden_value(form, "hash")},
          {"id", id},                           {"titel", title},       {"type", "les"},
          {"samenvatting", "Een samenvatting."}, {"bron_document", "bron-test"}, {"tekst", "Tekst."},
          {"actie", "opslaan"}};
}

}  // namespace

TEST_CASE("editor paths: pad=DEKKING.md and other non-entry files are refused, nothing overwritten", "[editor][security]") {
  EditorFixture f;
  write_file(f.dir / "corpus/DEKKING.md", "# Dekking\n");
  HttpClient c = f.signed_in();
  const std::string form = c.get("/redactie/bewerken/les-participatie").body;
  for (const std::string pad : {"DEKKING.md", "README.md", "casussen/casus-markdal.md"}) {
    INFO(pad);
    CHECK(c.post("/redactie/opslaan", edit_of(form, "les-participatie", pad, "Gekaapt")).status != 303);
  }
  CHECK(read_file(f.dir / "corpus/DEKKING.md") == "# Dekking\n");
  CHECK(read_file(f.dir / "corpus/casussen/casus-markdal.md").find("Gekaapt") == std::string::npos);
  CHECK(read_file(f.dir / "corpus/les-participatie.md").find("Gekaapt") == std::string::npos);
  CHECK_FALSE(fs::exists(f.dir / "corpus/.prullenbak"));
}

TEST_CASE("editor paths: the id of an existing entry cannot be changed", "[editor][security]") {
  EditorFixture f;
  HttpClient c = f.signed_in();
  const std::string form = c.get("/redactie/bewerken/les-participatie").body;
  const std::string pad = hidden_value(form, "pad");
  const auto r = c.post("/redactie/opslaan", edit_of(form, "les-nieuw-id", pad, "Ander id"));
  CHECK(r.status == 400);
  CHECK(r.body.find("kan niet veranderen") != std::string::npos);
  CHECK(c.post("/redactie/opslaan", edit_of(form, "casus-markdal", pad, "Ander item")).status != 303);
  CHECK(read_file(f.dir / "corpus/les-participatie.md").find("id: les-participatie") != std::string::npos);
  CHECK_FALSE(fs::exists(f.dir / "corpus/les/les-nieuw-id.md"));
}

TEST_CASE("editor paths: a symlinked folder inside the corpus is never written through", "[editor][security]") {
  EditorFixture f;
  fs::create_directories(f.dir / "buiten");
  fs::create_directory_symlink(f.dir / "buiten", f.dir / "corpus/vraagset");
  HttpClient c = f.signed_in();
  const std::string csrf = hidden_value(c.get("/redactie/nieuw").body, "csrf");
  const auto r = c.post("/redactie/opslaan", {{"csrf", csrf}, {"titel", "Vragen naar buiten"}, {"type", "vraagset"},
                                              {"samenvatting", "Een samenvatting."}, {"bron_document", "bron-test"},
                                              {"tekst", "1. Vraag?"}, {"actie", "opslaan"}});
  CHECK(r.status != 303);
  CHECK(fs::is_empty(f.dir / "buiten"));
}

TEST_CASE("symlinked entry files are neither indexed nor published", "[editor][security][index]") {
  EditorFixture f;
  write_file(f.dir / "geheim.md", "---\nid: les-geheim\ntitel: Geheim\ntype: les\nsamenvatting: Niet publiceren.\n"
                                  "bron: bron-test\n---\n\nGeheime tekst.\n");
  fs::create_symlink(f.dir / "geheim.md", f.dir / "corpus/les-geheim.md");
  Indexer(f.index).update();
  CHECK(http_request(f.port(), "/doc/les-geheim").status == 404);
  CHECK(f.hits("geheime") == 0);
}

TEST_CASE("sign-in limit holds under 40 parallel attempts: at most 5 passwords are checked", "[editor][security]") {
  EditorFixture f;
  std::vector<HttpClient> clients;
  std::vector<std::string> tokens;
  for (int i = 0; i < 40; ++i) {
    clients.emplace_back(f.port());
    tokens.push_back(hidden_value(clients.back().get("/inloggen").body, "token"));
  }
  std::atomic<int> checked{0}, limited{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 40; ++i) {
    threads.emplace_back([&, i] {
      const int s = clients[i].post("/inloggen", {{"token", tokens[i]}, {"naam", "anna"}, {"wachtwoord", "fout"}}).status;
      if (s == 401) ++checked;
      if (s == 429) ++limited;
    });
  }
  for (auto& t : threads) t.join();
  CHECK(checked <= 5);
  CHECK(checked + limited == 40);
}

TEST_CASE("sign-in failures: names are cut, the table is bounded and full means refused", "[editor][security]") {
  web::LoginThrottle t;
  const std::string long_a = std::string(250000, 'x') + "a", long_b = std::string(250000, 'x') + "b";
  CHECK(t.try_attempt({"naam:" + long_a}));
  CHECK(t.try_attempt({"naam:" + long_b}));
  CHECK(t.size() == 1);  // both cut to the same bounded key
  for (std::size_t i = t.size(); i < web::LoginThrottle::kMaxKeys; ++i) REQUIRE(t.try_attempt({"ip:" + std::to_string(i)}));
  CHECK(t.size() == web::LoginThrottle::kMaxKeys);
  CHECK_FALSE(t.try_attempt({"ip:nieuw"}));   // no room: refused, not tracked
  CHECK(t.size() == web::LoginThrottle::kMaxKeys);
  CHECK(t.try_attempt({"ip:1"}));             // known keys still count
}

TEST_CASE("editor forms and previews are never cached", "[editor][security]") {
  EditorFixture f;
  HttpClient c = f.signed_in();
  const auto form = c.get("/redactie/bewerken/les-participatie");
  CHECK(form.header("Cache-Control") == "no-store");
  CHECK(c.get("/redactie/nieuw").header("Cache-Control") == "no-store");
  Fields preview = edit_of(form.body, "les-participatie", hidden_value(form.body, "pad"), "Voorbeeld");
  preview.back().second = "voorbeeld";
  const auto r = c.post("/redactie/opslaan", preview);
  CHECK(r.status == 200);
  CHECK(r.header("Cache-Control") == "no-store");
}

TEST_CASE("a save whose audit line cannot be written is refused and changes nothing", "[editor][security]") {
  EditorFixture f;
  const std::string before = read_file(f.dir / "corpus/les-participatie.md");
  HttpClient c = f.signed_in();
  SECTION("the log cannot be opened") { fs::create_directory(f.dir / "corpus/.redactie-log.jsonl"); }
  SECTION("the log cannot be written (disk full)") { fs::create_symlink("/dev/full", f.dir / "corpus/.redactie-log.jsonl"); }
  const std::string form = c.get("/redactie/bewerken/les-participatie").body;
  const auto r = c.post("/redactie/opslaan", edit_of(form, "les-participatie", hidden_value(form, "pad"), "Nieuwe titel"));
  CHECK(r.status == 409);
  CHECK(r.body.find("redactielogboek") != std::string::npos);
  CHECK(read_file(f.dir / "corpus/les-participatie.md") == before);
  const std::string csrf = hidden_value(c.get("/redactie/nieuw").body, "csrf");
  CHECK(c.post("/redactie/opslaan", {{"csrf", csrf}, {"titel", "Nieuw item"}, {"type", "les"}, {"samenvatting", "x."},
                                     {"bron_document", "bron-test"}, {"tekst", "x"}, {"actie", "opslaan"}}).status == 409);
  CHECK_FALSE(fs::exists(f.dir / "corpus/les/nieuw-item.md"));
}

TEST_CASE("session cookies get Secure when the site is served over HTTPS", "[editor][security]") {
  web::ServerOptions o;
  o.secure_cookies = true;
  EditorFixture f("basic", nullptr, o);
  HttpClient c(f.port());
  const auto form = c.get("/inloggen");
  REQUIRE(form.set_cookies.size() == 1);
  CHECK(form.set_cookies[0].find("; Secure") != std::string::npos);
  EditorFixture plain;
  CHECK(HttpClient(plain.port()).get("/inloggen").set_cookies[0].find("Secure") == std::string::npos);
  TempDir dir;
  write_file(dir / "lb.xml", "<lessenbank>\n<server https=\"ja\" max-per-adres=\"500\"/>\n</lessenbank>\n");
  const Config config = load_config(dir / "lb.xml");
  CHECK(config.https);
  CHECK(config.max_per_address == 500);
  write_file(dir / "fout.xml", "<lessenbank>\n<server https=\"misschien\"/>\n</lessenbank>\n");
  CHECK_THROWS_WITH(load_config(dir / "fout.xml"), Catch::Contains("fout.xml:2") && Catch::Contains("https"));
}

TEST_CASE("a save after the session expired (server restarted) shows the typed draft back", "[editor]") {
  EditorFixture f;
  HttpClient c(f.port());
  c.cookies["lb_sessie"] = std::string(64, 'a');  // a session the (restarted) server does not know
  const auto r = c.post("/redactie/opslaan", {{"csrf", "oud"}, {"titel", "Mijn <titel>"}, {"type", "les"},
                                              {"tekst", "Drie alinea's\nwerk van een uur."}, {"actie", "opslaan"}});
  CHECK(r.status == 403);
  CHECK(r.body.find("sessie is verlopen") != std::string::npos);
  CHECK(r.body.find("Mijn &lt;titel&gt;") != std::string::npos);
  CHECK(r.body.find("Drie alinea&#39;s\nwerk van een uur.") != std::string::npos);
  CHECK(r.header("Cache-Control") == "no-store");
}
