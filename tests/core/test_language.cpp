// How search understands Dutch: thesaurus, compounds, diacritics, spelling,
// questions, type words and related entries.
#include <catch2/catch.hpp>

#include <set>

#include "compounds.h"
#include "lessenbank/index.h"
#include "lessenbank/parser.h"
#include "lessenbank/search.h"
#include "lessenbank/thesaurus.h"
#include "temp_dir.h"
#include "term_builder.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

struct Corpus {
  TempDir dir;
  IndexOptions o;
  Corpus() {
    copy_fixture("basic", dir / "corpus");
    write_file(dir / "corpus/keten.md",
               "---\nid: keten\ntitel: Ketensamenwerking in de VTH\ntype: les\n---\n"
               "De omgevingsdiensten en de ketensamenwerking met de provincie.\n");
    write_file(dir / "corpus/samen.md",
               "---\nid: samen\ntitel: Samenwerking tussen gemeenten\ntype: casus\n---\n"
               "Samenwerking met buurgemeenten vraagt tijd.\n");
    write_file(dir / "corpus/fries.md",
               "---\nid: fries\ntitel: Súdwest-Fryslân werkt samen\ntype: casus\n---\n"
               "De geënquêteerde medewerkers in Súdwest-Fryslân waren positief.\n");
    write_file(dir / "corpus/thesaurus.xml",
               "<thesaurus>\n<groep><term>RUD</term><term>omgevingsdienst</term><term>omgevingsdiensten</term></groep>\n"
               "<groep><term>DSO</term><term>Digitaal Stelsel Omgevingswet</term></groep>\n</thesaurus>\n");
    o.corpus_dir = dir / "corpus";
    o.index_dir = dir / "index";
    REQUIRE_FALSE(Indexer(o).update().has_errors());
  }
  SearchResult search(const std::string& q) {
    Searcher s(o.index_dir);
    SearchRequest r;
    r.query = q;
    return s.search(r);
  }
  std::vector<std::string> ids(const std::string& q) {
    std::vector<std::string> out;
    for (const auto& h : search(q).hits) out.push_back(h.id);
    return out;
  }
};

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("thesaurus: an abbreviation finds the full term and back", "[language]") {
  Corpus c;
  CHECK(has(c.ids("RUD"), "keten"));
  CHECK(has(c.ids("DSO"), "casus-dso-aansluiten"));
  CHECK(has(c.ids("Digitaal Stelsel Omgevingswet"), "casus-dso-aansluiten"));
}

TEST_CASE("thesaurus: expansion respects quotes, fields and longest match", "[language]") {
  Thesaurus t;
  t.groups = {{"GR", "gemeenschappelijke regeling"}, {"DSO", "Digitaal Stelsel Omgevingswet", "Digitaal Stelsel"}};
  CHECK(t.expand("GR kosten") == "(GR OR \"gemeenschappelijke regeling\") kosten");
  CHECK(t.expand("digitaal stelsel omgevingswet") ==
        "(DSO OR \"Digitaal Stelsel Omgevingswet\" OR \"Digitaal Stelsel\")");
  CHECK(t.expand("\"GR kosten\"") == "\"GR kosten\"");
  CHECK(t.expand("type:gr") == "type:gr");
  CHECK(t.expand("gr?") == "(GR OR \"gemeenschappelijke regeling\")");
  CHECK(Thesaurus::parse(t.serialize()).groups == t.groups);
}

TEST_CASE("thesaurus: a malformed file is reported with its line", "[language]") {
  TempDir dir;
  write_file(dir / "t.xml", "<thesaurus>\n<groep><term>a</term>\n<term>b</term></groep>\n<groep><term>c</term></groep>\n</thesaurus>\n");
  const auto r = load_thesaurus(dir / "t.xml", "thesaurus.xml");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].line == 4);
  CHECK(r.thesaurus.groups.size() == 1);
  write_file(dir / "t.xml", "<thesaurus>\n<groep>\n</thesaurus>\n");
  const auto bad = load_thesaurus(dir / "t.xml", "thesaurus.xml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.diagnostics[0].to_string().rfind("thesaurus.xml:3: XML-fout", 0) == 0);
}

