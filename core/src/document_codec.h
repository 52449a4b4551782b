// Document <-> the data blob stored with each Xapian document (JSON).
#pragma once

#include <string>
#include <string_view>

#include "lessenbank/document.h"

namespace lessenbank::codec {

// Stores metadata, path, the Markdown body and the theme assignments; the
// HTML and plain text are rendered again on decode (smaller index, faster
// commits; cmark renders a body in tens of microseconds).
std::string encode(const Document& doc);
// Throws IndexError when the blob is not a document of this schema.
Document decode(const std::string& data, const std::string& link_prefix = "/doc/");

// The Markdown body alone, without parsing the metadata (for snippets).
std::string_view markdown_of(const std::string& data);

}  // namespace lessenbank::codec
