// Replacing an index folder by another in one step, so that readers see the
// old index or the new one, never an empty or half-written one (private).
#pragma once

#include <filesystem>
#include <string>

namespace lessenbank::index_swap {

// `dir` + suffix beside it: "index/xapian" -> "index/xapian.opnieuw".
std::filesystem::path sibling(const std::filesystem::path& dir, const char* suffix);

// Puts folder `fresh` at `live` in one atomic step (renameat2 RENAME_EXCHANGE);
// afterwards `fresh` names the old folder, which the caller removes. When `live`
// does not exist it is a plain rename. Where the file system cannot exchange,
// two renames (a moment without an index). Throws IoError.
void exchange(const std::filesystem::path& fresh, const std::filesystem::path& live);

// Compacts the committed index in `dir` into a sibling folder and swaps that in.
// The caller holds the write lock of `dir`, so no writer can commit meanwhile.
// Returns the folder that now holds the old index: the caller removes it once
// its own database (and lock) on it is closed. Throws IndexError (Xapian's
// message) or IoError; `dir` is intact either way.
std::filesystem::path compact(const std::filesystem::path& dir);

}  // namespace lessenbank::index_swap
