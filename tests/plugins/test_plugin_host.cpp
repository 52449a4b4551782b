#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "lessenbank/index.h"
#include "lessenbank/parser.h"
#include "lessenbank/plugin_host.h"
#include "lessenbank/search.h"
#include "lessenbank/xml_theme_plugin.h"
#include "temp_dir.h"
#include "term_classifier.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

struct Logged {
  std::vector<std::string> lines;
  PluginHost::Log log() {
    return [this](const std::string& l) { lines.push_back(l); };
  }
  std::size_t count(const std::string& fragment) const {
    return std::count_if(lines.begin(), lines.end(),
                         [&](const std::string& l) { return l.find(fragment) != std::string::npos; });
  }
};

std::vector<std::string> ids(const PluginHost& host) {
  std::vector<std::string> out;
  for (const auto& p : host.plugins()) out.push_back(p.id);
  return out;
}

Document doc(const std::string& body, const std::string& id = "x") {
  auto r = parse_document("---\nid: " + id + "\ntitel: T\ntype: les\n---\n" + body + "\n", id + ".md");
  REQUIRE(r.ok());
  return *r.document;
}

}  // namespace

TEST_CASE("plugins load from a folder - each bad one is refused with one log line", "[plugins]") {
  Logged logged;
  PluginHost host(logged.log());
  host.load_folder(TEST_PLUGIN_DIR);
  CHECK(ids(host) == std::vector<std::string>{"fietsen", "kapot"});
  CHECK(logged.count("plugin old_api_plugin.so overgeslagen: API-versie 2, verwacht 1") == 1);
  CHECK(logged.count("plugin no_manifest.so overgeslagen: kan niet laden") == 1);
  CHECK(logged.count("xmlfout.xml:5:") == 1);
  CHECK(logged.lines.size() == 3);
  const auto info = host.plugins().front();
  CHECK(info.version == "7");
  CHECK(info.file.find("good_plugin.so") != std::string::npos);
}

TEST_CASE("a truncated plugin library is refused with one log line, not a SIGBUS in dlopen", "[plugins]") {
  TempDir dir;
  const fs::path good = fs::path(TEST_PLUGIN_DIR) / "good_plugin.so";
  const std::string bytes = read_file(good);
  REQUIRE(bytes.size() > 4096);
  const std::vector<std::size_t> sizes = {0, 40, 100, bytes.size() / 3, bytes.size() / 2, bytes.size() - 1};
  for (const std::size_t n : sizes) write_file(dir / ("afgekapt-" + std::to_string(n) + ".so"), bytes.substr(0, n));
  write_file(dir / "tekst.so", std::string(200, 'x'));
  write_file(dir / "zz_heel.so", bytes);
  Logged logged;
  PluginHost host(logged.log());
  host.load_folder(dir.path());
  CHECK(ids(host) == std::vector<std::string>{"fietsen"});
  for (const std::size_t n : sizes) {
    INFO(n);
    CHECK(logged.count("plugin afgekapt-" + std::to_string(n) + ".so overgeslagen: ") == 1);
  }
  CHECK(logged.count("plugin tekst.so overgeslagen: geen ELF-bestand") == 1);
  CHECK(logged.lines.size() == sizes.size() + 1);
}

TEST_CASE("a missing plugin folder is one log line and an empty host", "[plugins]") {
  Logged logged;
  PluginHost host(logged.log());
  host.load_folder("/nergens/plugins");
  CHECK(host.empty());
  CHECK(logged.count("niet gevonden") == 1);
}

TEST_CASE("a plugin that throws is disabled once and the others keep working", "[plugins]") {
  Logged logged;
  PluginHost host(logged.log());
  host.load_folder(TEST_PLUGIN_DIR);
  const auto first = host.classify(doc("Met de bakfiets naar school."));
  REQUIRE(first.size() == 1);
  CHECK(first[0].theme == "fietsen");
  CHECK(first[0].subfacet == "soort");
  CHECK(first[0].subfacet_values == std::vector<std::string>{"bakfiets"});
  CHECK(logged.count("plugin kapot uitgeschakeld: kapot van binnen") == 1);
  host.classify(doc("Nog een fiets."));
  CHECK(logged.count("uitgeschakeld") == 1);
  CHECK(ids(host) == std::vector<std::string>{"fietsen"});
}

