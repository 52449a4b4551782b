// Runs the real `lessenbank` binary and compares it with the HTTP API.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include "http_client.h"
#include "lessenbank/accounts.h"
#include "server_fixture.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

struct Run {
  int status = -1;
  std::string out;
};

// Runs the CLI with `args`; `input` (one line) is its standard input; in `cwd` when given.
Run run(const std::string& args, const std::string& input = "", const std::string& cwd = "") {
  Run r;
  const std::string cmd = (cwd.empty() ? std::string() : "cd '" + cwd + "' && ") +
                          (input.empty() ? std::string() : "printf '%s\\n' '" + input + "' | ") +
                          std::string(LESSENBANK_CLI) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  std::array<char, 4096> buf{};
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string trim_newline(std::string s) {
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("lessenbank search --json and /api/search agree", "[cli][web]") {
  ServerFixture f;
  const std::string index = " --index '" + f.index.index_dir.string() + "'";
  for (const std::string q : {"Markdal", "omgevingsvisie inwoners", "participatiem*"}) {
    const Run cli = run("search --json '" + q + "'" + index);
    REQUIRE(cli.status == 0);
    std::string encoded;
    for (char c : q) encoded += c == ' ' ? std::string("%20") : c == '*' ? std::string("%2A") : std::string(1, c);
    const auto api = http_request(f.port(), "/api/search?q=" + encoded);
    CHECK(trim_newline(cli.out) == api.body);
  }
  const Run filtered = run("search --json --thema dso ''" + index);
  CHECK(filtered.out == http_request(f.port(), "/api/search?thema=dso").body + "\n");
}

TEST_CASE("lessenbank index reports bad files as path:line and exits non-zero", "[cli]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  write_file(dir / "corpus/kapot.md", "---\nid: kapot\ntitel: x\ntype: gedicht\n---\n");
  const std::string opts = " --corpus '" + (dir / "corpus").string() + "' --index '" + (dir / "index").string() + "'";
  const Run first = run("index" + opts);
  CHECK(first.status == 1);
  CHECK(first.out.find("kapot.md:4: onbekend type 'gedicht'") != std::string::npos);
  CHECK(first.out.find("4 toegevoegd") != std::string::npos);
  std::filesystem::remove(dir / "corpus/kapot.md");
  const Run second = run("index" + opts);
  CHECK(second.status == 0);
  CHECK(second.out.find("Index is al actueel") != std::string::npos);
}

TEST_CASE("lessenbank check exits non-zero on errors and names them", "[cli]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  CHECK(run("check --corpus '" + (dir / "corpus").string() + "'").status == 0);
  write_file(dir / "corpus/link.md", "---\nid: link\ntitel: x\ntype: les\n---\n[a](id:nergens)\n");
  const Run r = run("check --corpus '" + (dir / "corpus").string() + "'");
  CHECK(r.status == 1);
  CHECK(r.out.find("link.md:6: link naar onbekend id 'nergens'") != std::string::npos);
}

TEST_CASE("a malformed query on the command line is a clear message", "[cli]") {
  ServerFixture f;
  const Run r = run("search '\"open AND (' --index '" + f.index.index_dir.string() + "'");
  CHECK(r.status == 2);
  CHECK(r.out.find("fout in de zoekvraag") != std::string::npos);
}

namespace {

// A started program whose first stdout line is read; killed at scope exit.
class Started {
 public:
  explicit Started(const std::string& command) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      setpgid(0, 0);
      dup2(fds[1], 1);
      close(fds[0]);
      execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    close(fds[1]);
    out_ = fdopen(fds[0], "r");
  }
  ~Started() {
    kill(-pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    if (out_) fclose(out_);
  }
  // Reads lines until one contains `marker`; returns it.
  std::string line_with(const std::string& marker) {
    char buf[1024];
    while (fgets(buf, sizeof buf, out_)) {
      if (std::string(buf).find(marker) != std::string::npos) return buf;
    }
    return {};
  }

 private:
  pid_t pid_ = -1;
  FILE* out_ = nullptr;
};

}  // namespace

TEST_CASE("a bundle copied to another folder starts and answers searches", "[cli][bundle]") {
  TempDir dir;
  const Run made = run("bundle '" + (dir / "bundel").string() + "' --corpus '" + fixture("basic").string() + "'");
  REQUIRE(made.status == 0);
  for (const char* f : {"lessenbank", "start.sh", "lessenbank.xml", "LEESMIJ.txt", "plugins/lessenbank-dso.so",
                        "plugins/dso.xml", "corpus/les-participatie.md", "index/xapian"}) {
    INFO(f);
    CHECK(std::filesystem::exists(dir / "bundel" / f));
  }
  std::filesystem::rename(dir / "bundel", dir / "elders");
  Started server("'" + (dir / "elders/start.sh").string() + "' --port 0");
  const std::string line = server.line_with("draait op http://127.0.0.1:");
  REQUIRE_FALSE(line.empty());
  const auto port = static_cast<std::uint16_t>(std::stoi(line.substr(line.find("127.0.0.1:") + 10)));
  const auto r = http_request(port, "/api/search?q=Markdal");
  CHECK(r.status == 200);
  CHECK(r.body.find("casus-markdal") != std::string::npos);
  CHECK(run("bundle '" + (dir / "elders").string() + "'").status == 2);  // never overwrites
}

TEST_CASE("lessenbank nieuw writes a valid entry with a unique id and prints its path", "[cli][editor]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  const std::string opts = " --corpus '" + (dir / "corpus").string() + "' --index '" + (dir / "index").string() + "'";
  const Run first = run("nieuw casus --titel 'Zonneweide in Zeewolde'" + opts);
  REQUIRE(first.status == 0);
  CHECK(first.out == (dir / "corpus/casus/zonneweide-in-zeewolde.md").string() + "\n");
  const Run second = run("nieuw casus --titel 'Zonneweide in Zeewolde'" + opts);
  CHECK(second.out == (dir / "corpus/casus/zonneweide-in-zeewolde-2.md").string() + "\n");
  const Run check = run("check --stil" + opts);
  CHECK(check.status == 0);
  CHECK(run("nieuw roman --titel x" + opts).status == 2);
}

TEST_CASE("lessenbank import turns HTML into a draft with title, themes and organisations", "[cli][editor]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  write_file(dir / "verslag.html",
             "<html><head><title>Inwoners denken mee over de omgevingsvisie</title><script>x()</script></head>"
             "<body><h1>Participatie in Zeewolde</h1><p>De Gemeente Zeewolde en de Omgevingsdienst Flevoland "
             "betrokken inwoners en initiatiefnemers bij de omgevingsvisie. Participatie van inwoners stond "
             "centraal.</p><ul><li>Drie avonden</li></ul></body></html>");
  const Run r = run("import '" + (dir / "verslag.html").string() + "' --corpus '" + (dir / "corpus").string() + "'");
  REQUIRE(r.status == 0);
  const std::string path = r.out.substr(0, r.out.find('\n'));
  CHECK(path == (dir / "corpus/concepten/inwoners-denken-mee-over-de-omgevingsvisie.md").string());
  const std::string text = read_file(path);
  CHECK(text.find("titel: Inwoners denken mee over de omgevingsvisie") != std::string::npos);
  CHECK(text.find("Gemeente Zeewolde") != std::string::npos);
  CHECK(text.find("Omgevingsdienst Flevoland") != std::string::npos);
  CHECK(text.find("participatie") != std::string::npos);
  CHECK(text.find("- Drie avonden") != std::string::npos);
  CHECK(text.find("x()") == std::string::npos);
  CHECK(r.out.find("Thema participatie") != std::string::npos);
}

TEST_CASE("lessenbank editor add stores a salted slow hash, never the password", "[cli][editor][security]") {
  TempDir dir;
  const std::string file = (dir / "redacteuren.xml").string();
  write_file(dir / "lb.xml", "<lessenbank><redacteuren>redacteuren.xml</redacteuren></lessenbank>");
  const Run r = run("editor add bert --config '" + (dir / "lb.xml").string() + "'", "heel-geheim-123");
  REQUIRE(r.status == 0);
  const std::string stored = read_file(file);
  CHECK(stored.find("heel-geheim-123") == std::string::npos);
  CHECK(stored.find("pbkdf2-sha256$120000$") != std::string::npos);
  CHECK(Accounts::load(file).verify("bert", "heel-geheim-123"));
  CHECK_FALSE(Accounts::load(file).verify("bert", "fout"));
  CHECK(run("editor add bert --config '" + (dir / "lb.xml").string() + "'", "kort").status == 2);
}

TEST_CASE("editor add with a wrongly tagged redacteuren.xml refuses and keeps the editors in it", "[cli][editor][security]") {
  TempDir dir;
  write_file(dir / "lb.xml", "<lessenbank><redacteuren>redacteuren.xml</redacteuren></lessenbank>");
  const std::string config = " --config '" + (dir / "lb.xml").string() + "'";
  Accounts anna;
  anna.set_password(dir / "echt.xml", "anna", "anna-haar-wachtwoord");
  const std::string real = read_file(dir / "echt.xml");
  const std::string entry = real.substr(real.find("<redacteur "), real.find("/>") + 2 - real.find("<redacteur ")) + "\n";
  for (const std::string& bad : std::vector<std::string>{"<redacteurs>\n  " + entry + "</redacteurs>\n",
                                "<redacteuren>\n  <editor naam=\"anna\" hash=\"x\"/>\n</redacteuren>\n"}) {
    write_file(dir / "redacteuren.xml", bad);
    const Run r = run("editor add bert" + config, "heel-geheim-123");
    INFO(r.out);
    CHECK(r.status == 2);
    CHECK(r.out.find((dir / "redacteuren.xml").string() + ":") != std::string::npos);
    CHECK((r.out.find("hoofdelement") != std::string::npos || r.out.find("onbekend element") != std::string::npos));
    CHECK(read_file(dir / "redacteuren.xml") == bad);  // never rewritten without the existing editors
  }
}

TEST_CASE("editor add writes redacteuren.xml where the configuration or corpus is, not in the current folder",
          "[cli][editor]") {
  TempDir dir, elsewhere;
  std::filesystem::create_directories(dir / "share/corpus");
  write_file(dir / "share/lb.xml", "<lessenbank><corpus>corpus</corpus></lessenbank>");
  const auto run_in = [&](const std::string& args) { return run(args, "heel-geheim-123", elsewhere.path().string()); };
  CHECK(run_in("editor add bert --config '" + (dir / "share/lb.xml").string() + "'").status == 0);
  CHECK(Accounts::load(dir / "share/redacteuren.xml").verify("bert", "heel-geheim-123"));
  CHECK(run_in("editor add carla --corpus '" + (dir / "share/corpus").string() + "/'").status == 0);
  CHECK(Accounts::load(dir / "share/redacteuren.xml").verify("carla", "heel-geheim-123"));
  CHECK_FALSE(std::filesystem::exists(elsewhere / "redacteuren.xml"));
  CHECK_FALSE(std::filesystem::exists(dir / "share/corpus/redacteuren.xml"));  // never published with the corpus
}

TEST_CASE("a bundle leaves out the audit log and the recycle folder and says how to add an editor", "[cli][bundle]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  write_file(dir / "corpus/.redactie-log.jsonl", "{\"wie\":\"anna\"}\n");
  std::filesystem::create_directories(dir / "corpus/.prullenbak");
  write_file(dir / "corpus/.prullenbak/20260101T000000~weg.md", "---\nid: weg\n---\n");
  const Run made = run("bundle '" + (dir / "bundel").string() + "' --corpus '" + (dir / "corpus").string() + "'");
  REQUIRE(made.status == 0);
  CHECK(std::filesystem::exists(dir / "bundel/corpus/les-participatie.md"));
  CHECK_FALSE(std::filesystem::exists(dir / "bundel/corpus/.redactie-log.jsonl"));
  CHECK_FALSE(std::filesystem::exists(dir / "bundel/corpus/.prullenbak"));
  const std::string readme = read_file(dir / "bundel/LEESMIJ.txt");
  CHECK(readme.find("./lessenbank editor add") != std::string::npos);
  CHECK(readme.find("redacteuren.xml") != std::string::npos);
}
