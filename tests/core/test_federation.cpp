// Many lesson banks in one search (core/src/federation.*): three indexes served
// by real xapian-tcpsrv processes on 127.0.0.1, one killed or stopped mid-test.
#include <catch2/catch.hpp>

#include <signal.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "child_process.h"
#include "http_client.h"
#include "lessenbank/config.h"
#include "lessenbank/error.h"
#include "lessenbank/index.h"
#include "lessenbank/json.h"
#include "lessenbank/search.h"
#include "lessenbank/web/server.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

const char* const kTypes[] = {"les", "casus", "strategie"};

// Bank `name` ("a", "b", "c"): three entries about windmolens, one of each
// type, ids "<name>-0" … "<name>-2", and one entry only this bank has.
fs::path make_bank(const TempDir& dir, const std::string& name) {
  const fs::path corpus = dir / ("corpus-" + name);
  for (int i = 0; i < 3; ++i) {
    const std::string id = name + "-" + std::to_string(i);
    write_file(corpus / (id + ".md"), "---\nid: " + id + "\ntitel: Windmolens in regio " + name + " deel " +
                                          std::to_string(i) + "\ntype: " + kTypes[i] +
                                          "\n---\nDe windmolen en de inwoners van regio " + name + ".\n" +
                                          std::string(static_cast<std::size_t>(i) * 3, 'x') + "\n");
  }
  write_file(corpus / (name + "-eigen.md"), "---\nid: " + name + "-eigen\ntitel: Alleen in " + name +
                                                "\ntype: les\n---\nZonnepark " + name + ".\n");
  IndexOptions o;
  o.corpus_dir = corpus;
  o.index_dir = dir / ("index-" + name);
  Indexer(o).update();
  return o.index_dir;
}

// A bank served by its own xapian-tcpsrv on a free port.
struct Served {
  std::string name;
  fs::path index;
  std::uint16_t port;
  ChildProcess server;
  Served(const std::string& n, const fs::path& i, std::uint16_t p)
      : name(n), index(i), port(p),
        server({XAPIAN_TCPSRV, "--quiet", "--interface", "127.0.0.1", "--port", std::to_string(p), i.string()}) {
    REQUIRE(wait_for_port(port));
  }
  Bank remote() const { return {name, {}, "127.0.0.1", port, "http://" + name + ".example/lessenbank"}; }
  Bank local() const { return {name, index, {}, 0, "http://" + name + ".example/lessenbank"}; }
};

struct ThreeBanks {
  TempDir dir;
  std::vector<std::unique_ptr<Served>> banks;
  ThreeBanks() {
    for (const char* n : {"a", "b", "c"}) banks.push_back(std::make_unique<Served>(n, make_bank(dir, n), free_port()));
  }
  std::vector<Bank> remote() const {
    std::vector<Bank> out;
    for (const auto& b : banks) out.push_back(b->remote());
    return out;
  }
  std::vector<Bank> local() const {
    std::vector<Bank> out;
    for (const auto& b : banks) out.push_back(b->local());
    return out;
  }
};

SearchResult search(Searcher& s, const std::string& q, std::size_t offset = 0, std::size_t limit = 100) {
  SearchRequest r;
  r.query = q;
  r.offset = offset;
  r.limit = limit;
  return s.search(r);
}

std::vector<std::string> ids(const SearchResult& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.id);
  return out;
}

std::set<std::string> banks_of(const SearchResult& r) {
  std::set<std::string> out;
  for (const auto& h : r.hits) out.insert(h.bank);
  return out;
}

}  // namespace

