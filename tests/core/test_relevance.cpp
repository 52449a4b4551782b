// Relevance behaviour of issue 12: matching strategy, corrections, phrases,
// the Dutch dictionary, snippets, suggestions and related entries.
#include <catch2/catch.hpp>

#include <algorithm>

#include "clean_text.h"
#include "matching.h"
#include "correction.h"
#include "lessenbank/error.h"
#include "lessenbank/index.h"
#include "lessenbank/json.h"
#include "lessenbank/search.h"
#include "query_builder.h"
#include "query_repair.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

// A small corpus written by the test, indexed with `o`'s switches.
class Corpus {
 public:
  void add(const std::string& id, const std::string& title, const std::string& body, const std::string& type = "les") {
    write_file(dir_ / ("corpus/" + id + ".md"),
               "---\nid: " + id + "\ntitel: \"" + title + "\"\ntype: " + type + "\n---\n" + body + "\n");
  }
  // Entries on other subjects, so that the test's words are rare, as in a real corpus.
  void others(int n) {
    for (int i = 0; i < n; ++i) {
      add("ander-" + std::to_string(i), "Ander onderwerp " + std::to_string(i),
          "Over digitale dienstverlening, archieven en het stelsel van informatievoorziening.", "notitie");
    }
  }
  void thesaurus(const std::string& xml) { write_file(dir_ / "corpus/thesaurus.xml", xml); }
  Searcher& index(IndexOptions o = {}) {
    o.corpus_dir = dir_ / "corpus";
    o.index_dir = dir_ / "index";
    const IndexReport report = Indexer(o).update();
    REQUIRE_FALSE(report.has_errors());
    searcher_ = std::make_unique<Searcher>(o.index_dir);
    return *searcher_;
  }
  std::filesystem::path index_dir() const { return dir_ / "index"; }
  SearchResult search(const std::string& q, bool exact = false) {
    SearchRequest r;
    r.query = q;
    r.exact = exact;
    return searcher_->search(r);
  }

 private:
  TempDir dir_;
  std::unique_ptr<Searcher> searcher_;
};

std::vector<std::string> ids(const SearchResult& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.id);
  return out;
}

bool nothing_known(const std::string&) { return false; }

}  // namespace

TEST_CASE("every word first then most words - each hit says which words it lacks", "[search][relevance]") {
  Corpus c;
  c.add("beide", "Samen werken", "De participatie en de omgevingsdienst in een regio.");
  for (int i = 0; i < 3; ++i) {
    c.add("part" + std::to_string(i), "Participatie " + std::to_string(i), "Participatie, participatie en nog eens participatie.");
  }
  c.add("dienst", "De omgevingsdienst", "Omgevingsdienst en omgevingsdienst.");
  c.index();
  const SearchResult r = c.search("participatie omgevingsdienst");
  REQUIRE(r.hits.size() == 5);  // not only the one entry with both words
  CHECK(r.hits[0].id == "beide");
  CHECK(r.hits[0].missing.empty());
  CHECK(r.total_all_words == 1);
  for (std::size_t i = 1; i < r.hits.size(); ++i) CHECK(r.hits[i].missing.size() == 1);
  const SearchResult none = c.search("participatie xyzzyq");
  CHECK(none.not_found == std::vector<std::string>{"xyzzyq"});
  CHECK(none.hits.size() == 4);
  CHECK(to_json(none).find("\"not_found\":[\"xyzzyq\"]") != std::string::npos);
}

TEST_CASE("regression: a quoted phrase keeps its type words and stopwords", "[search][relevance]") {
  // "zeven lessen van" occurs word for word, but "lessen" was taken out as a type word.
  Corpus c;
  c.add("zeven", "Overzicht", "Dit zijn de zeven lessen van de gemeentesecretaris.");
  c.add("andere", "Lessen", "Lessen over van alles, zeven keer.");
  c.index();
  CHECK(ids(c.search("\"zeven lessen van\"")) == std::vector<std::string>{"zeven"});
}

