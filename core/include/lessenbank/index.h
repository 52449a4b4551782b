// Building and updating the Xapian index of a corpus.
//
// Threading: one Indexer writes at a time. Xapian's own lock keeps a second
// process out; it is taken in update() and released before update() returns,
// never held between calls. Searchers may read while an update runs: they see
// the previous commit until they reopen().
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lessenbank/document.h"
#include "lessenbank/parser.h"
#include "lessenbank/plugin_host.h"

namespace lessenbank {

struct IndexOptions {
  std::filesystem::path corpus_dir = "corpus";
  std::filesystem::path index_dir = "index/xapian";
  // Snowball stemmer, recorded in the index metadata; a change forces a rebuild.
  std::string stemmer = "dutch";
  // The Dutch hunspell dictionary (OpenTaal, Debian package hunspell-nl) as
  // "<folder>/<name>" without .aff/.dic: lemmas ("betrokken" ~ "betrekken",
  // "analyses" ~ "analyse") and compound parts beyond the corpus's own words.
  // Empty: Snowball stems and corpus words only. Recorded in the index
  // metadata; a change forces a rebuild. When set but missing, update()
  // throws IndexError (Dutch, names the package).
  std::filesystem::path dictionary = "/usr/share/hunspell/nl";
  // Apply corpus/thesaurus.xml (abbreviations and synonyms). false: ignore it.
  bool thesaurus = true;
  ParseOptions parse;
  // How long update() waits for another writer's lock before giving up.
  int lock_wait_ms = 10000;
  // Threads that parse and build documents; 0 = one per core.
  unsigned threads = 0;
  // Theme plugins that classify each entry (not owned; may be null: then only
  // the tagged themes count). A changed set of plugins re-indexes everything.
  const PluginHost* plugins = nullptr;
  // A freshly built index with at least this many entries is compacted
  // (Xapian compact into a new folder that replaces the old): smaller, faster.
  std::size_t compact_from = 1000;
  // A build into an empty index (a first build, or rebuild()'s aside folder)
  // of at least this many files is done in parts, one per thread, each into
  // its own database, merged by Xapian's compactor and swapped in.
  std::size_t shard_from = 1000;
  // Told (in Dutch) why an update rebuilds the whole index before it starts
  // doing so: a changed setting (schema, stemmer, dictionary, theme plugins)
  // means every entry is indexed again, which takes minutes at 100k. May be empty.
  std::function<void(const std::string&)> notice;
};

struct IndexReport {
  std::size_t scanned = 0;    // .md files seen
  std::size_t added = 0;
  std::size_t updated = 0;
  std::size_t removed = 0;
  std::size_t unchanged = 0;
  std::size_t failed = 0;     // files with errors; their previous entry stays
  std::vector<Diagnostic> diagnostics;
  // Set when compacting a fresh index failed (Dutch); the index is complete
  // but not compacted.
  std::string compact_error;

  bool changed() const { return added + updated + removed > 0; }
  bool has_errors() const { return failed > 0; }
};

class Indexer {
 public:
  explicit Indexer(IndexOptions options);
  ~Indexer();
  Indexer(const Indexer&) = delete;
  Indexer& operator=(const Indexer&) = delete;

  // Brings the index in line with the corpus: parses only added or changed
  // files, removes entries of deleted files, keeps the previous good entry of
  // a file that now fails. Creates the index when missing.
  // Throws IndexLockedError when another writer holds the lock, IndexError on
  // a corrupt index, IoError when the corpus cannot be read.
  IndexReport update();

  // Indexes the corpus anew in a folder beside the index ("<index>.opnieuw")
  // and, when complete, puts it in the index's place in one atomic step (under
  // the write lock). Readers see the old index until then (Searcher::reopen
  // follows the swap); a rebuild killed halfway leaves the old index intact.
  // Throws as update().
  IndexReport rebuild();

 private:
  IndexOptions options_;
};

}  // namespace lessenbank
