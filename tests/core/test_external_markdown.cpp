// The parser and indexer on 820 real Dutch government Markdown files written by
// others (../shared/testdata/external): byte-order marks, Latin-1, CRLF, large
// files, MDX, front matter of other schemas, raw HTML.
#include <catch2/catch.hpp>

#include <filesystem>

#include "lessenbank/index.h"
#include "lessenbank/parser.h"
#include "lessenbank/search.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

struct External {
  std::string rel;
  std::string bytes;
};

const std::vector<External>& external_files() {
  static const std::vector<External> files = [] {
    std::vector<External> out;
    const fs::path root(LESSENBANK_EXTERNAL_TESTDATA);
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      const auto ext = e.path().extension();
      if (!e.is_regular_file() || (ext != ".md" && ext != ".mdx")) continue;
      if (e.path().filename() == "SOURCES.md") continue;
      out.push_back({fs::relative(e.path(), root).generic_string(), read_file(e.path())});
    }
    std::sort(out.begin(), out.end(), [](const External& a, const External& b) { return a.rel < b.rel; });
    return out;
  }();
  return files;
}

// The file's own bytes as the body of a minimal Lessenbank entry.
std::string wrapped(const External& f, std::size_t n) {
  return "---\nid: ext-" + std::to_string(n) + "\ntitel: \"extern " + std::to_string(n) + "\"\ntype: bron\n---\n" + f.bytes;
}

bool is_latin1_file(const std::string& rel) {
  return rel.find("5001 Muteren in de keten.md") != std::string::npos ||
         rel.find("7500 Wat is een omgevingsnorm.md") != std::string::npos;
}

}  // namespace

TEST_CASE("every external file parses or is refused with a line and reason", "[external]") {
  const auto& files = external_files();
  REQUIRE(files.size() == 820);
  std::size_t invalid_utf8 = 0;
  for (const auto& f : files) {
    const ParseResult r = parse_document(f.bytes, f.rel);
    INFO(f.rel);
    if (r.ok()) continue;
    REQUIRE_FALSE(r.diagnostics.empty());
    const Diagnostic& d = r.diagnostics.front();
    CHECK(d.is_error());
    CHECK_FALSE(d.message.empty());
    CHECK(d.to_string().rfind(f.rel + ":", 0) == 0);
    if (d.message.find("ongeldige UTF-8") != std::string::npos) {
      ++invalid_utf8;
      CHECK(is_latin1_file(f.rel));
      CHECK(d.line > 1);
    }
    // A file whose YAML front matter follows a BOM is read as front matter.
    const bool bom = f.bytes.rfind("\xEF\xBB\xBF", 0) == 0;
    if (f.bytes.compare(bom ? 3 : 0, 4, "---\n") == 0 || f.bytes.compare(bom ? 3 : 0, 5, "---\r\n") == 0) {
      CHECK(d.message.find("geen kopgegevens") == std::string::npos);
    }
  }
  CHECK(invalid_utf8 == 2);
}

TEST_CASE("wrapped as entries, every UTF-8 external file becomes a safe document", "[external]") {
  std::size_t n = 0, documents = 0;
  for (const auto& f : external_files()) {
    const ParseResult r = parse_document(wrapped(f, n++), f.rel);
    INFO(f.rel);
    if (is_latin1_file(f.rel)) {
      CHECK_FALSE(r.ok());
      continue;
    }
    REQUIRE(r.ok());
    ++documents;
    CHECK(r.document->html.find("<script") == std::string::npos);
    CHECK(r.document->html.find("<div id=\"swagger-ui\">") == std::string::npos);
    if (f.bytes.size() > 2000) CHECK(r.document->plain_text().size() > 100);
  }
  CHECK(documents == 818);
}

TEST_CASE("the indexer takes the whole external set and finds its words", "[external][index]") {
  TempDir dir;
  std::size_t n = 0;
  for (const auto& f : external_files()) {
    write_file(dir / ("corpus/" + f.rel + ".md"), wrapped(f, n++));
  }
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  const IndexReport r = Indexer(o).update();
  CHECK(r.scanned == 820);
  CHECK(r.added == 818);
  CHECK(r.failed == 2);
  CHECK_FALSE(Indexer(o).update().changed());

  Searcher s(o.index_dir);
  SearchRequest q;
  q.query = "gegevensmodel";
  const SearchResult res = s.search(q);
  REQUIRE_FALSE(res.hits.empty());
  CHECK(res.hits[0].path.rfind("Gemeentelijk-Gegevensmodel/", 0) == 0);
}
