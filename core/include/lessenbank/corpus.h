// Finding the entries of a corpus folder and checking them as a whole.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "lessenbank/document.h"
#include "lessenbank/parser.h"

namespace lessenbank {

struct CorpusFile {
  std::string rel_path;  // '/' separated, relative to the corpus root
  std::int64_t mtime_ns = 0;
  std::uint64_t size = 0;
};

// Lists the .md files under `root`, sorted by path. Skips hidden files and
// folders (".prullenbak") and README.md / DEKKING.md. Throws IoError when
// `root` is not a readable folder.
std::vector<CorpusFile> scan_corpus(const std::filesystem::path& root);

// Result of checking a set of documents together.
struct CheckReport {
  std::vector<Diagnostic> diagnostics;
  std::size_t files = 0;
  std::size_t errors() const;
  std::size_t warnings() const;
};

// Checks all files of the corpus: each file's own problems plus duplicate
// ids and links to ids that do not exist (errors), and entries without a
// theme, a source or any link (warnings). `only` limits the report to those
// relative paths (links are still resolved against the whole corpus).
CheckReport check_corpus(const std::filesystem::path& root,
                         const std::vector<std::string>& only = {},
                         const ParseOptions& options = {});

}  // namespace lessenbank
