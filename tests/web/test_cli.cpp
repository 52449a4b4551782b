// Runs the real `lessenbank` binary and compares it with the HTTP API.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <sys/wait.h>

#include "http_client.h"
#include "server_fixture.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

struct Run {
  int status = -1;
  std::string out;
};

Run run(const std::string& args) {
  Run r;
  const std::string cmd = std::string(LESSENBANK_CLI) + " " + args + " 2>&1";
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
