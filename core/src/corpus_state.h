// What the index knows of each corpus file, stored in the index metadata so an
// update can tell unchanged, changed, added and deleted files apart without
// opening a single Xapian document.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace lessenbank {

struct FileState {
  std::int64_t mtime_ns = 0;
  std::uint64_t size = 0;
  std::uint64_t hash = 0;  // FNV-1a of the bytes
  std::string id;          // the entry id indexed from this file
};

// rel_path -> state, for files whose entry is in the index.
using CorpusState = std::map<std::string, FileState>;

// One line per file: path \t mtime \t size \t hash \t id. Paths never hold tabs
// or newlines (scan_corpus skips such names).
std::string serialize_state(const CorpusState& state);
// Lines it cannot read are dropped, so those files are indexed again.
CorpusState parse_state(const std::string& data);

std::uint64_t fnv1a(const std::string& bytes);

}  // namespace lessenbank