TEST_CASE("a plugin's theme filters the index - without its library the theme is gone", "[plugins][index]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  write_file(dir / "corpus/fiets.md", "---\nid: fiets\ntitel: Fietsroutes\ntype: casus\n---\nEen bakfiets route.\n");
  PluginHost host([](const std::string&) {});
  host.load_folder(TEST_PLUGIN_DIR);
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  o.plugins = &host;
  REQUIRE_FALSE(Indexer(o).update().has_errors());

  Searcher s(o.index_dir);
  SearchRequest r;
  r.themes = {"fietsen"};
  r.visible_themes = ids(host);
  const SearchResult hits = s.search(r);
  REQUIRE(hits.hits.size() == 1);
  CHECK(hits.hits[0].id == "fiets");
  CHECK(hits.hits[0].themes == std::vector<std::string>{"fietsen"});
  CHECK(hits.facets.at("soort").at("bakfiets") == 1);
  const auto stored = s.document("fiets");
  REQUIRE(stored);
  CHECK(stored->theme_assignments.at(0).reason == "herkend aan 'fiets' (tekst)");

  // The plugin's library is removed: its theme leaves hits and facets, no rebuild.
  SearchRequest all;
  all.visible_themes = {"participatie"};
  const SearchResult without = s.search(all);
  CHECK(without.facets.at("thema").count("fietsen") == 0);
  for (const auto& h : without.hits) CHECK(std::find(h.themes.begin(), h.themes.end(), "fietsen") == h.themes.end());
}

TEST_CASE("a changed set of plugins makes the indexer classify everything again", "[plugins][index]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  CHECK(Indexer(o).update().added == 4);
  PluginHost host([](const std::string&) {});
  host.load_folder(TEST_PLUGIN_DIR);
  o.plugins = &host;
  CHECK(Indexer(o).update().added == 4);
  CHECK_FALSE(Indexer(o).update().changed());
}

namespace {

class TestXmlPlugin : public plugin::XmlThemePlugin {
 public:
  TestXmlPlugin() : XmlThemePlugin("proef", "Proef", "Test") {}
};

}  // namespace

TEST_CASE("the XML classifier: terms, synonyms, phrases, compounds and reasons", "[plugins]") {
  TempDir dir;
  write_file(dir / "proef.xml",
             "<thema id=\"proef\" versie=\"3\" drempel=\"4\">\n<termen>\n"
             "<term gewicht=\"2\" synoniemen=\"rud\">omgevingsdienst</term>\n"
             "<term gewicht=\"1\">samenwerking</term>\n"
             "<zinsdeel gewicht=\"4\">digitaal stelsel</zinsdeel>\n"
             "<term gewicht=\"3\" exact=\"ja\">ict</term>\n"
             "</termen>\n<subfacet naam=\"vorm\"><waarde naam=\"dienst\"><term>omgevingsdienst</term></waarde></subfacet>\n"
             "</thema>\n");
  TestXmlPlugin p;
  p.configure(dir.path().string());
  CHECK(p.version() == "3");
  CHECK(p.subfacet_name() == "vorm");
  plugin::DocumentView v;
  v.title = "De omgevingsdiensten en de RUD";
  auto c = p.classify(v);
  CHECK(c.detected);  // 2 x title weight 3 x 2 = 12 >= 4
  CHECK(c.reason.find("'omgevingsdienst' (titel)") != std::string::npos);
  CHECK(c.subfacet_values == std::vector<std::string>{"dienst"});
  v = {};
  v.body = "Ketensamenwerking";  // compound: contains samenwerking, weight 1 < 4
  c = p.classify(v);
  CHECK_FALSE(c.detected);
  CHECK(c.reason.find("'samenwerking'") != std::string::npos);
  v.body = "Het Digitaal Stelsel werkt";
  CHECK(p.classify(v).detected);
  v.body = "Een nieuwe ictus";  // exact term: not inside another word
  CHECK(p.classify(v).reason == "geen kenmerkende termen");
  v.tagged_themes = {"proef"};
  c = p.classify(v);
  CHECK(c.member);
  CHECK(c.tagged);
  CHECK(c.reason == "getagd in 'themas'");
}

