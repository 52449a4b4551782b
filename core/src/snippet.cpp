#include "snippet.h"

#include "lessenbank/html.h"

namespace lessenbank {

namespace {

constexpr const char* kStart = "\x02";
constexpr const char* kEnd = "\x03";

std::string unescape_entities(const std::string& s) {
  static const std::pair<const char*, char> entities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    bool replaced = false;
    if (s[i] == '&') {
      for (const auto& [name, ch] : entities) {
        if (s.compare(i, std::char_traits<char>::length(name), name) == 0) {
          out += ch;
          i += std::char_traits<char>::length(name);
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += s[i++];
  }
  return out;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size()) {
    s.replace(pos, from.size(), to);
  }
}

}  // namespace

std::string markdown_to_text(std::string_view md) {
  std::string out;
  out.reserve(md.size());
  bool line_start = true;
  for (std::size_t i = 0; i < md.size(); ++i) {
    const char c = md[i];
    if (line_start && (c == '#' || c == '>')) continue;
    if (c == '*' || c == '_' || c == '`' || c == '|') {
      if (c == '|') out += ' ';
      continue;
    }
    if (c == ']' && i + 1 < md.size() && md[i + 1] == '(') {  // [text](target): keep text
      const auto close = md.find(')', i + 2);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    if (c == '[') continue;
    out += c;
    line_start = c == '\n';
  }
  return out;
}

std::string make_snippet(const Xapian::MSet& mset, const std::string& text,
                         const Xapian::Stem& stemmer, std::size_t length) {
  // Control characters in the text itself must not pose as highlights.
  std::string clean = text;
  for (char& c : clean) {
    if (c == kStart[0] || c == kEnd[0]) c = ' ';
  }
  std::string s = mset.snippet(clean, length, stemmer,
                               // Not EXHAUSTIVE: a good early window is good enough, and
                               // exhaustive scoring cost two thirds of a search.
                               Xapian::MSet::SNIPPET_BACKGROUND_MODEL,
                               kStart, kEnd, "…");
  s = html_escape(unescape_entities(s));
  replace_all(s, kStart, "<mark>");
  replace_all(s, kEnd, "</mark>");
  return s;
}

}  // namespace lessenbank
