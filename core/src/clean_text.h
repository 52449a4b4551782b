// Readable running text from an entry's Markdown body, for snippets
// (private to core). Kept apart so that the indexer can build and cache it.
#pragma once

#include <string>
#include <string_view>

namespace lessenbank {

// The body as plain sentences: headings, list markers (-, *, +, "1."), block
// quotes, table pipes and rules, emphasis marks and link targets are dropped;
// lines of one paragraph are joined; every paragraph and list item ends with
// sentence punctuation (a '.' is added when it has none) and is followed by
// '\n', so that sentence boundaries survive. Valid UTF-8 in, valid UTF-8 out.
// Pure function, thread-safe.
std::string clean_text(std::string_view markdown);

}  // namespace lessenbank