TEST_CASE("three remote banks are searched as one: ranking, facets, paging and the bank of each hit", "[federation]") {
  ThreeBanks three;
  Searcher remote(three.remote(), 2000);
  const SearchResult r = search(remote, "windmolen");
  REQUIRE(r.total == 9);
  CHECK(r.unanswered_banks.empty());
  CHECK(banks_of(r) == std::set<std::string>{"a", "b", "c"});
  for (const auto& h : r.hits) {
    INFO(h.id);
    CHECK(h.id.substr(0, 1) == h.bank);  // ids of bank "a" start with "a-"
    CHECK(h.bank_url == "http://" + h.bank + ".example/lessenbank/doc/" + h.id);
  }
  // Facets add up over the banks: three of each type.
  for (const char* t : kTypes) CHECK(r.facets.at("type").at(t) == 3);
  // The same ranking as the three folders opened locally (shared statistics).
  Searcher local(three.local());
  const SearchResult l = search(local, "windmolen");
  CHECK(ids(r) == ids(l));
  // Pages: 4 + 5 hits are the nine of one page, in the same order.
  std::vector<std::string> paged = ids(search(remote, "windmolen", 0, 4));
  for (const auto& id : ids(search(remote, "windmolen", 4, 5))) paged.push_back(id);
  CHECK(paged == ids(r));
  // An entry only one bank has is found there.
  const SearchResult own = search(remote, "zonnepark");
  CHECK(own.total == 3);
  CHECK(to_json(r).find("\"bank\":\"a\"") != std::string::npos);
}

TEST_CASE("a bank killed mid-test is left out and named - the others still answer", "[federation]") {
  ThreeBanks three;
  Searcher s(three.remote(), 2000);
  REQUIRE(search(s, "windmolen").total == 9);
  three.banks[2]->server.kill_now();
  const SearchResult r = search(s, "windmolen");
  CHECK(r.total == 6);
  CHECK(banks_of(r) == std::set<std::string>{"a", "b"});
  CHECK(r.unanswered_banks == std::vector<std::string>{"c"});
  CHECK(to_json(r).find("\"unanswered_banks\":[\"c\"]") != std::string::npos);
  // Later searches go on without it.
  CHECK(search(s, "zonnepark").total == 2);
}

TEST_CASE("a bank that stops answering is skipped after the timeout", "[federation]") {
  ThreeBanks three;
  Searcher s(three.remote(), 500);
  REQUIRE(search(s, "windmolen").total == 9);
  three.banks[0]->server.signal(SIGSTOP);  // connected, but silent
  const SearchResult r = search(s, "windmolen");
  three.banks[0]->server.signal(SIGCONT);
  CHECK(r.total == 6);
  CHECK(r.unanswered_banks == std::vector<std::string>{"a"});
}

TEST_CASE("a bank down from the start is named - with none answering the Searcher throws", "[federation]") {
  ThreeBanks three;
  std::vector<Bank> banks = three.remote();
  banks.push_back({"nergens", {}, "127.0.0.1", free_port(), ""});
  Searcher s(banks, 500);
  const SearchResult r = search(s, "windmolen");
  CHECK(r.total == 9);
  CHECK(r.unanswered_banks == std::vector<std::string>{"nergens"});
  for (auto& b : three.banks) b->server.kill_now();
  CHECK_THROWS_AS(Searcher(three.remote(), 500), IndexError);
}

TEST_CASE("a local and a remote bank in one search", "[federation]") {
  ThreeBanks three;
  const std::vector<Bank> banks = {three.banks[0]->local(), three.banks[1]->remote()};
  Searcher s(banks, 2000);
  const SearchResult r = search(s, "windmolen");
  CHECK(r.total == 6);
  CHECK(banks_of(r) == std::set<std::string>{"a", "b"});
}

TEST_CASE("banks in lessenbank.xml: local and tcp banks, errors with file and line", "[federation][config]") {
  TempDir dir;
  write_file(dir / "lessenbank.xml",
             "<lessenbank>\n<banken wachttijd-ms=\"750\">\n"
             "  <bank naam=\"Eigen\" index=\"index/xapian\"/>\n"
             "  <bank naam=\"Twente\" host=\"10.0.0.5\" poort=\"33333\" url=\"http://twente/\"/>\n"
             "</banken>\n</lessenbank>\n");
  const Config c = load_config(dir / "lessenbank.xml");
  REQUIRE(c.banks.size() == 2);
  CHECK(c.bank_timeout_ms == 750);
  CHECK(c.banks[0].name == "Eigen");
  CHECK(c.banks[0].index_dir == dir / "index/xapian");
  CHECK_FALSE(c.banks[0].remote());
  CHECK(c.banks[1].host == "10.0.0.5");
  CHECK(c.banks[1].port == 33333);
  CHECK(c.banks[1].url == "http://twente/");
  const std::pair<const char*, const char*> bad[] = {
      {"<bank index=\"x\"/>", "zonder naam"},
      {"<bank naam=\"X\" index=\"x\" host=\"h\" poort=\"1\"/>", "niet allebei"},
      {"<bank naam=\"X\" host=\"h\" poort=\"99999\"/>", "poort"},
      {"<bank naam=\"X\" index=\"x\"/><bank naam=\"X\" index=\"y\"/>", "twee keer"},
  };
  for (const auto& [xml, reason] : bad) {
    write_file(dir / "fout.xml", std::string("<lessenbank>\n<banken>\n") + xml + "\n</banken>\n</lessenbank>\n");
    try {
      load_config(dir / "fout.xml");
      FAIL("no error for " << xml);
    } catch (const ConfigError& e) {
      CHECK_THAT(e.what(), Catch::Contains((dir / "fout.xml").string() + ":3:") && Catch::Contains(reason));
    }
  }
}

