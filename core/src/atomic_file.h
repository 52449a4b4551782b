// Writing a file so that it is either the old or the new content, never a
// truncated mix (private to core).
#pragma once

#include <filesystem>
#include <string>
#include <sys/types.h>

namespace lessenbank {

// Writes `content` to a temporary file beside `file`, flushes it to disk and
// renames it over `file`. Throws IoError (Dutch, with the reason) and leaves
// `file` untouched on any failure.
void write_file_atomically(const std::filesystem::path& file, const std::string& content, mode_t mode = 0644);

}  // namespace lessenbank
