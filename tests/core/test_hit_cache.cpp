// What a hit shows is cached at index time (schema::kSlotHit, hit_record.h):
// the cached values must be exactly what the parsed entry gives, facets must
// count the same, and an index of the previous schema must not be read.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <map>

#include "hit_record.h"
#include "lessenbank/error.h"
#include "lessenbank/index.h"
#include "lessenbank/parser.h"
#include "lessenbank/search.h"
#include "schema.h"
#include "snippet.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

IndexOptions options(const TempDir& dir, const std::filesystem::path& corpus) {
  IndexOptions o;
  o.corpus_dir = corpus;
  o.index_dir = dir / "index";
  return o;
}

// One index of the real corpus (many shapes of Markdown) for these tests.
const std::filesystem::path& corpus_index() {
  static TempDir dir;
  static const IndexOptions o = options(dir, LESSENBANK_CORPUS);
  static const IndexReport built = Indexer(o).update();
  return o.index_dir;
}

// The words of `text` and their Dutch stems, as a query gives them to snippets.
Xapian::Query words_query(const std::string& text) {
  Xapian::Stem stem("dutch");
  std::vector<Xapian::Query> terms;
  Xapian::TermGenerator g;
  Xapian::Document d;
  g.set_document(d);
  g.index_text_without_positions(text);
  for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) {
    terms.emplace_back(*t);
    terms.emplace_back("Z" + stem(*t));
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

TEST_CASE("cached hit: every entry's record equals its parsed file, and so does its snippet", "[search][hitcache]") {
  Xapian::Database db(corpus_index().string());
  REQUIRE(db.get_doccount() > 100);
  const Xapian::Stem stem("dutch");
  std::size_t with_body = 0;
  for (auto p = db.postlist_begin(""); p != db.postlist_end(""); ++p) {
    const std::string value = db.get_document(*p).get_value(schema::kSlotHit);
    HitRecord rec;
    REQUIRE(decode_hit_record(value, rec));
    const std::string rel(rec.path);
    INFO(rel);
    const ParseResult parsed = parse_file((std::filesystem::path(LESSENBANK_CORPUS) / rel).string(), rel);
    REQUIRE(parsed.ok());
    const Document& doc = *parsed.document;
    CHECK(rec.id == doc.meta.id);
    CHECK(rec.title == doc.meta.title);
    CHECK(rec.type == doc.meta.type);
    CHECK(rec.summary == doc.meta.summary);
    CHECK(rec.source == doc.meta.source.document);
    CHECK(rec.year == doc.meta.year);
    const std::string from_body = snippet_source(doc.meta.summary, doc.markdown);
    CHECK(rec.snippet_source == from_body);
    // The same snippet for a query of the entry's own title words.
    const SnippetTerms terms(words_query(doc.meta.title), stem);
    CHECK(make_snippet(rec.snippet_source, terms) == make_snippet(from_body, terms));
    if (doc.markdown.size() > 200) ++with_body;
  }
  CHECK(with_body > 100);
}

TEST_CASE("cached hit: a search hit shows the cached fields and a snippet from the body", "[search][hitcache]") {
  Searcher s(corpus_index());
  SearchRequest r;
  r.query = "participatie";
  const SearchResult result = s.search(r);
  REQUIRE(result.hits.size() == 10);
  for (const auto& h : result.hits) {
    INFO(h.id);
    const auto doc = s.document(h.id);
    REQUIRE(doc);
    CHECK(h.path == doc->path);
    CHECK(h.title == doc->meta.title);
    CHECK(h.themes == doc->effective_themes());
    CHECK(h.year == doc->meta.year);
    CHECK(h.snippet_html.find("<mark>") != std::string::npos);
  }
}

TEST_CASE("cached hit: a record keeps any byte and a damaged one is refused", "[search][hitcache]") {
  Document doc;
  doc.meta.id = "id\x1fmet\nscheiding";
  doc.meta.title = std::string("titel\0met nul", 13);
  doc.meta.type = "les";
  doc.meta.summary = std::string(300, 's');  // a length of two bytes
  doc.meta.year = 2021;
  doc.path = "map/bestand.md";
  doc.markdown = "# Kop\n\nEen *zin* met [link](id:x).\n";
  const std::string value = encode_hit_record(doc, "dso\nparticipatie");
  HitRecord rec;
  REQUIRE(decode_hit_record(value, rec));
  CHECK(rec.id == doc.meta.id);
  CHECK(rec.title == doc.meta.title);
  CHECK(rec.themes == "dso\nparticipatie");
  CHECK(rec.summary == doc.meta.summary);
  CHECK(rec.year == 2021);
  CHECK(rec.snippet_source == std::string(300, 's') + ".\nEen zin met link.\n");
  for (std::size_t cut = 0; cut < value.size(); ++cut) {
    CHECK_FALSE(decode_hit_record(std::string_view(value).substr(0, cut), rec));
  }
  CHECK_FALSE(decode_hit_record(value + "x", rec));
}

TEST_CASE("cached hit: facet counts over every entry equal the boolean terms' counts", "[search][hitcache][facets]") {
  Searcher s(corpus_index());
  Xapian::Database db(corpus_index().string());
  SearchRequest all;  // no query: every entry
  const SearchResult r = s.search(all);
  REQUIRE(r.total == db.get_doccount());
  REQUIRE(r.facets_exact);
  std::size_t types = 0;
  for (const auto& [type, n] : r.facets.at("type")) {
    CHECK(n == db.get_termfreq(schema::kType + type));
    types += n;
  }
  CHECK(types == db.get_doccount());
  REQUIRE(r.facets.at("thema").size() >= 4);
  for (const auto& [theme, n] : r.facets.at("thema")) CHECK(n == db.get_termfreq(schema::kTheme + theme));
}

TEST_CASE("cached hit: an index of the previous schema is refused by search and rebuilt by index", "[search][hitcache][index]") {
  TempDir dir;
  const IndexOptions o = options(dir, fixture("basic"));
  Indexer(o).update();
  const Xapian::doccount n = Xapian::Database(o.index_dir.string()).get_doccount();
  {
    Xapian::WritableDatabase w(o.index_dir.string());
    w.set_metadata(schema::kMetaSchema, "9");  // the layout before the cached hits
    w.commit();
  }
  try {
    Searcher s(o.index_dir);
    FAIL("an index of schema 9 was opened");
  } catch (const IndexError& e) {
    CHECK(std::string(e.what()).find("andere versie") != std::string::npos);
    CHECK(std::string(e.what()).find("lessenbank index") != std::string::npos);
  }
  const IndexReport report = Indexer(o).update();
  CHECK(report.added == n);
  Searcher s(o.index_dir);
  SearchRequest r;
  r.query = "omgevingsvisie";
  CHECK_FALSE(s.search(r).hits.empty());
}
