#include <catch2/catch.hpp>

#include "lessenbank/corpus.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

bool reports(const CheckReport& r, const std::string& path, const std::string& fragment, bool error = true) {
  for (const auto& d : r.diagnostics) {
    if (d.path == path && d.is_error() == error && d.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("scanning skips hidden folders, README and non-Markdown files", "[corpus]") {
  TempDir dir;
  copy_fixture("basic", dir.path());
  write_file(dir / ".prullenbak/weg.md", "---\nid: weg\n---\n");
  write_file(dir / "notities.txt", "geen markdown");
  const auto files = scan_corpus(dir.path());
  REQUIRE(files.size() == 4);
  CHECK(files[0].rel_path == "bron-test.md");
  CHECK(files[1].rel_path == "casussen/casus-dso-aansluiten.md");
}

TEST_CASE("the fixture corpus checks clean", "[corpus]") {
  const CheckReport r = check_corpus(fixture("basic"));
  CHECK(r.files == 4);
  CHECK(r.errors() == 0);
}

TEST_CASE("check finds duplicate ids, broken links and missing annotations", "[corpus]") {
  TempDir dir;
  copy_fixture("basic", dir.path());
  write_file(dir / "zz-dubbel.md", "---\nid: les-participatie\ntitel: x\ntype: les\n---\ntekst\n");
  write_file(dir / "los.md",
             "---\nid: los\ntitel: Los\ntype: les\n---\nZie [weg](id:bestaat-niet).\n");
  const CheckReport r = check_corpus(dir.path());
  CHECK(reports(r, "zz-dubbel.md", "wordt al gebruikt in les-participatie.md"));
  CHECK(reports(r, "los.md", "onbekend id 'bestaat-niet'"));
  CHECK(reports(r, "los.md", "geen thema", false));
  CHECK(reports(r, "los.md", "geen bronvermelding", false));
  CHECK(r.errors() == 2);

  const CheckReport only = check_corpus(dir.path(), {"los.md"});
  CHECK(only.files == 1);
  CHECK(only.errors() == 1);
}