TEST_CASE("regression: a query that starts or ends with a bare operator is searched, not refused (OR akkoord fusie)",
          "[search][relevance][operators]") {
  // "OR akkoord fusie" failed with "de zoekvraag begint met OR"; users type these.
  Corpus c;
  c.add("fusie", "Ambtelijke fusie", "Het akkoord over de fusie van vier gemeenten.");
  c.add("akkoord", "Bestuursakkoord", "Een akkoord tussen rijk en gemeenten.");
  c.add("anders", "Iets anders", "Over participatie.");
  c.index();
  const auto plain = ids(c.search("akkoord fusie"));
  REQUIRE(plain.size() == 2);
  for (const std::string q : {"OR akkoord fusie", "akkoord fusie OR", "AND akkoord fusie", "akkoord fusie AND",
                              "akkoord fusie NOT", "EN akkoord fusie", "OF akkoord fusie", "akkoord fusie NIET",
                              "akkoord OR AND fusie", "akkoord fusie \"", "akkoord fusie -",
                              "+ akkoord fusie"}) {
    INFO(q);
    CHECK(ids(c.search(q)) == plain);
  }
  // A quote left open is closed at the end: a phrase.
  CHECK(ids(c.search("\"fusie van")) == std::vector<std::string>{"fusie"});
  // A query of nothing but an operator, a quote or a sign shows everything, as an empty query does.
  for (const std::string q : {"OR", "NOT", "EN", "\"", "-", "+", "AND OR"}) {
    INFO(q);
    CHECK(c.search(q).hits.size() == 3);
  }
  // The advanced syntax still works, NOT included.
  CHECK(ids(c.search("fusie NOT bestuursakkoord")) == std::vector<std::string>{"fusie"});
  CHECK(ids(c.search("NOT akkoord")) == std::vector<std::string>{"anders"});
  // Unbalanced parentheses are still named, in Dutch.
  CHECK_THROWS_WITH(c.search("fusie )"), Catch::Contains("zonder '('"));
}

TEST_CASE("regression: a thesaurus term of several words that no entry has counts its words one by one (stakeholder management)",
          "[search][relevance][thesaurus]") {
  // The group replaced both words, and with none of its forms in the corpus nothing was found.
  Corpus c;
  c.thesaurus("<thesaurus><groep><term>stakeholder management</term><term>omgevingsmanagement</term></groep>"
              "<groep><term>stakeholder</term><term>belanghebbende</term></groep></thesaurus>\n");
  c.add("beide", "Belanghebbenden", "Het management spreekt elke belanghebbende apart.");
  c.add("een", "Management", "Over het management van een dienst.");
  c.index();
  const SearchResult r = c.search("stakeholder management");
  REQUIRE_FALSE(r.hits.empty());
  CHECK(r.hits[0].id == "beide");  // both words, "stakeholder" through its own group
  CHECK(r.hits[0].missing.empty());
}

TEST_CASE("the form as typed ranks above a thesaurus alternative of it", "[search][relevance][thesaurus]") {
  Corpus c;
  c.thesaurus("<thesaurus><groep><term>early adopters</term><term>koplopers</term></groep></thesaurus>\n");
  // The alternative is in the title, which alone would rank it first.
  c.add("koplopers", "Koplopers in de digitalisering", "Koplopers in de digitalisering van gemeenten.");
  c.add("early", "Een verhaal", "De early adopters in de digitalisering van gemeenten.");
  c.index();
  CHECK(ids(c.search("early adopters digitalisering")) == std::vector<std::string>{"early", "koplopers"});
  CHECK(ids(c.search("koplopers digitalisering")) == std::vector<std::string>{"koplopers", "early"});
}

TEST_CASE("stray operators are dropped, operators between words and inside quotes are kept", "[operators]") {
  CHECK(without_stray_operators("OR akkoord fusie") == "akkoord fusie");
  CHECK(without_stray_operators("akkoord  fusie AND OR") == "akkoord fusie");
  CHECK(without_stray_operators("a AND OR b") == "a AND b");
  CHECK(without_stray_operators("a AND NOT b") == "a AND NOT b");
  CHECK(without_stray_operators("NOT b") == "NOT b");
  CHECK(without_stray_operators("NOT NOT b") == "NOT b");
  CHECK(without_stray_operators("\"a OR\" OR") == "\"a OR\"");
  CHECK(without_stray_operators("a \"b c") == "a \"b c\"");
  CHECK(without_stray_operators("a \"  ") == "a");
  CHECK(without_stray_operators("en of") == "en of");  // lower case: plain words
  CHECK(without_stray_operators("OR").empty());
}

