// What the index knows of each corpus file, stored in the index metadata so an
// update can tell unchanged, changed, added and deleted files apart without
// opening a single Xapian document (private).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "lessenbank/document.h"

namespace lessenbank {

struct FileState {
  std::int64_t mtime_ns = 0;
  std::uint64_t size = 0;
  std::uint64_t hash = 0;  // FNV-1a of the bytes
  std::string id;          // the entry id indexed from this file
};

// rel_path -> state, for files whose entry is in the index.
using CorpusState = std::map<std::string, FileState>;

// A file that parsing refused, with what was said about it: as long as its time
// and size stay the same it is reported again without being read again.
struct RefusedFile {
  std::int64_t mtime_ns = 0;
  std::uint64_t size = 0;
  std::vector<Diagnostic> diagnostics;
};
using RefusedState = std::map<std::string, RefusedFile>;

// One line per file: path \t mtime \t size \t hash \t id. A path may hold any
// byte: '%' and control characters (TAB, newline) are written as %XX.
std::string serialize_state(const CorpusState& state);
// Lines it cannot read are dropped, so those files are indexed again.
CorpusState parse_state(const std::string& data);

// One line per diagnostic: path \t mtime \t size \t line \t E|W \t message (escaped as above).
std::string serialize_refused(const RefusedState& refused);
RefusedState parse_refused(const std::string& data);

std::uint64_t fnv1a(const std::string& bytes);

}  // namespace lessenbank
