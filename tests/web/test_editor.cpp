// The web editor over real HTTP: sign-in, form tokens, saving, conflicts,
// read-only corpora, deleting and restoring, and the corpus watcher.
#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <thread>

#include "editor_fixture.h"
#include "http_client.h"
#include "lessenbank/accounts.h"
#include "lessenbank/editing.h"
#include "lessenbank/error.h"
#include "lessenbank/index.h"
#include "lessenbank/search.h"
#include "lessenbank/web/server.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::pair<std::string, std::string>> new_case(const std::string& csrf, const std::string& title) {
  return {{"csrf", csrf},          {"titel", title},           {"type", "casus"},
          {"themas", "participatie"}, {"samenvatting", "Inwoners als mede-eigenaar."},
          {"bron_document", "bron-test"}, {"domein", "fysiek"}, {"jaar", "2024"},
          {"organisaties", "Gemeente Zeewolde\nProvincie Flevoland"},
          {"tekst", "## Aanpak\nDe zonneweide werd samen met inwoners ontwikkeld."}, {"actie", "opslaan"}};
}

}  // namespace

TEST_CASE("editor: saving needs a session and a form token - then the entry is searchable at once", "[editor]") {
  EditorFixture f;
  HttpClient anonymous(f.port());
  CHECK(anonymous.post("/redactie/opslaan", new_case("", "Zonneweide Zeewolde")).status == 403);
  CHECK(anonymous.get("/redactie/nieuw").status == 303);  // to the sign-in page

  HttpClient c = f.signed_in();
  const auto session_cookie = c.cookies.at("lb_sessie");
  CHECK(session_cookie.size() == 64);
  CHECK(c.post("/redactie/opslaan", new_case("vervalst", "Zonneweide Zeewolde")).status == 403);
  CHECK_FALSE(fs::exists(f.dir / "corpus/casus/zonneweide-zeewolde.md"));

  const std::string csrf = hidden_value(c.get("/redactie/nieuw").body, "csrf");
  const auto saved = c.post("/redactie/opslaan", new_case(csrf, "Zonneweide Zeewolde"));
  CHECK(saved.status == 303);
  CHECK(saved.header("Location") == "/doc/zonneweide-zeewolde?opgeslagen=1");
  CHECK(read_file(f.dir / "corpus/casus/zonneweide-zeewolde.md").find("organisaties: [Gemeente Zeewolde, Provincie Flevoland]") != std::string::npos);
  CHECK(f.hits("zonneweide") == 1);
  CHECK(c.get("/doc/zonneweide-zeewolde?opgeslagen=1").body.find("opgeslagen en direct vindbaar") != std::string::npos);
  const std::string log = read_file(f.dir / "corpus/.redactie-log.jsonl");
  CHECK(log.find("\"wie\":\"anna\",\"actie\":\"nieuw\",\"id\":\"zonneweide-zeewolde\"") != std::string::npos);
}

TEST_CASE("editor: session and sign-in cookies are HttpOnly and SameSite=Strict", "[editor][security]") {
  EditorFixture f;
  HttpClient c(f.port());
  const auto form = c.get("/inloggen");
  REQUIRE(form.set_cookies.size() == 1);
  CHECK(form.set_cookies[0].find("HttpOnly; SameSite=Strict") != std::string::npos);
  const auto r = c.post("/inloggen", {{"token", hidden_value(form.body, "token")}, {"naam", "anna"}, {"wachtwoord", kPassword}});
  bool session = false;
  for (const auto& sc : r.set_cookies) {
    if (sc.rfind("lb_sessie=", 0) == 0) session = sc.find("HttpOnly; SameSite=Strict") != std::string::npos;
  }
  CHECK(session);
  // A sign-in without the form's token is refused.
  HttpClient other(f.port());
  CHECK(other.post("/inloggen", {{"token", "x"}, {"naam", "anna"}, {"wachtwoord", kPassword}}).status == 403);
}

TEST_CASE("editor: failed sign-ins are limited", "[editor][security]") {
  EditorFixture f;
  HttpClient c(f.port());
  for (int i = 0; i < 5; ++i) {
    const auto form = c.get("/inloggen");
    CHECK(c.post("/inloggen", {{"token", hidden_value(form.body, "token")}, {"naam", "anna"}, {"wachtwoord", "fout"}}).status == 401);
  }
  const auto form = c.get("/inloggen");
  const auto r = c.post("/inloggen", {{"token", hidden_value(form.body, "token")}, {"naam", "anna"}, {"wachtwoord", kPassword}});
  CHECK(r.status == 429);
  CHECK(r.body.find("Te veel mislukte pogingen") != std::string::npos);
}

