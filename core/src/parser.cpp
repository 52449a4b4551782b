#include "lessenbank/parser.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

#include "front_matter.h"
#include "markdown.h"
#include "term_limits.h"
#include "text.h"

namespace lessenbank {

namespace {

// Byte-level checks before any parsing. Returns false (with a diagnostic) when
// the bytes cannot be an entry at all.
bool check_bytes(std::string_view bytes, const std::string& path, std::vector<Diagnostic>& diags) {
  if (text::trim(bytes).empty() ||
      (bytes.size() >= 3 && text::trim(bytes.substr(3)).empty() && bytes.substr(0, 3) == "\xEF\xBB\xBF")) {
    diags.push_back({path, 0, "leeg bestand"});
    return false;
  }
  if (bytes.size() > kMaxEntryBytes) {
    diags.push_back({path, 0, "bestand is groter dan 8 MB; dat is geen kennisitem"});
    return false;
  }
  if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    diags.push_back({path, text::line_of(bytes, nul), "binair bestand (bevat NUL-bytes), geen tekst"});
    return false;
  }
  if (const auto bad = text::find_invalid_utf8(bytes)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[*bad]));
    diags.push_back({path, text::line_of(bytes, *bad),
                     std::string("ongeldige UTF-8 (byte ") + hex +
                         "); sla het bestand op als UTF-8"});
    return false;
  }
  return true;
}

void sort_by_line(std::vector<Diagnostic>& diags) {
  std::stable_sort(diags.begin(), diags.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
}

}  // namespace

ParseResult parse_document(std::string_view bytes, const std::string& path,
                           const ParseOptions& options) {
  ParseResult result;
  if (!check_bytes(bytes, path, result.diagnostics)) return result;
  const std::string text = text::normalize_newlines(bytes);
  const auto split = front_matter::split(text, path, result.diagnostics);
  if (!split) return result;

  Document doc;
  doc.path = path;
  const bool ok = front_matter::read(*split, path, options.themes, doc, result.diagnostics);
  sort_by_line(result.diagnostics);
  if (!ok) return result;
  if (text::trim(split->body).empty()) {
    result.diagnostics.push_back({path, split->body_first_line, "de tekst na de kopgegevens is leeg",
                                  Diagnostic::Severity::Warning});
  }
  doc.markdown = split->body;
  doc.body_line = split->body_first_line;
  markdown::render(split->body, split->body_first_line, options.link_prefix, doc);
  // A value too long for an index term refuses the file here, for check,
  // index and editor alike, instead of failing the whole index run.
  auto overlong = overlong_term_diagnostics(doc);
  if (!overlong.empty()) {
    result.diagnostics.insert(result.diagnostics.end(), overlong.begin(), overlong.end());
    sort_by_line(result.diagnostics);
    return result;
  }
  result.document = std::move(doc);
  return result;
}

ParseResult parse_file(const std::string& full_path, const std::string& rel_path,
                       const ParseOptions& options) {
  std::ifstream in(full_path, std::ios::binary);
  if (!in) {
    ParseResult r;
    r.diagnostics.push_back({rel_path, 0, std::string("kan bestand niet lezen: ") + std::strerror(errno)});
    return r;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return parse_document(buf.str(), rel_path, options);
}

}  // namespace lessenbank
