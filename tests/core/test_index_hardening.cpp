// Regression tests of issue 11 (hardening): over-long term values, exceptions
// unwinding the read-ahead pipeline, write failures, odd file names, junk files,
// read-only index folders and rebuilds beside readers.
#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <functional>
#include <iostream>
#include <thread>

#include <xapian.h>

#include "lessenbank/corpus.h"
#include "lessenbank/error.h"
#include "lessenbank/index.h"
#include "lessenbank/parser.h"
#include "lessenbank/search.h"
#include "lessenbank/thesaurus.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

std::string entry(const std::string& id, const std::string& extra = "", const std::string& body = "Tekst.") {
  return "---\nid: " + id + "\ntitel: Les over " + id + "\ntype: les\nthemas: [participatie]\n" + extra +
         "---\n" + body + "\n";
}

// `n` entries e0000..e(n-1) under dir.
void write_entries(const fs::path& dir, int n, const std::string& body = "Tekst over windmolens.") {
  for (int i = 0; i < n; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "e%04d", i);
    write_file(dir / (std::string(id) + ".md"), entry(id, "", body));
  }
}

std::size_t hits(const fs::path& index, const std::string& q) {
  Searcher s(index);
  SearchRequest r;
  r.query = q;
  r.limit = 1;
  return s.search(r).total;
}

bool has_diagnostic(const std::vector<Diagnostic>& diags, const std::string& path, const std::string& part) {
  return std::any_of(diags.begin(), diags.end(), [&](const Diagnostic& d) {
    return d.path == path && d.message.find(part) != std::string::npos;
  });
}

// A small tmpfs at `dir`, unmounted at scope exit; mounted() is false where
// mounting is not allowed (then the caller says SKIPPED loudly).
class Tmpfs {
 public:
  Tmpfs(const fs::path& dir, const std::string& size) : dir_(dir) {
    fs::create_directories(dir);
    mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
  }
  ~Tmpfs() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  bool remount_read_only() {
    return ::mount("tmpfs", dir_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }

 private:
  fs::path dir_;
  bool mounted_ = false;
};

void skipped(const std::string& why) {
  std::cout << "SKIPPED: " << why << std::endl;
}

}  // namespace

TEST_CASE("over-long values are check errors with file and line - index indexes every other file", "[index][hardening]") {
  TempDir dir;
  const std::string longer(300, 'a');
  const fs::path corpus = dir / "corpus";
  write_file(corpus / "goed.md", entry("goed"));
  write_file(corpus / "plaats.md", entry("plaats", "plaatsen: [" + longer + "]\n"));
  write_file(corpus / "org.md", entry("org", "organisaties: [Gemeente " + longer + "]\n"));
  write_file(corpus / "bron.md", entry("bron-lang", "bron: " + longer + "\n"));
  write_file(corpus / "link.md", entry("link", "", "Zie [dit](id:" + longer + ")."));
  write_file(corpus / "rel.md", entry("rel", "gerelateerd: [" + longer + "]\n"));

  const CheckReport check = check_corpus(corpus);
  for (const std::string p : {"plaats.md", "org.md", "bron.md", "link.md"}) {
    INFO(p);
    CHECK(has_diagnostic(check.diagnostics, p, "te lang"));
  }
  CHECK(has_diagnostic(check.diagnostics, "rel.md", "ongeldig id"));  // ids are limited anyway
  const auto plaats = std::find_if(check.diagnostics.begin(), check.diagnostics.end(), [](const Diagnostic& d) {
    return d.path == "plaats.md" && d.is_error();
  });
  REQUIRE(plaats != check.diagnostics.end());
  CHECK(plaats->line == 6);
  CHECK(plaats->to_string().rfind("plaats.md:6: waarde in 'plaatsen' is te lang", 0) == 0);

  IndexOptions o;
  o.corpus_dir = corpus;
  o.index_dir = dir / "index";
  const IndexReport r = Indexer(o).update();
  CHECK(r.added == 1);
  CHECK(r.failed == 5);
  CHECK(Searcher(o.index_dir).size() == 1);
}

