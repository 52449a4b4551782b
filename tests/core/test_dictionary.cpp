#include <catch2/catch.hpp>

#include "dictionary.h"
#include "lessenbank/index.h"

using namespace lessenbank;

// Regression test for the sanitizer job's one suppression (tests/sanitize/asan.supp):
// Debian's libhunspell 1.7.1 reads one byte before its copy of the word in
// AffixMgr::cpdpat_check() for Dutch compounds. This puts that path in core_tests,
// so the ASan run meets it even without the external test data, and shows that the
// lemmas of such compounds are still right.
TEST_CASE("hunspell cpdpat_check read before the word: Dutch compound plurals still get their lemma", "[index][dictionary]") {
  const auto dictionary = Dictionary::load(IndexOptions{}.dictionary);
  CHECK(dictionary->lemma("asielstatushouders", {}) == "asielstatushouder");
  CHECK(dictionary->lemma("omgevingsplannen", {}) == "omgevingsplan");
}
