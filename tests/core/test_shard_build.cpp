// Full builds in parts on several threads, merged by Xapian's compactor
// (core/src/shard_builder.*): the merged index must equal a build on one
// thread, term for term, and a rebuild must never leave the index missing.
#include <catch2/catch.hpp>
#include <xapian.h>

#include <filesystem>
#include <map>

#include "index_batching.h"
#include "lessenbank/error.h"
#include "lessenbank/index.h"
#include "lessenbank/search.h"
#include "temp_dir.h"

using namespace lessenbank;
using namespace lessenbank::test;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus(LESSENBANK_CORPUS);

IndexOptions options_for(const fs::path& corpus, const fs::path& index, bool parts) {
  IndexOptions o;
  o.corpus_dir = corpus;
  o.index_dir = index;
  o.threads = parts ? 3 : 1;
  o.shard_from = parts ? 1 : 1000000;
  o.compact_from = 1000000;
  return o;
}

// Everything a document holds: terms with wdf and positions, values, data.
std::string describe(const Xapian::Document& d) {
  std::string out = d.get_data() + "\n";
  for (auto t = d.termlist_begin(); t != d.termlist_end(); ++t) {
    out += *t + ":" + std::to_string(t.get_wdf()) + ":" + std::to_string(t.positionlist_count()) + " ";
  }
  for (auto v = d.values_begin(); v != d.values_end(); ++v) out += "\n" + std::to_string(v.get_valueno()) + "=" + *v;
  return out;
}

std::string spellings(const Xapian::Database& db) {
  std::string out;
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) out += *w + ":" + std::to_string(w.get_termfreq()) + " ";
  return out;
}

std::string synonyms(const Xapian::Database& db) {
  std::string out;
  for (auto k = db.synonym_keys_begin(); k != db.synonym_keys_end(); ++k) {
    out += *k + "=";
    for (auto s = db.synonyms_begin(*k); s != db.synonyms_end(*k); ++s) out += *s + ",";
    out += " ";
  }
  return out;
}

std::string metadata(const Xapian::Database& db) {
  std::string out;
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) out += *k + "=" + db.get_metadata(*k) + "\n";
  return out;
}

// Same documents in the same order, term for term, and the same spelling,
// synonym and metadata tables.
void check_same_index(const fs::path& one, const fs::path& parts, Xapian::doccount at_least) {
  const Xapian::Database a(one.string());
  const Xapian::Database b(parts.string());
  REQUIRE(a.get_doccount() > at_least);
  REQUIRE(b.get_doccount() == a.get_doccount());
  for (Xapian::docid id = 1; id <= a.get_lastdocid(); ++id) {
    INFO("docid " << id);
    REQUIRE(describe(b.get_document(id)) == describe(a.get_document(id)));  // same order, same content
  }
  CHECK(spellings(b) == spellings(a));
  CHECK(synonyms(b) == synonyms(a));
  CHECK(metadata(b) == metadata(a));
}

std::string entry(const std::string& id, const std::string& title) {
  return "---\nid: " + id + "\ntitel: " + title + "\ntype: les\n---\nTekst over " + title + " en samenwerking.\n";
}

}  // namespace

TEST_CASE("a build in parts on three threads equals a build on one thread, term for term", "[index][shards]") {
  TempDir dir;
  const IndexReport one = Indexer(options_for(kCorpus, dir / "een", false)).update();
  const IndexReport parts = Indexer(options_for(kCorpus, dir / "delen", true)).update();
  CHECK(parts.added == one.added);
  CHECK(parts.failed == one.failed);
  CHECK(parts.diagnostics.size() == one.diagnostics.size());
  check_same_index(dir / "een", dir / "delen", 100);
  CHECK_FALSE(fs::exists(dir / "delen.delen"));
  CHECK_FALSE(fs::exists(dir / "delen.nieuw"));
}

TEST_CASE("a build in parts of several batches and checkpoints each equals a build on one thread (issue 15 memory)",
          "[index][shards]") {
  // Each part prepares, writes and frees its entries batch by batch and
  // commits between them; with two parts, each part gets 2 commit intervals
  // and a half batch more, so every step happens more than once.
  const std::size_t per_part = 2 * batching::part_commit_every(2) + batching::part_batch(2) / 2;
  REQUIRE(per_part > 2 * batching::part_batch(2));
  TempDir dir;
  const char* words[] = {"omgevingsvisie", "participatie", "vergunning", "coördinatie", "samenwerkingsverband", "milieu"};
  for (std::size_t i = 0; i < 2 * per_part; ++i) {
    const std::string n = std::to_string(i);
    write_file(dir / ("corpus/les-" + n + ".md"),
               entry("les-" + n, std::string(words[i % 6]) + " " + words[(i / 6) % 6] + " deel " + n));
  }
  IndexOptions one = options_for(dir / "corpus", dir / "een", false);
  IndexOptions parts = options_for(dir / "corpus", dir / "delen", true);
  parts.threads = 2;
  CHECK(Indexer(one).update().added == 2 * per_part);
  CHECK(Indexer(parts).update().added == 2 * per_part);
  check_same_index(one.index_dir, parts.index_dir, 2 * per_part - 1);
}

