// Turning bytes of one annotated Markdown file into a Document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lessenbank/document.h"

namespace lessenbank {

// A file larger than this is not an entry: it is refused without being parsed.
inline constexpr std::size_t kMaxEntryBytes = 8u << 20;

struct ParseOptions {
  // Body links written as (id:X) become link_prefix + X in the HTML.
  std::string link_prefix = "/doc/";
  // Theme ids accepted in `themas`; empty means the four built-in themes.
  std::vector<std::string> themes;
};

struct ParseResult {
  std::optional<Document> document;       // set unless there was an error
  std::vector<Diagnostic> diagnostics;    // errors and warnings, in line order

  bool ok() const { return document.has_value(); }
};

// Parses one file's content. `path` is only used in diagnostics and stored in
// the Document. Never throws on bad content: a BOM is skipped, CRLF accepted;
// empty, binary, non-UTF-8 input, missing or malformed front matter, missing
// required fields and unknown values are reported as errors with their line.
// Thread-safe: may be called from several threads at once.
ParseResult parse_document(std::string_view bytes, const std::string& path,
                           const ParseOptions& options = {});

// Reads and parses a file; an unreadable file is a diagnostic, not a throw.
ParseResult parse_file(const std::string& full_path, const std::string& rel_path,
                       const ParseOptions& options = {});

}  // namespace lessenbank
