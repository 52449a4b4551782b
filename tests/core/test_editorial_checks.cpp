// The corpus-format additions of round 2: doelgroep, peildatum, paginas, the
// "Wat betekent dit voor de gemeente?" section and the canonical organisation list.
#include <catch2/catch.hpp>

#include "lessenbank/corpus.h"
#include "lessenbank/organisations.h"
#include "lessenbank/parser.h"
#include "lessenbank/vocabulary.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

bool reports(const CheckReport& r, const std::string& path, const std::string& fragment, bool error) {
  for (const auto& d : r.diagnostics) {
    if (d.path == path && d.is_error() == error && d.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

std::string entry(const std::string& id, const std::string& extra, const std::string& body) {
  return "---\nid: " + id + "\ntitel: \"" + id + "\"\ntype: les\nthemas: [participatie]\n"
         "samenvatting: s\nbron:\n  document: bron-test\n  sectie: \"1\"\ndomein: fysiek\njaar: 2018\n"
         "gerelateerd: [les-participatie]\n" + extra + "---\n\n" + body;
}

const char* kOrganisations =
    "<organisaties>\n"
    "  <organisatie naam=\"Vereniging van Nederlandse Gemeenten\"><alias>VNG</alias></organisatie>\n"
    "  <organisatie naam=\"Gemeente Borne\"/>\n"
    "</organisaties>\n";

}  // namespace

TEST_CASE("doelgroep, peildatum and paginas are read and validated", "[format]") {
  ParseResult ok = parse_document(entry("a", "doelgroep: [gemeente, omgevingsdienst]\npeildatum: \"2021-06-09\"\n", "x\n"), "a.md");
  REQUIRE(ok.document);
  CHECK(ok.document->meta.audience == std::vector<std::string>{"gemeente", "omgevingsdienst"});
  CHECK(ok.document->meta.reference_date == "2021-06-09");

  ParseResult bad_audience = parse_document(entry("b", "doelgroep: [burgemeester]\n", "x\n"), "b.md");
  CHECK_FALSE(bad_audience.document);
  REQUIRE_FALSE(bad_audience.diagnostics.empty());
  CHECK(bad_audience.diagnostics[0].message.find("onbekende doelgroep 'burgemeester'") != std::string::npos);
  CHECK(bad_audience.diagnostics[0].line == 13);

  CHECK_FALSE(parse_document(entry("c", "peildatum: \"2021-02-30\"\n", "x\n"), "c.md").document);
  CHECK_FALSE(parse_document(entry("d", "peildatum: juni 2021\n", "x\n"), "d.md").document);
  CHECK_FALSE(parse_document(entry("e", "paginas: ja\n", "x\n"), "e.md").document);  // only on a bron
}

TEST_CASE("jaar accepts 1990 up to next year only", "[format]") {
  const auto with_year = [](int year) {
    std::string text = entry("a", "", "x\n");
    return parse_document(text.replace(text.find("2018"), 4, std::to_string(year)), "a.md");
  };
  CHECK(with_year(latest_year()).document);
  CHECK(with_year(1990).document);
  CHECK_FALSE(with_year(2099).document);
  CHECK_FALSE(with_year(1989).document);
  CHECK(with_year(2099).diagnostics.at(0).message.find("valt buiten 1990") != std::string::npos);
}

TEST_CASE("mentions matches whole words, ignoring case and diacritics", "[format]") {
  CHECK(mentions("De gemeente Súdwest-Fryslân koos ...", "Sudwest-Fryslan"));
  CHECK(mentions("Met de VNG.", "VNG"));
  CHECK_FALSE(mentions("De VNGO is iets anders", "VNG"));
  CHECK_FALSE(mentions("Bornerbroek", "Borne"));
}

TEST_CASE("check warns about doelgroep, the meaning section, pages and organisations", "[format][corpus]") {
  TempDir dir;
  copy_fixture("basic", dir.path());
  write_file(dir / "organisaties.xml", kOrganisations);
  // The source has page numbers from now on.
  std::string bron = read_file(dir / "bron-test.md");
  bron.replace(bron.find("domein:"), 0, "paginas: ja\n");
  write_file(dir / "bron-test.md", bron);
  write_file(dir / "goed.md", entry("goed", "doelgroep: [gemeente]\norganisaties: [Gemeente Borne]\n",
                                    "In Borne ...\n\n## Wat betekent dit voor de gemeente?\n\nBegin vroeg.\n"));
  write_file(dir / "kaal.md", entry("kaal", "organisaties: [VNG, Gemeente Borne, Onbekend Bureau]\n", "Tekst.\n"));
  const CheckReport r = check_corpus(dir.path());
  CHECK(reports(r, "kaal.md", "geen doelgroep", false));
  CHECK(reports(r, "kaal.md", "Wat betekent dit voor de gemeente?", false));
  CHECK(reports(r, "kaal.md", "heeft paginanummers", false));
  CHECK(reports(r, "kaal.md", "schrijf organisatie 'Vereniging van Nederlandse Gemeenten' in plaats van 'VNG'", false));
  CHECK(reports(r, "kaal.md", "'Onbekend Bureau' staat niet in organisaties.xml", false));
  CHECK(reports(r, "kaal.md", "'Gemeente Borne' wordt in het item nergens genoemd", false));
  CHECK_FALSE(reports(r, "goed.md", "doelgroep", false));
  CHECK_FALSE(reports(r, "goed.md", "Wat betekent", false));
  CHECK_FALSE(reports(r, "goed.md", "organisatie", false));
  CHECK(reports(r, "goed.md", "heeft paginanummers", false));  // no pagina in its bron
  CHECK(r.errors() == 0);
}

TEST_CASE("a malformed organisaties.xml is an error with its line", "[format][corpus]") {
  TempDir dir;
  copy_fixture("basic", dir.path());
  write_file(dir / "organisaties.xml", "<organisaties>\n  <organisatie naam=\"A\">\n</organisaties>\n");
  const CheckReport r = check_corpus(dir.path());
  bool found = false;
  for (const auto& d : r.diagnostics) {
    if (d.path == "organisaties.xml" && d.is_error() && d.line == 3) found = true;
  }
  CHECK(found);
}