TEST_CASE("the web page and /api/search name each hit's bank and the bank that did not answer", "[federation][web]") {
  ThreeBanks three;
  web::ServerOptions o;
  o.port = 0;
  o.banks = {three.banks[0]->local(), three.banks[1]->remote(), {"Nergens <b>", {}, "127.0.0.1", free_port(), ""}};
  o.bank_timeout_ms = 500;
  web::WebServer server(o);
  server.start();
  const HttpReply page = http_request(server.port(), "/?q=windmolen");
  REQUIRE(page.status == 200);
  CHECK_THAT(page.body, Catch::Contains("<span class=\"bank\">uit a</span>"));
  CHECK_THAT(page.body, Catch::Contains("href=\"http://b.example/lessenbank/doc/b-0\""));
  CHECK_THAT(page.body, Catch::Contains("Niet doorzocht, want gaf geen antwoord: Nergens &lt;b&gt;."));
  const HttpReply api = http_request(server.port(), "/api/search?q=windmolen");
  REQUIRE(api.status == 200);
  CHECK_THAT(api.body, Catch::Contains("\"total\":6"));
  CHECK_THAT(api.body, Catch::Contains("\"unanswered_banks\":[\"Nergens <b>\"]"));
  server.stop();
}

TEST_CASE("a read-only mirror follows the index through xapian-replicate (XAPIAN_MAX_CHANGESETS set)", "[replication]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  ::setenv("XAPIAN_MAX_CHANGESETS", "10", 1);  // the writer keeps changesets for the replica
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "master/xapian";
  Indexer(o).update();
  const std::uint16_t port = free_port();
  ChildProcess server({XAPIAN_REPLICATE_SERVER, "-I", "127.0.0.1", "-p", std::to_string(port), (dir / "master").string()});
  REQUIRE(wait_for_port(port));
  auto replicate = [&] {
    ChildProcess client({XAPIAN_REPLICATE, "-h", "127.0.0.1", "-p", std::to_string(port), "-m", "xapian", "-o",
                         (dir / "mirror").string()});
    return client.wait();
  };
  REQUIRE(replicate() == 0);
  CHECK(Searcher(dir / "mirror").size() == 4);
  write_file(dir / "corpus/nieuw.md", "---\nid: nieuw\ntitel: Windmolens\ntype: les\n---\nTekst.\n");
  Indexer(o).update();
  CHECK(fs::exists(dir / "master/xapian/changes1"));  // an incremental changeset, not a full copy
  REQUIRE(replicate() == 0);
  Searcher mirror(dir / "mirror");
  CHECK(mirror.size() == 5);
  CHECK(mirror.document("nieuw"));
  ::unsetenv("XAPIAN_MAX_CHANGESETS");
}