TEST_CASE("compounds: a part finds the compound, and the exact word ranks first", "[language]") {
  Corpus c;
  const auto ids = c.ids("samenwerking");
  REQUIRE(has(ids, "keten"));  // via ketensamenwerking
  REQUIRE(has(ids, "samen"));
  CHECK(std::find(ids.begin(), ids.end(), "samen") < std::find(ids.begin(), ids.end(), "keten"));
  CHECK(has(c.ids("dienst omgeving"), "keten"));  // omgevingsdiensten
}

TEST_CASE("diacritics: a query without accents finds the accented text, shown as written", "[language]") {
  Corpus c;
  const auto r = c.search("Sudwest Fryslan");
  REQUIRE_FALSE(r.hits.empty());
  CHECK(r.hits[0].id == "fries");
  CHECK(r.hits[0].title == "Súdwest-Fryslân werkt samen");
  CHECK(r.suggestion.empty());  // accents alone are no spelling correction
  CHECK(c.ids("geenqueteerde") == std::vector<std::string>{"fries"});
  CHECK(fold_diacritics("Geënquêteerde SÚDWEST") == "geenqueteerde sudwest");
}

TEST_CASE("spelling: a misspelt query is corrected and its results shown", "[language]") {
  Corpus c;
  const auto r = c.search("participatiemoehied");
  CHECK(r.corrected);
  CHECK(r.suggestion == "participatiemoeheid");
  REQUIRE_FALSE(r.hits.empty());
  CHECK(r.hits[0].id == "les-participatie");
  CHECK_FALSE(c.search("participatiemoeheid").corrected);
}

TEST_CASE("a question in plain Dutch needs no syntax", "[language]") {
  Corpus c;
  const auto ids = c.ids("hoe voorkom je participatiemoeheid bij inwoners?");
  REQUIRE_FALSE(ids.empty());
  CHECK(ids[0] == "les-participatie");
}

TEST_CASE("a type word in the query boosts that type instead of requiring the word", "[language]") {
  Corpus c;
  const auto ids = c.ids("casus samenwerking");
  REQUIRE_FALSE(ids.empty());
  CHECK(ids[0] == "samen");  // the casus, though the word "casus" is not in it
}

TEST_CASE("more like this: related entries by content, never the entry itself", "[language]") {
  Corpus c;
  Searcher s(c.o.index_dir);
  const auto like = s.more_like_this("samen", 3);
  REQUIRE_FALSE(like.empty());
  for (const auto& h : like) CHECK(h.id != "samen");
  CHECK(like[0].id == "keten");
  CHECK(s.more_like_this("bestaat-niet").empty());
}