TEST_CASE("a duplicate id in a later part is refused in the later file, as on one thread", "[index][shards]") {
  TempDir dir;
  for (int i = 0; i < 6; ++i) write_file(dir / ("corpus/b" + std::to_string(i) + ".md"), entry("les-b" + std::to_string(i), "Les " + std::to_string(i)));
  write_file(dir / "corpus/a-eerste.md", entry("dubbel", "Eerste versie"));
  write_file(dir / "corpus/z-tweede.md", entry("dubbel", "Tweede versie"));
  IndexOptions o = options_for(dir / "corpus", dir / "index", true);
  o.threads = 2;
  o.shard_from = 2;
  const IndexReport r = Indexer(o).update();
  CHECK(r.added == 7);
  CHECK(r.failed == 1);
  bool named = false;
  for (const auto& d : r.diagnostics) {
    named |= d.path == "z-tweede.md" && d.line == 2 && d.message == "id 'dubbel' wordt al gebruikt in a-eerste.md";
  }
  CHECK(named);
  Searcher s(o.index_dir);
  CHECK(s.size() == 7);
  REQUIRE(s.document("dubbel"));
  CHECK(s.document("dubbel")->meta.title == "Eerste versie");
  // The refused file is not in the file state: the next update reports it again.
  const IndexReport again = Indexer(o).update();
  CHECK(again.failed == 1);
}

TEST_CASE("rebuild builds beside the index and swaps it in - readers keep the old one until then", "[index][shards]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  IndexOptions o = options_for(dir / "corpus", dir / "index", true);
  Indexer(o).update();
  Searcher before(o.index_dir);
  REQUIRE(before.size() == 4);
  write_file(dir / "corpus/nieuw.md", entry("nieuw", "Windmolens"));
  const IndexReport r = Indexer(o).rebuild();
  CHECK(r.added == 5);
  SearchRequest q;
  q.query = "participatie";
  CHECK_FALSE(before.search(q).hits.empty());  // the old index, still open
  CHECK(Searcher(o.index_dir).size() == 5);
  for (const char* leftover : {"index.opnieuw", "index.opnieuw.delen", "index.opnieuw.nieuw", "index.delen", "index.nieuw"}) {
    CHECK_FALSE(fs::exists(dir / leftover));
  }
}

TEST_CASE("a rebuild that fails leaves the previous index in place", "[index][shards]") {
  TempDir dir;
  copy_fixture("basic", dir / "corpus");
  IndexOptions o = options_for(dir / "corpus", dir / "index", true);
  Indexer(o).update();
  fs::rename(dir / "corpus", dir / "weg");
  CHECK_THROWS_AS(Indexer(o).rebuild(), IoError);
  CHECK(Searcher(o.index_dir).size() == 4);
}

namespace {

// Xapian 1.4 has no look-up of one word's spelling frequency.
std::map<std::string, Xapian::doccount> spelling_counts(const Xapian::Database& db) {
  std::map<std::string, Xapian::doccount> out;
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w) out[*w] = w.get_termfreq();
  return out;
}

// One add_spelling per word term of each entry: a word's spelling frequency
// is the number of entries that hold it, and no other word has one.
void check_spelling_counts(const fs::path& index) {
  const Xapian::Database db(index.string());
  const auto spelled = spelling_counts(db);
  std::size_t words = 0;
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
    const std::string term = *t;
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;
    ++words;
    INFO("word " << term);
    const auto s = spelled.find(term);
    REQUIRE(s != spelled.end());
    REQUIRE(s->second == t.get_termfreq());
  }
  CHECK(spelled.size() == words);
}

bool has_synonym(const fs::path& index, const std::string& key, const std::string& synonym) {
  const Xapian::Database db(index.string());
  for (auto s = db.synonyms_begin(key); s != db.synonyms_end(key); ++s) {
    if (*s == synonym) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("spelling and synonyms gathered per checkpoint equal one call per entry, also after edits and removals",
          "[index][shards][spelling]") {
  TempDir dir;
  write_file(dir / "corpus/a.md", entry("les-a", "Coördinatie van de privé-omgeving"));
  write_file(dir / "corpus/b.md", entry("les-b", "Coördinatie bij vergunningverlening"));
  write_file(dir / "corpus/c.md", entry("les-c", "Windmolens en zonneparken"));
  for (const bool parts : {false, true}) {
    IndexOptions o = options_for(dir / "corpus", dir / (parts ? "delen" : "een"), parts);
    o.threads = parts ? 2 : 1;
    o.shard_from = parts ? 2 : 1000000;
    REQUIRE(Indexer(o).update().added == 3);
    check_spelling_counts(o.index_dir);
    const auto spelled = spelling_counts(Xapian::Database(o.index_dir.string()));
    CHECK(spelled.at("coördinatie") == 2);
    CHECK(spelled.at("samenwerking") == 3);
    CHECK(has_synonym(o.index_dir, "coordinatie", "coördinatie"));
    CHECK(has_synonym(o.index_dir, "prive", "privé"));
  }
  const IndexOptions o = options_for(dir / "corpus", dir / "een", false);
  write_file(dir / "corpus/b.md", entry("les-b", "Vergunningverlening zonder afstemming"));
  touch_later(dir / "corpus/b.md");
  fs::remove(dir / "corpus/c.md");
  const IndexReport r = Indexer(o).update();
  CHECK(r.updated == 1);
  CHECK(r.removed == 1);
  check_spelling_counts(o.index_dir);
  const auto spelled = spelling_counts(Xapian::Database(o.index_dir.string()));
  CHECK(spelled.at("coördinatie") == 1);
  CHECK(spelled.at("afstemming") == 1);
  CHECK_FALSE(spelled.count("windmolens"));
  CHECK(spelled.at("samenwerking") == 2);
}
