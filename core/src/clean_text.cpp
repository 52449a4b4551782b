#include "clean_text.h"

#include <cctype>

#include "text.h"

namespace lessenbank {

namespace {

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

// "# Kop", "---", "|---|---|", "```": lines that carry no running text.
bool is_structural(std::string_view line) {
  const auto b = line.find_first_not_of(" \t");
  if (b == std::string_view::npos) return false;
  line.remove_prefix(b);
  if (line[0] == '#') return true;
  if (line.substr(0, 3) == "```" || line.substr(0, 3) == "~~~") return true;
  return line.find_first_not_of("-*_=|: \t") == std::string_view::npos;  // rules, table separators
}

// Length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start, or 0.
std::size_t list_marker(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i + 1] == ' ') return i + 2;
  std::size_t d = i;
  while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
  if (d > i && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') return d + 2;
  return 0;
}

// Inline Markdown removed: emphasis, code ticks, link targets, pipes, '>' quotes.
std::string inline_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto b = s.find_first_not_of(" \t>");
  if (b != std::string_view::npos) s.remove_prefix(b);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '*' || c == '_' || c == '`' || c == '[') continue;
    if (c == '|') {
      out += ' ';
      continue;
    }
    if (c == ']' && i + 1 < s.size() && s[i + 1] == '(') {  // [text](target): keep the text
      const auto close = s.find(')', i + 2);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// Ends a paragraph or item: sentence punctuation, then a newline.
void close_block(std::string& out, std::string& block) {
  std::string t = text::trim(block);
  block.clear();
  if (t.empty()) return;
  const char last = t.back();
  if (last != '.' && last != '!' && last != '?') {
    if (last == ':' || last == ';' || last == ',') t.pop_back();
    t += '.';
  }
  out += t;
  out += '\n';
}

}  // namespace

std::string clean_text(std::string_view md) {
  std::string out, block;
  out.reserve(md.size());
  bool in_code = false;
  for (std::size_t start = 0; start <= md.size();) {
    std::size_t end = md.find('\n', start);
    if (end == std::string_view::npos) end = md.size();
    const std::string_view line = md.substr(start, end - start);
    start = end + 1;
    const auto b = line.find_first_not_of(" \t");
    const bool fence = b != std::string_view::npos && (line.substr(b, 3) == "```" || line.substr(b, 3) == "~~~");
    if (fence) in_code = !in_code;
    if (in_code || fence || is_blank(line) || is_structural(line)) {
      close_block(out, block);
      if (end == md.size()) break;
      continue;
    }
    if (line[b] == '|') {  // a table row is a sentence of its own
      close_block(out, block);
      block = inline_text(line.substr(b + 1));
      close_block(out, block);
    } else if (const std::size_t m = list_marker(line)) {
      close_block(out, block);
      block = inline_text(line.substr(m));
    } else {
      if (!block.empty()) block += ' ';
      block += inline_text(line);
    }
    if (end == md.size()) break;
  }
  close_block(out, block);
  return out;
}

}  // namespace lessenbank
