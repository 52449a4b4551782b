// What a search hit shows, cached at index time in one value slot
// (schema::kSlotHit), so that a hit needs no document data, no JSON, no
// Markdown and no clean-text pass at query time (private to core).
#pragma once

#include <string>
#include <string_view>

#include "lessenbank/document.h"

namespace lessenbank {

// Bytes of the Markdown body that snippets are cut from: snippet cost grows
// with the text, and matches cluster early.
inline constexpr std::size_t kSnippetSourceBytes = 12000;

// The clean text a snippet is cut from: the trimmed summary (ending in
// sentence punctuation), '\n', then clean_text() of the first
// kSnippetSourceBytes of `markdown` (cut on a UTF-8 boundary). Pure function.
std::string snippet_source(const std::string& summary, std::string_view markdown);

// The decoded record: views into the value it was decoded from, which must
// outlive it.
struct HitRecord {
  std::string_view id, path, title, type;
  std::string_view themes;  // effective themes, '\n'-separated
  std::string_view summary, source;
  std::string_view snippet_source;  // snippet_source(summary, body)
  int year = 0;
};

// The value of schema::kSlotHit for `doc`; `themes` are its effective themes,
// '\n'-separated. Fields are length-prefixed, so any byte may occur in them.
std::string encode_hit_record(const Document& doc, const std::string& themes);

// Fills `out` with views into `value`. False when `value` is not a complete
// record (never throws).
bool decode_hit_record(std::string_view value, HitRecord& out);

}  // namespace lessenbank