TEST_CASE("an over-long value among more than 512 changed files does not abort the run (std::terminate)", "[index][hardening]") {
  TempDir dir;
  write_entries(dir / "corpus", 700);
  write_file(dir / "corpus/e0600.md", entry("e0600", "plaatsen: [" + std::string(400, 'p') + "]\n"));
  write_file(dir / "corpus/e0010.md", entry("e0010", "organisaties: [" + std::string(400, 'o') + "]\n"));
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  o.threads = 2;
  const IndexReport r = Indexer(o).update();
  CHECK(r.added == 698);
  CHECK(r.failed == 2);
  CHECK(has_diagnostic(r.diagnostics, "e0600.md", "te lang"));
  CHECK(Searcher(o.index_dir).size() == 698);
}

TEST_CASE("a write failure during an update of more than 2048 files exits cleanly and keeps the last commit (disk full)", "[index][hardening]") {
  TempDir dir;
  write_entries(dir / "corpus", 2100, "Tekst over windmolens.");
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  o.threads = 2;
  o.compact_from = 1000000;
  REQUIRE(Indexer(o).update().added == 2100);
  write_entries(dir / "corpus", 2100, "Tekst over zonnepanelen en " + std::string(2000, 'z') + " warmtenetten.");
  for (const auto& e : fs::directory_iterator(dir / "corpus")) touch_later(e.path());

  // The child may write no file beyond 64 KiB: Xapian's next block write fails
  // (EFBIG), as on a full disk. Before the fix the read-ahead thread was still
  // joinable while that exception unwound: std::terminate, SIGABRT.
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit lim{64 << 10, 64 << 10};
    ::setrlimit(RLIMIT_FSIZE, &lim);
    try {
      Indexer(o).update();
      ::_exit(10);
    } catch (const IndexError& e) {
      std::cerr << e.what() << "\n";
      ::_exit(std::string(e.what()).find("File too large") != std::string::npos ? 3 : 4);
    } catch (...) {
      ::_exit(5);
    }
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  REQUIRE_FALSE(WIFSIGNALED(status));
  CHECK(WEXITSTATUS(status) == 3);
  CHECK(hits(o.index_dir, "windmolens") == 2100);  // the previous commit, whole
  CHECK(hits(o.index_dir, "zonnepanelen") == 0);
  const IndexReport again = Indexer(o).update();
  CHECK(again.updated == 2100);
  CHECK(hits(o.index_dir, "zonnepanelen") == 2100);
}

TEST_CASE("a TAB or newline in a file name gives one entry however often index runs (duplicate entries)", "[index][hardening]") {
  TempDir dir;
  write_file(dir / "corpus/met\ttab.md", entry("met-tab"));
  write_file(dir / "corpus/met\nregel.md", entry("met-regel"));
  write_file(dir / "corpus/met%09procent.md", entry("met-procent"));
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  CHECK(Indexer(o).update().added == 3);
  for (int run = 0; run < 3; ++run) {
    const IndexReport r = Indexer(o).update();
    CHECK_FALSE(r.changed());
    CHECK(r.unchanged == 3);
  }
  CHECK(Searcher(o.index_dir).size() == 3);
  fs::remove(dir / "corpus/met\ttab.md");
  CHECK(Indexer(o).update().removed == 1);
  CHECK(Searcher(o.index_dir).size() == 2);
}

