// Turning an existing text (.txt, .md, .html) into a draft entry for an
// editor to finish: title, paragraphs as Markdown, the themes the plugins
// detect and the organisations named in it.
#pragma once

#include <string>
#include <vector>

#include "lessenbank/editing.h"
#include "lessenbank/plugin_host.h"

namespace lessenbank {

struct ImportResult {
  EntryDraft draft;
  std::vector<std::string> notes;  // Dutch: what was detected, what to check
};

// `file_name` decides the format by its extension (.html/.htm, .md, else text).
// Invalid UTF-8 is read as Latin-1. `plugins` may be null (no themes detected).
ImportResult import_text(const std::string& bytes, const std::string& file_name, const PluginHost* plugins);

// Plain text of an HTML page: block elements become paragraphs, headings
// "## ", list items "- "; script and style are dropped; entities decoded.
std::string html_to_markdown(const std::string& html, std::string* title);

// Organisations named in the text ("Gemeente Borne", "Omgevingsdienst Regio
// Arnhem", "Ministerie van BZK", "VNG" ...), in order of first appearance.
std::vector<std::string> find_organisations(const std::string& text);

}  // namespace lessenbank
