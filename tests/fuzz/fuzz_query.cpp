// libFuzzer target: the query builder behind Searcher (operators, fields,
// prefixes, thesaurus expansion, compound joining, spelling) on a small index
// of the test fixture corpus plus the bundled thesaurus, built once at start.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "lessenbank/error.h"
#include "lessenbank/index.h"
#include "lessenbank/search.h"

namespace fs = std::filesystem;

namespace {

std::unique_ptr<lessenbank::Searcher> searcher;

void build_index() {
  const fs::path dir = fs::temp_directory_path() / ("lessenbank-fuzz-query-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "corpus");
  fs::copy(fs::path(LESSENBANK_FIXTURES) / "basic", dir / "corpus", fs::copy_options::recursive);
  fs::copy_file(fs::path(LESSENBANK_CORPUS) / "thesaurus.xml", dir / "corpus/thesaurus.xml");
  lessenbank::IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  o.threads = 1;
  lessenbank::Indexer(o).update();
  searcher = std::make_unique<lessenbank::Searcher>(o.index_dir);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  build_index();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  lessenbank::SearchRequest r;
  r.query = input;
  r.limit = 5;
  try {
    (void)searcher->search(r);
  } catch (const lessenbank::QueryError&) {
    // a query the user typed wrong: the expected answer
  }
  try {
    (void)searcher->suggest(input, 5);
  } catch (const lessenbank::QueryError&) {
  }
  return 0;
}