TEST_CASE("regression: abbreviations and their plurals are never corrected (OD's became 3d's)", "[search][relevance]") {
  CHECK(is_abbreviation("OD's"));
  CHECK(is_abbreviation("ODs"));
  CHECK(is_abbreviation("RUD's"));
  CHECK(is_abbreviation("DSO-LV"));
  CHECK(is_abbreviation("B&W"));
  CHECK(is_abbreviation("3D's"));
  CHECK_FALSE(is_abbreviation("Borne"));
  CHECK_FALSE(is_abbreviation("ons"));
  const Thesaurus none;
  CHECK(acceptable_correction("OD's rol", "3d's rol", none, nothing_known).empty());
  CHECK(acceptable_correction("ODs", "ons", none, nothing_known).empty());
  CHECK(acceptable_correction("DSO-LV", "DSO-lnv", none, nothing_known).empty());

  Corpus c;
  c.thesaurus("<thesaurus><groep><term>OD</term><term>omgevingsdienst</term></groep></thesaurus>\n");
  for (int i = 0; i < 6; ++i) c.add("d" + std::to_string(i), "De 3D's " + std::to_string(i), "Over de 3D's en ons werk.");
  c.add("od", "De omgevingsdienst", "De omgevingsdienst voert taken uit.");
  c.index();
  for (const char* q : {"OD's", "ODs", "RUD's", "DSO-LV"}) {
    const SearchResult r = c.search(q);
    INFO(q);
    CHECK(r.suggestion.empty());
    CHECK_FALSE(r.corrected);
  }
  // The plural of a thesaurus term finds what the term finds.
  CHECK(ids(c.search("OD's")) == std::vector<std::string>{"od"});
}

TEST_CASE("no spelling search when no word of the query may be corrected", "[relevance][correction]") {
  // Xapian's spelling search costs more than the query itself (10k entries).
  const Thesaurus t = Thesaurus::parse("OD\tomgevingsdienst\n");
  REQUIRE(t.has_term("omgevingsdienst"));
  const auto known = [](const std::string& w) { return w == "rol" || w == "gemeente"; };
  CHECK_FALSE(has_correctable_word("rol gemeente", t, known));
  CHECK_FALSE(has_correctable_word("OD's rol", t, known));        // abbreviation
  CHECK_FALSE(has_correctable_word("omgevingsdienst rol", t, known));  // thesaurus term
  CHECK(has_correctable_word("gemeentte rol", t, known));
  // Whatever a correction would be, it keeps such a query as typed.
  CHECK(acceptable_correction("rol gemeente", "rol gemeenten", t, known).empty());
}

TEST_CASE("a correction changes only unknown words, close ones, and not a foreign phrase word by word", "[search][relevance]") {
  const Thesaurus none;
  CHECK(acceptable_correction("particpatie eindgebruiker", "participatie eindgebruiker", none, nothing_known) ==
        "participatie eindgebruiker");
  // A word the index knows stays as typed.
  const auto known = [](const std::string& w) { return w == "transities"; };
  CHECK(acceptable_correction("gedragsveranderign transities", "gedragsverandering transitie", none, known) ==
        "gedragsverandering transities");
  // Too far from what was typed.
  CHECK(acceptable_correction("Breda", "brede", none, known).size() == 5);  // one letter: close
  CHECK(acceptable_correction("Brda", "borne", none, nothing_known).empty());
  // Several unknown words: another language, not typos.
  CHECK(acceptable_correction("stakeholder managment aproach", "stakeholders management approach", none, nothing_known)
            .empty());
}

TEST_CASE("a clearly better correction replaces the query and the original is offered back", "[search][relevance]") {
  Corpus c;
  for (int i = 0; i < 6; ++i) {
    c.add("m" + std::to_string(i), "Moeheid " + std::to_string(i), "Participatiemoeheid bij inwoners.");
  }
  c.index();
  const SearchResult r = c.search("participatiemoehied");
  CHECK(r.corrected);
  CHECK(r.query == "participatiemoehied");
  CHECK(r.suggestion == "participatiemoeheid");
  CHECK(r.hits.size() == 6);
  CHECK(to_json(r).find("\"original_query\":\"participatiemoehied\"") != std::string::npos);
  const SearchResult exact = c.search("participatiemoehied", true);
  CHECK_FALSE(exact.corrected);
  CHECK(exact.suggestion.empty());
  CHECK(exact.hits.empty());
}

TEST_CASE("the Dutch dictionary joins lemmas the stemmer keeps apart - and can be switched off", "[search][relevance][dictionary]") {
  Corpus c;
  c.add("betrokken", "Inwoners", "Inwoners zijn nauw betrokken geweest bij het plan.");
  c.add("analyses", "Kosten", "Twee analyses van de kosten.");
  c.add("betrekken", "Betrekken", "Wie wil je betrekken?");
  c.index();
  auto has = [](const SearchResult& r, const std::string& id) {
    const auto found = ids(r);
    return std::find(found.begin(), found.end(), id) != found.end();
  };
  CHECK(has(c.search("betrekken"), "betrokken"));
  CHECK(has(c.search("betrokken"), "betrekken"));
  CHECK(has(c.search("analyse"), "analyses"));
  IndexOptions off;
  off.dictionary.clear();
  c.index(off);
  CHECK_FALSE(has(c.search("betrekken"), "betrokken"));
}

