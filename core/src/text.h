// Byte-level text helpers for the parser (private to core).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lessenbank::text {

// Offset of the first byte that is not valid UTF-8, or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

// 1-based line number of byte offset `pos`.
int line_of(std::string_view s, std::size_t pos);

// Removes a leading UTF-8 byte-order mark and turns CRLF / lone CR into LF.
std::string normalize_newlines(std::string_view s);

// Trims ASCII whitespace at both ends.
std::string trim(std::string_view s);

}  // namespace lessenbank::text