TEST_CASE("editor: validation messages stand beside the fields and nothing is written", "[editor]") {
  EditorFixture f;
  HttpClient c = f.signed_in();
  const std::string csrf = hidden_value(c.get("/redactie/nieuw").body, "csrf");
  auto fields = new_case(csrf, "");
  const auto r = c.post("/redactie/opslaan", fields);
  CHECK(r.status == 400);
  CHECK(r.body.find("id=\"titel-fout\"") != std::string::npos);
  CHECK(r.body.find("aria-invalid=\"true\"") != std::string::npos);
  CHECK_FALSE(fs::exists(f.dir / "corpus/casus"));
}

TEST_CASE("editor: a preview is rendered by the server without saving", "[editor]") {
  EditorFixture f;
  HttpClient c = f.signed_in();
  const std::string csrf = hidden_value(c.get("/redactie/nieuw").body, "csrf");
  auto fields = new_case(csrf, "Voorbeeldcasus");
  fields.back().second = "voorbeeld";
  const auto r = c.post("/redactie/opslaan", fields);
  CHECK(r.status == 200);
  CHECK(r.body.find("<h2 id=\"voorbeeld-kop\">Voorbeeld</h2>") != std::string::npos);
  CHECK(r.body.find("<h2>Aanpak</h2>") != std::string::npos);  // the body's top headings sit right under the title
  CHECK_FALSE(fs::exists(f.dir / "corpus/casus/voorbeeldcasus.md"));
}

TEST_CASE("editor: an edit of a file changed on disk meanwhile is refused - nothing is overwritten", "[editor]") {
  EditorFixture f;
  HttpClient c = f.signed_in();
  const auto form = c.get("/redactie/bewerken/les-participatie");
  REQUIRE(form.status == 200);
  const std::string hash = hidden_value(form.body, "hash");
  const fs::path file = f.dir / "corpus/les-participatie.md";
  write_file(file, read_file(file) + "\nIntussen door een collega op de share aangevuld.\n");
  const std::string on_disk = read_file(file);

  auto fields = new_case(hidden_value(form.body, "csrf"), "Betrek inwoners vroeg");
  fields.emplace_back("pad", "les-participatie.md");
  fields.emplace_back("hash", hash);
  fields.emplace_back("id", "les-participatie");
  fields[2].second = "les";
  const auto r = c.post("/redactie/opslaan", fields);
  CHECK(r.status == 409);
  CHECK(r.body.find("gewijzigd sinds u het opende") != std::string::npos);
  CHECK(read_file(file) == on_disk);
}