TEST_CASE("a missing dictionary is a clear Dutch error naming the package", "[index][dictionary]") {
  Corpus c;
  c.add("a", "A", "Tekst.");
  IndexOptions o;
  o.dictionary = "/geen/woordenboek/nl";
  try {
    c.index(o);
    FAIL("no error");
  } catch (const IndexError& e) {
    const std::string m = e.what();
    CHECK(m.find("woordenboek") != std::string::npos);
    CHECK(m.find("hunspell-nl") != std::string::npos);
  }
}

TEST_CASE("clean text drops headings and list marks and keeps sentence ends", "[snippet]") {
  const std::string t = clean_text("# Kop\n\nEerste zin\nloopt door.\n\n- punt een\n- punt *twee*:\n\n| a | b |\n|---|---|\n");
  CHECK(t == "Eerste zin loopt door.\npunt een.\npunt twee.\na   b.\n");
}

TEST_CASE("a snippet shows the passage with most query words and always a matched word", "[search][snippet]") {
  Corpus c;
  std::string filler;
  for (int i = 0; i < 80; ++i) filler += "Een zin zonder de gezochte woorden nummer " + std::to_string(i) + ".\n";
  c.add("lang", "Lang", "## Inleiding\n\n" + filler + "\n- Hier staat de omgevingsvisie met inwoners samen.\n");
  c.index();
  const SearchResult r = c.search("omgevingsvisie inwoners");
  REQUIRE(r.hits.size() == 1);
  const std::string& s = r.hits[0].snippet_html;
  CHECK(s.find("<mark>omgevingsvisie</mark>") != std::string::npos);
  CHECK(s.find("<mark>inwoners</mark>") != std::string::npos);
  CHECK(s.find("Inleiding") == std::string::npos);
  CHECK(s.find("- ") == std::string::npos);
}

TEST_CASE("suggestions match titles and key terms without accents and open the entry", "[search][suggest]") {
  Corpus c;
  c.add("sudwest", "Súdwest-Fryslân: de expeditie", "Tekst.", "casus");
  c.add("borne", "Borne", "Tekst over Súdwest.", "casus");
  c.index();
  Searcher& s = c.index();
  const auto found = s.suggest("Sudwest");
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "sudwest");
  CHECK(s.suggest("sudwest fry").size() == 1);
  CHECK(suggestions_to_json("Sudwest", found).find("\"url\":\"/doc/sudwest\"") != std::string::npos);
}

TEST_CASE("a source description ranks below a lesson on the same words",
          "[search][relevance]") {
  Corpus c;
  // The bron entry has the words more often, so by BM25 alone it would come first.
  c.add("rapport", "Rapport over invoeringsstrategie en gemeente",
        "Invoeringsstrategie gemeente. Invoeringsstrategie gemeente. Invoeringsstrategie gemeente.", "bron");
  c.add("les-strategie", "Kies een invoeringsstrategie", "Welke invoeringsstrategie past bij een gemeente?");
  c.index();
  const std::vector<std::string> found = ids(c.search("invoeringsstrategie gemeente"));
  REQUIRE(found.size() == 2);
  CHECK(found.front() == "les-strategie");
  CHECK(found.back() == "rapport");  // still found, only ranked lower
}

TEST_CASE("among entries with every word, the one where they stand together comes first (foutjes maken mag)",
          "[search][relevance][proximity]") {
  Corpus c;
  // Both have all three words; the scattered one has them more often, so by
  // BM25 alone it would come first.
  c.add("verspreid", "Leren van de simulatie",
        "Foutjes worden tijdens de hele simulatie door waarnemers zorgvuldig vastgelegd. Het team gaat daarna maken "
        "wat nodig is, en dat mag ook. Veel kleine foutjes zijn tijdens zo'n lange oefening gewoon te verwachten. "
        "Wie iets wil maken, mag ook iets proberen.");
  c.add("samen", "Ruimte voor initiatieven", "Geef ruimte en een kader. Foutjes maken mag! Zo groeit vertrouwen.");
  c.others(8);
  c.index();
  const std::vector<std::string> found = ids(c.search("foutjes maken mag"));
  REQUIRE(found.size() == 2);
  CHECK(found.front() == "samen");
  // Order does not matter within the window: "het wel regelt" for "regelt het wel".
  Corpus d;
  d.add("ver", "Bestuur",
        "De gemeente kijkt vooruit en maakt plannen voor later. Dat regelt de raad met het college. "
        "De gemeente kijkt ook naar geld en wel naar meer dan alleen het budget van dit jaar.");
  d.add("dicht", "Participatie", "Veel inwoners zijn gewend dat de gemeente het wel regelt.");
  d.others(8);
  d.index();
  const std::vector<std::string> near = ids(d.search("de gemeente regelt het wel"));
  REQUIRE(near.size() == 2);
  CHECK(near.front() == "dicht");
}