// The indexer and the query side cut compounds by one rule (compounds.h);
// these pin what both depend on.
TEST_CASE("split_compound: linkers, minimum part length, longest shortest part, part limit", "[language]") {
  const std::set<std::string, std::less<>> known = {"omgeving", "omgevings", "dienst", "diensten",
                                                    "stelsel", "keten", "samenwerking", "wet", "plan"};
  const auto in = [&](std::string_view p) { return known.count(p) > 0; };
  using V = std::vector<std::string>;
  // -s- as linker: "omgeving" + s + "dienst".
  CHECK(split_compound("omgevingsdienst", in, in, 2) == V{"omgeving", "dienst"});
  // Directly joined, two parts.
  CHECK(split_compound("ketensamenwerking", in, in, 2) == V{"keten", "samenwerking"});
  // Three parts only when allowed.
  CHECK(split_compound("omgevingsdienstenstelsel", in, in, 2).empty());
  CHECK(split_compound("omgevingsdienstenstelsel", in, in, 3) == V{"omgeving", "diensten", "stelsel"});
  // A part shorter than kMinCompoundPart is never cut off ("wet", "plan" + too short word).
  CHECK(split_compound("omgevingswet", in, in, 2).empty());
  CHECK(split_compound("omgevingsplan", in, in, 2) == V{"omgeving", "plan"});
  // Words shorter than kMinCompoundWord are not cut.
  CHECK(split_compound("ketenplan", in, in, 2) == V{"keten", "plan"});
  CHECK(split_compound("ketenwet", in, in, 2).empty());
  // The last part has its own test (the indexer accepts an inflected last part there).
  const auto last_only_plan = [](std::string_view p) { return p == "plan"; };
  CHECK(split_compound("omgevingsdienst", in, last_only_plan, 2).empty());
  CHECK(split_compound("omgevingsplan", in, last_only_plan, 2) == V{"omgeving", "plan"});
}

// A build works out each word's compound parts and lemma stem once per run
// (Lexicon::word_forms) instead of once per entry that holds the word. An
// entry must get the same terms, with the same wdf, either way, and the
// remembered forms must be the ones used.
TEST_CASE("word forms remembered for a run give an entry the terms it gets when they are worked out per entry",
          "[language]") {
  Lexicon lexicon;
  for (const char* w : {"omgeving", "dienst", "diensten", "keten", "samenwerking", "stelsel", "analyse", "inwoners",
                        "omgevingsdienst", "ketensamenwerking", "omgevingsdienstenstelsel", "impactanalyses",
                        "betrokken", "betrekken", "impact"}) {
    lexicon.words.insert(w);
  }
  const Xapian::Stem stem("dutch");
  for (const auto& w : lexicon.words) lexicon.stems.insert(stem(w));
  lexicon.lemmas.emplace("betrokken", "betrekken");
  const ParseResult r = parse_document(
      "---\nid: a\ntitel: Ketensamenwerking in de regio\ntype: les\n---\n"
      "De omgevingsdienst en het omgevingsdienstenstelsel vragen impactanalyses van betrokken inwoners.\n",
      "a.md");
  REQUIRE(r.document);
  const auto terms = [](const Xapian::Document& d) {
    std::map<std::string, Xapian::termcount> out;
    for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) out[*t] = t.get_wdf();
    return out;
  };
  const auto worked_out_per_entry = terms(TermBuilder("dutch").build(*r.document, &lexicon));
  CHECK(worked_out_per_entry.count("stelsel"));
  CHECK(worked_out_per_entry.count("Z" + stem("samenwerking")));
  CHECK(worked_out_per_entry.count("Z" + stem("betrekken")));

  remember_word_forms(lexicon, stem);
  const auto joined = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& t : v) out.append(t).push_back('\0');
    return out;
  };
  // Only words long enough to be cut, and only those that add terms, are kept.
  CHECK(lexicon.forms_of_all_words);
  CHECK(lexicon.word_forms.count("omgevingsdienstenstelsel"));
  CHECK_FALSE(lexicon.word_forms.count("inwoners"));
  CHECK_FALSE(lexicon.word_forms.count("samenwerking"));
  CHECK(lexicon.word_forms.at("betrokken") == joined({"Z" + stem("betrekken")}));
  CHECK(lexicon.word_forms.at("ketensamenwerking") == joined(word_form_terms("ketensamenwerking", lexicon, stem)));
  CHECK(terms(TermBuilder("dutch").build(*r.document, &lexicon)) == worked_out_per_entry);

  lexicon.word_forms["ketensamenwerking"] = joined({"Xremembered", "Xtoo"});
  const auto with_sentinel = terms(TermBuilder("dutch").build(*r.document, &lexicon));
  CHECK(with_sentinel.count("Xremembered"));
  CHECK(with_sentinel.count("Xtoo"));
}