namespace {

// Entry k of 36: "windmolen" k % 5 + 1 times, "inwoners" in every other one
// and k filler words, so that no two entries weigh the same; bank k % 3.
std::string numbered_entry(int k) {
  std::string body;
  for (int i = 0; i <= k % 5; ++i) body += "De windmolen draait. ";
  if (k % 2 == 0) body += "De inwoners praten mee. ";
  for (int i = 0; i < k; ++i) body += "vulwoord" + std::to_string(i) + " ";
  char id[16];
  std::snprintf(id, sizeof id, "e-%02d", k);
  return std::string("---\nid: ") + id + "\ntitel: Project " + std::to_string(k) + "\ntype: " + kTypes[k % 3] +
         "\n---\n" + body + "\n";
}

fs::path index_corpus(const TempDir& dir, const std::string& name, const std::vector<int>& entries) {
  for (const int k : entries) {
    char file[32];
    std::snprintf(file, sizeof file, "e-%02d.md", k);
    write_file(dir / ("corpus-" + name) / file, numbered_entry(k));
  }
  IndexOptions o;
  o.corpus_dir = dir / ("corpus-" + name);
  o.index_dir = dir / ("index-" + name);
  Indexer(o).update();
  return o.index_dir;
}

std::vector<std::vector<std::string>> missing_of(const SearchResult& r) {
  std::vector<std::vector<std::string>> out;
  for (const auto& h : r.hits) out.push_back(h.missing);
  return out;
}

}  // namespace

TEST_CASE("three remote banks rank, count, page and mark missing words exactly like one local index", "[federation]") {
  TempDir dir;
  std::vector<int> all, part[3];
  for (int k = 0; k < 36; ++k) {
    all.push_back(k);
    part[k % 3].push_back(k);
  }
  Searcher local(index_corpus(dir, "alles", all));
  std::vector<std::unique_ptr<Served>> served;
  std::vector<Bank> banks;
  for (int i = 0; i < 3; ++i) {
    const std::string name(1, static_cast<char>('a' + i));
    served.push_back(std::make_unique<Served>(name, index_corpus(dir, name, part[i]), free_port()));
    banks.push_back(served.back()->remote());
  }
  Searcher remote(banks, 2000);
  // One word; two words (some entries lack one); a word no entry has; a phrase.
  for (const char* q : {"windmolen", "windmolen inwoners", "inwoners zonnepark windmolen", "\"windmolen draait\" inwoners"}) {
    INFO(q);
    const SearchResult l = search(local, q), r = search(remote, q);
    REQUIRE(l.total > 0);
    CHECK(ids(r) == ids(l));
    CHECK(r.total == l.total);
    CHECK(r.total_all_words == l.total_all_words);
    CHECK(missing_of(r) == missing_of(l));
    CHECK(r.not_found == l.not_found);
    CHECK(r.facets == l.facets);
    for (std::size_t i = 0; i < r.hits.size(); ++i) {
      CHECK(r.hits[i].title == l.hits[i].title);
      CHECK(r.hits[i].snippet_html == l.hits[i].snippet_html);
      CHECK(r.hits[i].bank == std::string(1, static_cast<char>('a' + std::stoi(r.hits[i].id.substr(2)) % 3)));
    }
    // A page in the middle.
    CHECK(ids(search(remote, q, 5, 7)) == ids(search(local, q, 5, 7)));
  }
  // The multi-word case really has hits that lack a word, and a word no entry has.
  const SearchResult some = search(remote, "inwoners zonnepark windmolen");
  CHECK(some.not_found == std::vector<std::string>{"zonnepark"});
  CHECK(std::any_of(some.hits.begin(), some.hits.end(), [](const SearchHit& h) {
    return std::find(h.missing.begin(), h.missing.end(), "inwoners") != h.missing.end();
  }));
}

TEST_CASE("a compound the index learns is found after reopen - known terms are not kept across changes", "[federation]") {
  TempDir dir;
  write_file(dir / "corpus/een.md", "---\nid: een\ntitel: Windmolens\ntype: les\n---\nDe windmolen.\n");
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  Indexer(o).update();
  Searcher one(o.index_dir);
  Searcher banks(std::vector<Bank>{{"eigen", o.index_dir, {}, 0, ""}});
  for (Searcher* s : {&one, &banks}) CHECK(search(*s, "zwiep blorp").total == 0);  // looked up: no such compound
  write_file(dir / "corpus/twee.md", "---\nid: twee\ntitel: Nieuw\ntype: les\n---\nDe zwiepblorp.\n");
  Indexer(o).update();
  for (Searcher* s : {&one, &banks}) {
    s->reopen();
    const SearchResult r = search(*s, "zwiep blorp");
    CHECK(ids(r) == std::vector<std::string>{"twee"});
  }
}