TEST_CASE("a refused file is reported on every run but read only once while unchanged (junk tokenised every run)", "[index][hardening]") {
  TempDir dir;
  write_file(dir / "corpus/goed.md", entry("goed"));
  write_file(dir / "corpus/junk.md", std::string(kMaxEntryBytes + 1000, 'x'));
  std::string broken = entry("kapot");
  broken.replace(broken.find("type: les"), 9, "type: lxs");  // an unknown type, same size
  write_file(dir / "corpus/kapot.md", broken);
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  const IndexReport first = Indexer(o).update();
  CHECK(first.failed == 2);
  CHECK(has_diagnostic(first.diagnostics, "junk.md", "groter dan 8 MB"));

  // Same size and time, other bytes: a file read again would now be indexed.
  const auto mtime = fs::last_write_time(dir / "corpus/kapot.md");
  const std::string valid = entry("kapot");
  REQUIRE(valid.size() == broken.size());
  write_file(dir / "corpus/kapot.md", valid);
  fs::last_write_time(dir / "corpus/kapot.md", mtime);

  const IndexReport second = Indexer(o).update();
  CHECK(second.failed == 2);
  CHECK(has_diagnostic(second.diagnostics, "junk.md", "groter dan 8 MB"));
  CHECK(has_diagnostic(second.diagnostics, "kapot.md", ""));
  CHECK(Searcher(o.index_dir).size() == 1);

  fs::remove(dir / "corpus/junk.md");
  write_file(dir / "corpus/kapot.md", entry("kapot"));
  touch_later(dir / "corpus/kapot.md");
  const IndexReport fixed = Indexer(o).update();
  CHECK(fixed.failed == 0);
  CHECK(Searcher(o.index_dir).size() == 2);
}

TEST_CASE("a read-only index folder is reported as read-only, not as locked by another process", "[index][hardening]") {
  TempDir dir;
  write_file(dir / "corpus/goed.md", entry("goed"));
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "ro/index";
  o.lock_wait_ms = 0;
  Tmpfs fs_(dir / "ro", "16m");
  if (!fs_.mounted()) {
    skipped("cannot mount a tmpfs here (not root?): the read-only index test did not run");
    return;
  }
  Indexer(o).update();
  write_file(dir / "corpus/tweede.md", entry("tweede"));
  REQUIRE(fs_.remount_read_only());
  try {
    Indexer(o).update();
    FAIL("update of a read-only index did not throw");
  } catch (const IndexLockedError& e) {
    FAIL(std::string("reported as locked: ") + e.what());
  } catch (const IndexError& e) {
    CHECK(std::string(e.what()).find("alleen-lezen") != std::string::npos);
  }
  CHECK(Searcher(o.index_dir).size() == 1);  // still readable
}

// A corpus of 1,200 entries, all with "windmolens", indexed on one thread.
struct WindmillIndex {
  TempDir dir;
  IndexOptions o;
  WindmillIndex() {
    write_entries(dir / "corpus", 1200);
    o.corpus_dir = dir / "corpus";
    o.index_dir = dir / "index";
    o.threads = 1;
    REQUIRE(Indexer(o).update().added == 1200);
  }
  // Runs `work` on a thread while searching the index without pause; returns
  // how many searches ran and every total other than 1,200 (0 for a search
  // that failed).
  std::pair<std::size_t, std::vector<std::size_t>> totals_during(const std::function<void()>& work) {
    Searcher reader(o.index_dir);
    std::atomic<bool> done{false};
    std::thread worker([&] {
      try {
        work();
      } catch (...) {
      }
      done = true;
    });
    std::size_t searches = 0;
    std::vector<std::size_t> wrong;
    while (!done) {
      try {
        reader.reopen();
        SearchRequest r;
        r.query = "windmolens";
        r.limit = 1;
        const std::size_t total = reader.search(r).total;
        if (total != 1200) wrong.push_back(total);
      } catch (...) {  // Xapian::Error too: the thread must be joined before anything unwinds
        wrong.push_back(0);
      }
      ++searches;
    }
    worker.join();
    return {searches, wrong};
  }
};

TEST_CASE("a rebuild is built aside: searches during it always see the whole index", "[index][hardening]") {
  WindmillIndex w;
  const auto [searches, wrong] = w.totals_during([&] { Indexer(w.o).rebuild(); });
  CHECK(searches > 0);
  CHECK(wrong.empty());
  Searcher reader(w.o.index_dir);
  SearchRequest r;
  r.query = "windmolens";
  CHECK(reader.search(r).total == 1200);
  CHECK_FALSE(fs::exists(w.dir / "index.opnieuw"));
}