TEST_CASE("a malformed theme XML is reported with file, line and reason", "[plugins]") {
  TempDir dir;
  TestXmlPlugin p;
  write_file(dir / "proef.xml", "<thema>\n<termen>\n<term>a</term>\n</termen\n</thema>\n");
  try {
    p.configure(dir.path().string());
    FAIL("no PluginError");
  } catch (const plugin::PluginError& e) {
    CHECK(std::string(e.what()).find("proef.xml:5:") != std::string::npos);
  }
  write_file(dir / "proef.xml", "<thema>\n<termen>\n<term gewicht=\"veel\">a</term>\n</termen>\n</thema>\n");
  try {
    p.configure(dir.path().string());
    FAIL("no PluginError");
  } catch (const plugin::PluginError& e) {
    CHECK(std::string(e.what()).find("proef.xml:3: attribuut 'gewicht'") != std::string::npos);
  }
}

TEST_CASE("regression: exact terms were counted one word off in the theme classifier", "[plugins]") {
  // The match of "\x01term\x01" starts at the separator, so the word is the one
  // after it: counting at `at` gave the previous word's count (or nothing for
  // the first word).
  plugin::Pattern ict;
  ict.words = {"ict"};
  ict.exact = true;
  CHECK(plugin::FieldIndex(plugin::fold_words("ICT")).count(ict) == 1);  // the first distinct word
  CHECK(plugin::FieldIndex(plugin::fold_words("de ICT en de ICT")).count(ict) == 2);  // not the count of "en"
  CHECK(plugin::FieldIndex(plugin::fold_words("aa aa aa ict")).count(ict) == 1);  // not the count of "aa"
  CHECK(plugin::FieldIndex(plugin::fold_words("ictus")).count(ict) == 0);
  plugin::Pattern prefix;
  prefix.words = {"inwoner"};
  CHECK(plugin::FieldIndex(plugin::fold_words("aa aa inwoners inwoner")).count(prefix) == 2);
}

TEST_CASE("regression: theme evidence kept ranking beyond the threshold (theme pages were in id order)", "[plugins]") {
  TempDir dir;
  write_file(dir / "proef.xml",
             "<thema id=\"proef\" versie=\"1\" drempel=\"2\">\n<termen>\n"
             "<term gewicht=\"1\">omgevingsdienst</term>\n<term gewicht=\"1\">samenwerking</term>\n"
             "<term gewicht=\"1\" exact=\"ja\">rud</term>\n</termen>\n</thema>\n");
  TestXmlPlugin p;
  p.configure(dir.path().string());
  plugin::DocumentView weak, strong, strongest;
  weak.body = "de omgevingsdienst en de samenwerking";
  strong.body = "de omgevingsdienst, de samenwerking, de RUD; omgevingsdienst";
  strongest.title = "RUD en omgevingsdienst: samenwerking";
  strongest.body = strong.body;
  const auto w = p.classify(weak), s = p.classify(strong), t = p.classify(strongest);
  CHECK(w.detected);
  CHECK(w.score < s.score);
  CHECK(s.score < t.score);
  CHECK(t.score < 1.0);
  CHECK(t.reason.find("'rud' (titel, tekst)") != std::string::npos);
}

// A server started with another plugin folder than the index was built with
// rebuilds the whole index; it says so, and which plugins differ, before it starts.
TEST_CASE("an update with other theme plugins than the index's announces the rebuild and names the plugins",
          "[plugins]") {
  TempDir dir;
  write_file(dir / "corpus/a.md", "---\nid: a\ntitel: Fietsen\ntype: les\n---\nFietsen naar het werk.\n");
  Logged logged;
  PluginHost host(logged.log());
  host.load_folder(TEST_PLUGIN_DIR);
  REQUIRE(ids(host) == std::vector<std::string>{"fietsen", "kapot"});
  IndexOptions o;
  o.corpus_dir = dir / "corpus";
  o.index_dir = dir / "index";
  o.plugins = &host;
  std::vector<std::string> notices;
  o.notice = [&](const std::string& m) { notices.push_back(m); };
  Indexer(o).update();
  Indexer(o).update();
  CHECK(notices.empty());  // same settings: no rebuild, nothing to announce

  const PluginHost none;
  o.plugins = &none;
  const IndexReport r = Indexer(o).update();
  CHECK(r.added == 1);
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].find("andere themaplugins (index: fietsen=7, kapot=") != std::string::npos);
  CHECK(notices[0].find("nu: geen)") != std::string::npos);
}