TEST_CASE("a typed compound no entry has is searched as its two parts (omgevingsdienstenstelsel)",
          "[search][relevance][compound]") {
  Corpus c;
  c.add("stelsel", "Het stelsel van omgevingsdiensten", "De omgevingsdiensten vormen samen een landelijk stelsel.");
  c.add("anders", "Omgevingsdiensten en gemeenten", "Omgevingsdiensten werken voor gemeenten.");
  c.index();
  const SearchResult r = c.search("omgevingsdienstenstelsel");
  REQUIRE(ids(r) == std::vector<std::string>{"stelsel"});  // both parts, not one of them
  CHECK(r.not_found.empty());
  // A word the index has is never cut: "omgevingsdiensten" is not omgeving + diensten.
  CHECK(ids(c.search("omgevingsdiensten")).size() == 2);
  // A word whose parts the index does not have stays unknown.
  CHECK(c.search("bijstandsgerechtigden").hits.empty());
}

TEST_CASE("a definition question (wat is ...) prefers the concept entry", "[search][relevance]") {
  Corpus c;
  c.add("leeswijzer", "Leeswijzer", "Dit rapport gaat over transitie en transformatie, over transitie en over transformatie.",
        "notitie");
  c.add("begrip-transitie", "Twee woorden", "Een transitie is de overgang; een transformatie is de omvorming.",
        "begrip");
  c.others(8);
  c.index();
  CHECK(ids(c.search("wat is het verschil tussen transitie en transformatie?")).front() == "begrip-transitie");
  // Without the question it is a plain search: BM25 decides.
  CHECK(ids(c.search("transitie transformatie")).front() == "leeswijzer");
}

TEST_CASE("no proximity bonus when every word is too common to check cheaply (100k: twice the time per query)",
          "[search][relevance][proximity]") {
  std::vector<QueryWord> words;
  for (const std::string w : {"gemeentesecretaris", "rol"}) words.push_back({w, Xapian::Query(w), {}, {}});
  WordWeights weights;
  const auto has_near = [&] { return most_words_first(words, weights).get_description().find("NEAR") != std::string::npos; };
  CHECK(has_near());  // no bound: the bonus is there
  weights.too_common = [](const std::string&) { return true; };
  CHECK_FALSE(has_near());
  // One word that is rare enough keeps it: the check walks the rarest word's entries.
  weights.too_common = [](const std::string& t) { return t == "rol"; };
  CHECK(has_near());
}

TEST_CASE("the proximity cost bound compares each word's entry count with the bound, per bound",
          "[search][relevance][proximity]") {
  Corpus c;
  // "rol" is in all 6 entries, "gemeentesecretaris" in 3.
  for (int i = 0; i < 6; ++i) {
    c.add("e" + std::to_string(i), "Entry " + std::to_string(i),
          std::string(i < 3 ? "De gemeentesecretaris heeft een rol." : "Een rol voor de raad."));
  }
  c.index();
  const Xapian::Database db(c.index_dir().string());
  const Xapian::Stem stemmer("dutch");
  const Thesaurus none;
  KnownTerms known;
  SearchRequest r;
  r.query = "gemeentesecretaris rol";
  const auto has_near = [&](Xapian::doccount bound) {
    QueryBuilder builder(db, stemmer, none, &known);
    builder.set_near_max_postings(bound);
    const auto ranked = builder.build_ranked(r);
    REQUIRE(ranked);
    return ranked->query.get_description().find("NEAR") != std::string::npos;
  };
  CHECK(QueryBuilder::kNearMaxPostings == 2000);
  CHECK(has_near(QueryBuilder::kNearMaxPostings));
  CHECK(has_near(3));        // the rarer word is in 3 entries: not above the bound
  CHECK_FALSE(has_near(2));  // both words above it: no bonus (and not a stale answer kept for bound 3)
  CHECK(has_near(3));
}