// Found at 100k: a server started without its plugins saw a changed plugin
// set, and its update emptied the served index and rebuilt it in place
// (searches found nothing for the better part of an hour).
TEST_CASE("an update after a settings change rebuilds aside: searches during it see the whole index, a failed one keeps it",
          "[index][hardening]") {
  WindmillIndex w;
  IndexOptions changed = w.o;
  changed.stemmer = "english";  // recorded in the index: every entry must be indexed again
  std::vector<std::string> notices;
  changed.notice = [&](const std::string& m) { notices.push_back(m); };
  const auto [searches, wrong] = w.totals_during([&] { Indexer(changed).update(); });
  // Announced before the long rebuild starts, naming what changed.
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].find("opnieuw opgebouwd") != std::string::npos);
  CHECK(notices[0].find("andere stemmer (index: dutch, nu: english)") != std::string::npos);
  CHECK(notices[0].find("themaplugins") == std::string::npos);
  CHECK(searches > 0);
  CHECK(wrong.empty());
  const Xapian::Database after((w.dir / "index").string());
  CHECK(after.get_doccount() == 1200);
  CHECK(after.get_metadata("lessenbank:stemmer") == "english");
  CHECK_FALSE(fs::exists(w.dir / "index.opnieuw"));

  // Back to the first stemmer, but the rebuild cannot make its folder: it
  // fails, and the live index is as it was.
  write_file(w.dir / "index.opnieuw", "geen map");
  CHECK_THROWS(Indexer(w.o).update());
  const Xapian::Database kept((w.dir / "index").string());
  CHECK(kept.get_doccount() == 1200);
  CHECK(kept.get_metadata("lessenbank:stemmer") == "english");
}

TEST_CASE("a 50,000-term thesaurus group is a diagnostic with its line and never expands a query (141 s search)", "[language][hardening]") {
  TempDir dir;
  std::string xml = "<thesaurus>\n<groep><term>DSO</term><term>Digitaal Stelsel Omgevingswet</term></groep>\n<groep>";
  for (int i = 0; i < 50000; ++i) xml += "<term>woord" + std::to_string(i) + "</term>";
  xml += "</groep>\n</thesaurus>\n";
  write_file(dir / "t.xml", xml);
  const ThesaurusResult r = load_thesaurus(dir / "t.xml", "thesaurus.xml");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].line == 3);
  CHECK(r.diagnostics[0].message.find("hoogstens 50") != std::string::npos);
  CHECK(r.thesaurus.groups.size() == 1);

  // A stored thesaurus from before the limit is ignored beyond it, too.
  Thesaurus stored = r.thesaurus;
  stored.groups.push_back({});
  for (int i = 0; i < 50000; ++i) stored.groups.back().push_back("woord" + std::to_string(i));
  const Thesaurus reread = Thesaurus::parse(stored.serialize());
  CHECK(reread.groups.size() == 1);
  CHECK(reread.expand("woord7") == "woord7");
  CHECK(reread.expand("DSO") != "DSO");
}

TEST_CASE("a failed compaction is reported and leaves the complete index (errors were swallowed)", "[index][hardening]") {
  TempDir dir;
  write_entries(dir / "corpus", 20);
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  o.compact_from = 1;
  // The compaction's target folder is a read-only file system: compact() fails.
  Tmpfs target(dir / "index.compact", "1m");
  if (!target.mounted() || !target.remount_read_only()) {
    skipped("cannot mount a read-only tmpfs here (not root?): the compaction failure test did not run");
    return;
  }
  const IndexReport r = Indexer(o).update();
  CHECK(r.added == 20);
  CHECK(r.compact_error.find("comprimeren") != std::string::npos);
  CHECK(Searcher(o.index_dir).size() == 20);
  CHECK(Indexer(o).update().unchanged == 20);
}
