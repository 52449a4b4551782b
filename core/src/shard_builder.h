// Building an index on every core (private to core). Xapian allows one writer
// per database, so a build is cut into parts: the corpus's files in scan order
// are split into one contiguous part per thread, each part is indexed into its
// own database by its own thread, and Xapian's compactor merges the parts (in
// order, so document ids follow the scan order) into one new index folder.
// The indexer then puts that folder in the index's place with
// index_swap::exchange, the same step that swaps in a rebuild (--opnieuw).
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "corpus_state.h"
#include "lessenbank/corpus.h"
#include "lessenbank/index.h"

namespace lessenbank {

// What the build of one part (or of all of them) produced: the file state of
// the entries it wrote and the counts and diagnostics of the run.
struct ShardOutcome {
  CorpusState state;
  RefusedState refused;
  IndexReport report;
};

// Indexes `files` into a new database in the folder `dir` and closes it.
// Called once per part, each on its own thread, all at the same time.
using PartIndexer =
    std::function<ShardOutcome(const std::vector<const CorpusFile*>& files, const std::filesystem::path& dir)>;

struct ShardPlan {
  // Parts are built in work_dir/0, work_dir/1, …; work_dir is removed afterwards.
  std::filesystem::path work_dir;
  // The merged index; must not exist yet. Removed again when the build fails.
  std::filesystem::path out_dir;
  unsigned parts = 1;  // at least 1; fewer when there are fewer files
  // Written into the merged index, together with the merged file state and
  // refused files (schema::kMetaFiles, kMetaRefused); the parts' own metadata
  // is overridden.
  std::map<std::string, std::string> metadata;
  // To name the line of a refused duplicate id.
  std::filesystem::path corpus_dir;
  ParseOptions parse;
  // Called once every part is built and closed, before they are merged: the
  // caller frees what only the parts needed, so that the merge does not add
  // its memory on top of theirs. May be empty.
  std::function<void()> parts_done;
};

// Builds the parts in parallel, refuses an id that an earlier part already
// indexed (the file that comes later in scan order loses, as in a sequential
// build), and compacts the parts into plan.out_dir. Every thread is joined
// before an exception leaves. Throws IndexError (Xapian errors converted) or
// what `index_part` threw; out_dir and work_dir are then removed.
ShardOutcome build_sharded(const std::vector<const CorpusFile*>& files, const ShardPlan& plan,
                           const PartIndexer& index_part);

}  // namespace lessenbank
