#include <catch2/catch.hpp>

#include <filesystem>

#include "lessenbank/error.h"
#include "lessenbank/index.h"
#include "lessenbank/search.h"
#include "temp_dir.h"
#include "watch_pacing.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

struct Fixture {
  TempDir dir;
  IndexOptions options;
  Fixture() {
    copy_fixture("basic", dir / "corpus");
    options.corpus_dir = dir / "corpus";
    options.index_dir = dir / "index";
  }
  IndexReport update() { return Indexer(options).update(); }
  std::vector<std::string> ids(const std::string& q) {
    Searcher s(options.index_dir);
    SearchRequest r;
    r.query = q;
    std::vector<std::string> out;
    for (const auto& h : s.search(r).hits) out.push_back(h.id);
    return out;
  }
};

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("a first update indexes every entry - a second touches nothing", "[index]") {
  Fixture f;
  const IndexReport first = f.update();
  CHECK(first.scanned == 4);
  CHECK(first.added == 4);
  CHECK_FALSE(first.has_errors());
  const IndexReport second = f.update();
  CHECK_FALSE(second.changed());
  CHECK(second.unchanged == 4);
  CHECK(Searcher(f.options.index_dir).size() == 4);
}

TEST_CASE("an edit is reflected after the next update", "[index]") {
  Fixture f;
  f.update();
  CHECK(f.ids("zonnepanelen").empty());
  const fs::path p = f.dir / "corpus/les-participatie.md";
  write_file(p, read_file(p) + "\nOok zonnepanelen op daken horen erbij.\n");
  touch_later(p);
  const IndexReport r = f.update();
  CHECK(r.updated == 1);
  CHECK(r.unchanged == 3);
  CHECK(f.ids("zonnepanelen") == std::vector<std::string>{"les-participatie"});
}

TEST_CASE("a touched but unchanged file is not re-indexed", "[index]") {
  Fixture f;
  f.update();
  touch_later(f.dir / "corpus/les-participatie.md");
  const IndexReport r = f.update();
  CHECK_FALSE(r.changed());
}

TEST_CASE("a deleted file leaves the index - an added one enters it", "[index]") {
  Fixture f;
  f.update();
  fs::remove(f.dir / "corpus/casussen/casus-markdal.md");
  write_file(f.dir / "corpus/nieuw.md", "---\nid: nieuw\ntitel: Nieuwe les over windmolens\ntype: les\n---\nTekst.\n");
  const IndexReport r = f.update();
  CHECK(r.removed == 1);
  CHECK(r.added == 1);
  CHECK(f.ids("herstelwet").empty());  // a word only the deleted entry has
  CHECK(f.ids("windmolens") == std::vector<std::string>{"nieuw"});
}

TEST_CASE("a broken edit keeps the previous good entry and is reported", "[index]") {
  Fixture f;
  f.update();
  const fs::path p = f.dir / "corpus/les-participatie.md";
  write_file(p, "---\nid: les-participatie\ntitel: [kapot\n---\n");
  touch_later(p);
  const IndexReport r = f.update();
  CHECK(r.failed == 1);
  CHECK(r.has_errors());
  REQUIRE_FALSE(r.diagnostics.empty());
  CHECK(r.diagnostics[0].path == "les-participatie.md");
  CHECK(r.diagnostics[0].line >= 3);  // yaml-cpp notices at the end of the
  CHECK(r.diagnostics[0].line <= 4);  // unclosed flow sequence
  CHECK(contains(f.ids("participatiemoeheid"), "les-participatie"));
  // Still reported on the next run, until it is fixed.
  CHECK(f.update().failed == 1);
}

TEST_CASE("a duplicate id in a new file is refused - the original stays", "[index]") {
  Fixture f;
  f.update();
  write_file(f.dir / "corpus/zz-kopie.md", "---\nid: casus-markdal\ntitel: Kopie\ntype: casus\n---\nKopietekst xyzzy.\n");
  const IndexReport r = f.update();
  CHECK(r.failed == 1);
  CHECK(r.diagnostics.back().message.find("wordt al gebruikt") != std::string::npos);
  CHECK(f.ids("xyzzy").empty());
  CHECK(f.ids("herstelwet") == std::vector<std::string>{"casus-markdal"});
}

TEST_CASE("changing an entry's id replaces the old id", "[index]") {
  Fixture f;
  f.update();
  const fs::path p = f.dir / "corpus/casussen/casus-markdal.md";
  std::string text = read_file(p);
  text.replace(text.find("id: casus-markdal"), 17, "id: casus-breda-markdal");
  write_file(p, text);
  touch_later(p);
  f.update();
  Searcher s(f.options.index_dir);
  CHECK_FALSE(s.document("casus-markdal"));
  CHECK(s.document("casus-breda-markdal"));
  CHECK(s.size() == 4);
}

TEST_CASE("opening a missing index is a clear IndexError", "[index]") {
  TempDir dir;
  CHECK_THROWS_AS(Searcher(dir / "nergens"), IndexError);
}

TEST_CASE("a missing corpus folder is an IoError", "[index]") {
  TempDir dir;
  IndexOptions o;
  o.corpus_dir = dir / "bestaat-niet";
  o.index_dir = dir / "index";
  CHECK_THROWS_AS(Indexer(o).update(), IoError);
}

TEST_CASE("a fresh index is compacted and stays incremental afterwards", "[index]") {
  Fixture f;
  f.options.compact_from = 3;
  CHECK(f.update().added == 4);
  CHECK_FALSE(std::filesystem::exists(f.dir / "index.compact"));
  CHECK_FALSE(std::filesystem::exists(f.dir / "index.old"));
  CHECK(f.ids("herstelwet") == std::vector<std::string>{"casus-markdal"});
  CHECK_FALSE(f.update().changed());  // the file state survived compaction
  write_file(f.dir / "corpus/extra.md", "---\nid: extra\ntitel: Extra\ntype: les\n---\nZonnedak.\n");
  CHECK(f.update().added == 1);
  CHECK(f.ids("zonnedak") == std::vector<std::string>{"extra"});
}

TEST_CASE("regression: the corpus watcher pauses longer after a slow check (100k files: a check every 3 s took a third of a core)",
          "[watcher]") {
  using std::chrono::milliseconds;
  // A quick check keeps the configured interval.
  CHECK(watch_pause(milliseconds(3000), milliseconds(20)) == milliseconds(3000));
  // A check of one second is followed by twenty seconds of rest: at most 1/20 of a core.
  CHECK(watch_pause(milliseconds(3000), milliseconds(1000)) == milliseconds(1000 * kWatchShare));
  CHECK(kWatchShare >= 10);
}
