// Issue 11 item 11: saving an entry unchanged in the web editor keeps the file
// byte for byte - for every entry of the bundled corpus - and a changed field
// leaves every field the form does not show as it was.
#include <catch2/catch.hpp>

#include "editor_fixture.h"
#include "form_scraper.h"
#include "lessenbank/corpus.h"
#include "lessenbank/parser.h"
#include "lessenbank/plugin_host.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

// GET the edit form, submit what a browser would (with `change` applied), return the status.
int save_through_form(HttpClient& c, const std::string& id, const std::pair<std::string, std::string>& change = {}) {
  const auto page = c.get("/redactie/bewerken/" + id);
  if (page.status != 200) return page.status;
  FormFields fields = scrape_form(page.body, "/redactie/opslaan");
  for (auto& [k, v] : fields) {
    if (k == change.first) v = change.second;
  }
  fields.emplace_back("actie", "opslaan");
  return c.post("/redactie/opslaan", fields).status;
}

}  // namespace

TEST_CASE("editor round trip: every entry of the bundled corpus saved unchanged stays byte for byte the same",
          "[editor][roundtrip]") {
  PluginHost plugins;
  plugins.load_folder(LESSENBANK_PLUGIN_DIR);
  EditorFixture f(LESSENBANK_CORPUS, &plugins);
  HttpClient c = f.signed_in();
  std::size_t checked = 0;
  for (const auto& file : scan_corpus(f.dir / "corpus")) {
    const fs::path path = f.dir / "corpus" / file.rel_path;
    const std::string before = read_file(path);
    const ParseResult parsed = parse_document(before, file.rel_path, f.index.parse);
    if (!parsed.document) continue;  // not an entry the editor can open
    INFO(file.rel_path);
    CHECK(save_through_form(c, parsed.document->meta.id) == 303);
    CHECK(read_file(path) == before);
    ++checked;
  }
  CHECK(checked >= 150);
}

TEST_CASE("editor round trip: changing the title of a bron entry keeps auteurs, uitgever, opdrachtgever and "
          "unknown fields byte for byte", "[editor][roundtrip]") {
  EditorFixture f;
  const std::string original =
      "---\n"
      "id: bron-rond\n"
      "titel: \"Een bron\"\n"
      "type: bron\n"
      "# een opmerking van de redactie\n"
      "auteurs:\n"
      "  - 'B. Schrijver'\n"
      "  - C. de Auteur\n"
      "uitgever:   Uitgeverij   Rond\n"
      "opdrachtgever: \"Ministerie van BZK\"\n"
      "samenvatting: Een bron voor de rondgang.\n"
      "doelgroep: [gemeente, ketenpartners]   # later toegevoegd veld\n"
      "peildatum: 2024-03-01\n"
      "nog-later: onbekend veld\n"
      "jaar: 2022\n"
      "---\n\n\n"
      "De tekst van de bron.\n";
  write_file(f.dir / "corpus/bron-rond.md", original);
  Indexer(f.index).update();
  HttpClient c = f.signed_in();
  REQUIRE(save_through_form(c, "bron-rond") == 303);
  CHECK(read_file(f.dir / "corpus/bron-rond.md") == original);
  REQUIRE(save_through_form(c, "bron-rond", {"titel", "Een andere titel"}) == 303);
  std::string expected = original;
  expected.replace(expected.find("titel: \"Een bron\"\n"), 18, "titel: Een andere titel\n");
  CHECK(read_file(f.dir / "corpus/bron-rond.md") == expected);
  REQUIRE(save_through_form(c, "bron-rond", {"tekst", "Nieuwe tekst."}) == 303);
  const std::string after = read_file(f.dir / "corpus/bron-rond.md");
  CHECK(after.find("auteurs:\n  - 'B. Schrijver'\n  - C. de Auteur\nuitgever:   Uitgeverij   Rond\n") != std::string::npos);
  CHECK(after.find("doelgroep: [gemeente, ketenpartners]   # later toegevoegd veld\npeildatum: 2024-03-01\nnog-later: onbekend veld\n") != std::string::npos);
  CHECK(after.substr(after.size() - 19) == "---\n\nNieuwe tekst.\n");
}
