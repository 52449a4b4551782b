#include <catch2/catch.hpp>

#include "lessenbank/parser.h"

using namespace lessenbank;

namespace {

const std::string kGood =
    "---\n"
    "id: les-een\n"
    "titel: \"Een les\"\n"
    "type: les\n"
    "themas: [participatie, dso]\n"
    "samenvatting: Korte samenvatting.\n"
    "bron:\n  document: bron-x\n  sectie: \"2\"\n  pagina: 7\n"
    "organisaties: [Gemeente Borne]\n"
    "domein: fysiek\n"
    "jaar: 2018\n"
    "gerelateerd: [les-twee]\n"
    "---\n"
    "# Kop\n\nTekst met een [link](id:les-drie) en *nadruk*.\n\n## Tweede kop\n\n- punt een\n- punt twee\n";

bool has_error(const ParseResult& r, int line, const std::string& fragment) {
  for (const auto& d : r.diagnostics) {
    if (d.is_error() && d.line == line && d.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a complete entry parses into metadata, sections, html and links", "[parser]") {
  const ParseResult r = parse_document(kGood, "map/les-een.md");
  REQUIRE(r.ok());
  const Document& d = *r.document;
  CHECK(d.path == "map/les-een.md");
  CHECK(d.meta.id == "les-een");
  CHECK(d.meta.title == "Een les");
  CHECK(d.meta.type == "les");
  CHECK(d.meta.themes == std::vector<std::string>{"participatie", "dso"});
  CHECK(d.meta.source.document == "bron-x");
  CHECK(d.meta.source.page == "7");
  CHECK(d.meta.organisations == std::vector<std::string>{"Gemeente Borne"});
  CHECK(d.meta.year == 2018);
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[0].heading == "Kop");
  CHECK(d.sections[0].level == 1);
  CHECK(d.sections[0].text == "Tekst met een link en nadruk.");
  CHECK(d.sections[1].heading == "Tweede kop");
  CHECK(d.sections[1].text == "punt een\npunt twee");
  REQUIRE(d.links.size() == 1);
  CHECK(d.links[0].target == "les-drie");
  CHECK(d.links[0].line == 18);
  CHECK(d.html.find("<a href=\"/doc/les-drie\">link</a>") != std::string::npos);
  CHECK(d.html.find("<h2>Kop</h2>") != std::string::npos);  // the page title is the only <h1>
  CHECK(d.outgoing_links() == std::vector<std::string>{"les-twee", "les-drie"});
  CHECK(d.field_lines.at("jaar") == 13);
}

TEST_CASE("a UTF-8 byte-order mark and CRLF line ends are accepted", "[parser]") {
  std::string crlf;
  for (char c : kGood) {
    if (c == '\n') crlf += "\r\n";
    else crlf += c;
  }
  const ParseResult r = parse_document("\xEF\xBB\xBF" + crlf, "x.md");
  REQUIRE(r.ok());
  CHECK(r.document->meta.title == "Een les");
  CHECK(r.document->sections[0].heading == "Kop");
}

TEST_CASE("GitHub tables render as HTML tables and their cells are indexed", "[parser]") {
  const ParseResult r = parse_document(
      "---\nid: t\ntitel: T\ntype: bevinding\n---\n| a | b |\n|---|---:|\n| eens | 64% |\n", "t.md");
  REQUIRE(r.ok());
  CHECK(r.document->html.find("<table>") != std::string::npos);
  CHECK(r.document->plain_text().find("64%") != std::string::npos);
}

TEST_CASE("raw HTML in the body is not passed through", "[parser][security]") {
  const ParseResult r = parse_document("---\nid: t\ntitel: T\ntype: les\n---\n<script>alert(1)</script>\n\nTekst\n", "t.md");
  REQUIRE(r.ok());
  CHECK(r.document->html.find("<script>") == std::string::npos);
}

TEST_CASE("bad input is reported with file, line and reason", "[parser]") {
  SECTION("empty file") {
    const ParseResult r = parse_document("  \n\n", "leeg.md");
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].to_string() == "leeg.md: leeg bestand");
  }
  SECTION("binary file") {
    const ParseResult r = parse_document(std::string("---\nid: a\n\0\x01", 13), "bin.md");
    CHECK_FALSE(r.ok());
    CHECK(has_error(r, 3, "binair"));
  }
  SECTION("invalid UTF-8 (Latin-1) names the line") {
    const ParseResult r = parse_document("---\nid: a\ntitel: caf\xE9\ntype: les\n---\n", "latin1.md");
    CHECK_FALSE(r.ok());
    CHECK(has_error(r, 3, "ongeldige UTF-8"));
  }
  SECTION("no front matter") {
    const ParseResult r = parse_document("# Alleen tekst\n", "geen.md");
    CHECK_FALSE(r.ok());
    CHECK(has_error(r, 1, "geen kopgegevens"));
  }
  SECTION("unclosed front matter") {
    const ParseResult r = parse_document("---\nid: a\ntitel: b\n", "open.md");
    CHECK_FALSE(r.ok());
    CHECK(has_error(r, 1, "niet afgesloten"));
  }
  SECTION("bad YAML names the file line") {
    const ParseResult r = parse_document("---\nid: a\ntitel: [niet dicht\ntype: les\n---\n", "yaml.md");
    CHECK_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics[0].message.find("YAML-fout") != std::string::npos);
    CHECK(r.diagnostics[0].line >= 3);
  }
  SECTION("missing required field") {
    const ParseResult r = parse_document("---\nid: a\ntype: les\n---\ntekst\n", "titel.md");
    CHECK_FALSE(r.ok());
    CHECK(has_error(r, 2, "verplicht veld 'titel'"));
  }
  SECTION("unknown type, theme and domain, and an implausible year") {
    const ParseResult r = parse_document(
        "---\nid: a\ntitel: b\ntype: roman\nthemas: [dso, sport]\ndomein: lucht\njaar: 1066\n---\n", "x.md");
    CHECK_FALSE(r.ok());
    CHECK(has_error(r, 4, "onbekend type 'roman'"));
    CHECK(has_error(r, 5, "onbekend thema 'sport'"));
    CHECK(has_error(r, 6, "onbekend domein 'lucht'"));
    CHECK(has_error(r, 7, "valt buiten 1990"));
  }
  SECTION("an id with capitals or spaces") {
    const ParseResult r = parse_document("---\nid: Mijn Les\ntitel: b\ntype: les\n---\n", "x.md");
    CHECK(has_error(r, 2, "kleine letters"));
  }
  SECTION("a year that is no number") {
    const ParseResult r = parse_document("---\nid: a\ntitel: b\ntype: les\njaar: vorig jaar\n---\n", "x.md");
    CHECK(has_error(r, 5, "jaartal"));
  }
}