TEST_CASE("editor: a failed write leaves the old file intact and says why", "[editor]") {
  EditorFixture f;
  const auto loaded = f.editor->load("les-participatie");
  REQUIRE(loaded);
  const std::string before = read_file(f.dir / "corpus/les-participatie.md");
  // A read-only corpus, as on an intranet share. Root ignores file modes, so
  // the folder is bind-mounted read-only instead.
  const std::string corpus = (f.dir / "corpus").string();
  bool read_only = false;
  if (geteuid() == 0) {
    read_only = mount(corpus.c_str(), corpus.c_str(), nullptr, MS_BIND, nullptr) == 0 &&
                mount(nullptr, corpus.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  } else {
    read_only = chmod(corpus.c_str(), 0555) == 0;
  }
  REQUIRE(read_only);
  EntryDraft changed = loaded->draft;
  changed.body += "\nNieuwe alinea.\n";
  const EditResult r = f.editor->save(loaded->rel_path, changed, loaded->hash, "anna");
  CHECK_FALSE(r.ok);
  CHECK(r.message.find("alleen-lezen") != std::string::npos);
  CHECK_FALSE(f.editor->writable());
  // The site still searches and says why editing is off.
  HttpClient c = f.signed_in();
  CHECK(c.get("/redactie").body.find("Bewerken is uitgeschakeld") != std::string::npos);
  CHECK(c.get("/?q=inwoners").status == 200);
  if (geteuid() == 0) umount(corpus.c_str());
  else chmod(corpus.c_str(), 0755);
  CHECK(read_file(f.dir / "corpus/les-participatie.md") == before);
}

TEST_CASE("editor: searches keep answering while entries are saved", "[editor]") {
  EditorFixture f;
  HttpClient c = f.signed_in();
  const std::string csrf = hidden_value(c.get("/redactie/nieuw").body, "csrf");
  std::atomic<bool> done{false};
  std::atomic<int> ok{0}, bad{0};
  std::thread searcher([&] {
    while (!done) {
      (http_request(f.port(), "/api/search?q=inwoners").status == 200 ? ok : bad)++;
    }
  });
  for (int i = 1; i <= 5; ++i) {
    CHECK(c.post("/redactie/opslaan", new_case(csrf, "Zonneweide nummer " + std::to_string(i))).status == 303);
  }
  done = true;
  searcher.join();
  CHECK(bad == 0);
  CHECK(ok > 0);
  CHECK(f.hits("zonneweide") == 5);
}

TEST_CASE("editor: a deleted entry goes to the recycle folder and can be restored", "[editor]") {
  EditorFixture f;
  HttpClient c = f.signed_in();
  const auto form = c.get("/redactie/bewerken/casus-markdal");
  const auto del = c.post("/redactie/verwijderen", {{"csrf", hidden_value(form.body, "csrf")}, {"id", "casus-markdal"},
                                                    {"hash", hidden_value(form.body, "hash")}});
  REQUIRE(del.status == 303);
  CHECK_FALSE(fs::exists(f.dir / "corpus/casussen/casus-markdal.md"));
  CHECK(f.hits("Markdal") == 1);  // only the lesson that mentions it
  const auto home = c.get(del.header("Location"));
  CHECK(home.body.find("Ongedaan maken") != std::string::npos);
  const std::string trash_name = hidden_value(home.body, "naam");
  CHECK(fs::exists(f.dir / "corpus/.prullenbak" / trash_name));
  const auto back = c.post("/redactie/herstellen", {{"csrf", hidden_value(home.body, "csrf")}, {"naam", trash_name}});
  CHECK(back.status == 303);
  CHECK(fs::exists(f.dir / "corpus/casussen/casus-markdal.md"));
  CHECK(f.hits("Markdal") == 2);
  const std::string log = read_file(f.dir / "corpus/.redactie-log.jsonl");
  CHECK(log.find("\"actie\":\"verwijderen\"") != std::string::npos);
  CHECK(log.find("\"actie\":\"herstellen\"") != std::string::npos);
}

TEST_CASE("editor: reading and searching need no sign-in - unknown POST paths are refused", "[editor]") {
  EditorFixture f;
  CHECK(http_request(f.port(), "/doc/casus-markdal").status == 200);
  CHECK(http_request(f.port(), "/inloggen").status == 200);
  HttpClient c(f.port());
  CHECK(c.post("/api/search", {{"q", "x"}}).status == 405);
  CHECK(c.post("/redactie/herstellen", {{"naam", "x"}}).status == 403);
}

TEST_CASE("watcher: a file changed behind the server's back is found within seconds", "[editor]") {
  EditorFixture f;
  CorpusWatcher watcher(f.index, std::chrono::milliseconds(200), [](const std::string&) {});
  write_file(f.dir / "corpus/achter-de-rug.md", "---\nid: achter-de-rug\ntitel: Windpark\ntype: casus\n---\nEen windpark.\n");
  bool found = false;
  for (int i = 0; i < 50 && !found; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    found = http_request(f.port(), "/api/search?q=windpark").body.find("achter-de-rug") != std::string::npos;
  }
  CHECK(found);
}

TEST_CASE("a second writer waits, then reports the locked index clearly", "[editor][index]") {
  EditorFixture f;
  // Hold the write lock the way a long `lessenbank index` would.
  IndexOptions slow = f.index;
  std::atomic<bool> holding{false};
  std::thread holder([&] {
    // Many files make the first update hold the lock for a while.
    for (int i = 0; i < 3000; ++i) {
      write_file(f.dir / ("corpus/veel/v" + std::to_string(i) + ".md"),
                 "---\nid: v" + std::to_string(i) + "\ntitel: Veel\ntype: les\n---\nTekst " + std::to_string(i) + ".\n");
    }
    holding = true;
    Indexer(slow).update();
  });
  while (!holding) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  IndexOptions impatient = f.index;
  impatient.lock_wait_ms = 0;
  bool locked = false;
  try {
    Indexer(impatient).update();
  } catch (const IndexLockedError& e) {
    locked = std::string(e.what()).find("wordt al bijgewerkt door een ander proces") != std::string::npos;
  }
  holder.join();
  CHECK(locked);
  CHECK(f.hits("Veel") > 0);
}
