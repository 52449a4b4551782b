// CommonMark (with GitHub tables) body -> sections, HTML and entry links,
// with cmark-gfm (private to core).
#pragma once

#include <string>

#include "lessenbank/document.h"

namespace lessenbank::markdown {

// Parses `body` (whose first line is file line `first_line`) into
// doc.sections, doc.html and doc.links. Links written as (id:X) are rewritten
// to link_prefix + X. Raw HTML in the body is omitted from doc.html.
void render(const std::string& body, int first_line, const std::string& link_prefix,
            Document& doc);

}  // namespace lessenbank::markdown