TEST_CASE("a single theme written without brackets is a list of one", "[parser]") {
  const ParseResult r = parse_document("---\nid: a\ntitel: b\ntype: les\nthemas: dso\n---\nx\n", "x.md");
  REQUIRE(r.ok());
  CHECK(r.document->meta.themes == std::vector<std::string>{"dso"});
}

TEST_CASE("an unknown field is a warning, not an error", "[parser]") {
  const ParseResult r = parse_document("---\nid: a\ntitel: b\ntype: les\nthema: dso\n---\nx\n", "x.md");
  REQUIRE(r.ok());
  bool warned = false;
  for (const auto& d : r.diagnostics) warned |= !d.is_error() && d.message.find("'thema'") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("regression: a body that starts at ## still renders its top headings as <h2>", "[parser]") {
  // Found by axe on an entry saved from the web editor: <h1> title, then <h3>.
  const auto r = parse_document("---\nid: les-kop\ntitel: Kop\ntype: les\n---\n## Aanpak\n\nTekst.\n\n### Stap\n\nMeer.\n", "les-kop.md");
  REQUIRE(r.document);
  CHECK(r.document->html.find("<h2>Aanpak</h2>") != std::string::npos);
  CHECK(r.document->html.find("<h3>Stap</h3>") != std::string::npos);
  CHECK(r.document->sections.at(0).level == 2);  // the sections keep the levels as written
}
