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

// hunspell's Dutch stems include the first part of a compound and verbs without
// their separable prefix; as lemmas they made "dienstverlening" find every entry
// about a "dienst" and "aanvragen" every entry with "vragen".
TEST_CASE("a compound's first part or a verb without its prefix is never taken as the lemma", "[index][dictionary]") {
  const auto dictionary = Dictionary::load(IndexOptions{}.dictionary);
  // What hunspell 1.7.1 with Debian's hunspell-nl returns first for these words.
  const std::pair<const char*, const char*> wrong[] = {
      {"dienstverlening", "dienst"}, {"cliëntenraden", "cliënten"}, {"aanvragen", "vragen"},
      {"voorkomen", "komen"},        {"afspraken", "spraken"},      {"doelformulering", "doel"},
      {"overnemen", "nemen"},        {"asielstatushouder", "asielstatus"}};
  for (const auto& [word, part] : wrong) {
    INFO(word);
    CHECK(dictionary->lemma(word, {}) != part);
  }
  // Inflections keep their lemma.
  CHECK(dictionary->lemma("analyses", {}) == "analyse");
  CHECK(dictionary->lemma("gemeenten", {}) == "gemeente");
  CHECK(dictionary->lemma("integrale", {}) == "integraal");
  CHECK(dictionary->lemma("overeenkomsten", {}) == "overeenkomst");
}
