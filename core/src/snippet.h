// Highlighted, escaped snippets (private to core).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

namespace lessenbank {

// A snippet of `text` around the matches of the MSet's query, HTML-escaped,
// with <mark>…</mark> around matches. Xapian 1.4.22's own escaping is not
// trusted (fixed upstream only in 1.4.32): highlights are asked with control
// characters, the result unescaped, then escaped here.
// Markdown as readable text for snippets, cheaply: heading marks, emphasis,
// link targets and table pipes removed.
std::string markdown_to_text(std::string_view markdown);

std::string make_snippet(const Xapian::MSet& mset, const std::string& text,
                         const Xapian::Stem& stemmer, std::size_t length = 240);

}  // namespace lessenbank
