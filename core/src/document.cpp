#include "lessenbank/document.h"

#include <algorithm>

namespace lessenbank {

std::string Document::plain_text() const {
  std::string out;
  for (const auto& s : sections) {
    if (!s.heading.empty()) out += s.heading + "\n";
    if (!s.text.empty()) out += s.text + "\n";
  }
  return out;
}

std::vector<std::string> Document::effective_themes() const {
  if (theme_assignments.empty()) return meta.themes;
  std::vector<std::string> out;
  for (const auto& a : theme_assignments) out.push_back(a.theme);
  return out;
}

std::vector<std::string> Document::outgoing_links() const {
  std::vector<std::string> out;
  auto add = [&out](const std::string& id) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  for (const auto& id : meta.related) add(id);
  for (const auto& link : links) add(link.target);
  return out;
}

std::string Diagnostic::to_string() const {
  std::string out = path;
  if (line > 0) out += ":" + std::to_string(line);
  out += ": ";
  if (!is_error()) out += "waarschuwing: ";
  return out + message;
}

}  // namespace lessenbank
