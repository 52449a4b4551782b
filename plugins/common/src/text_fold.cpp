#include <cstdint>

#include "term_classifier.h"

namespace lessenbank::plugin {

namespace {

// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes yield U+FFFD.
char32_t next_code_point(const std::string& s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i++]);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  char32_t cp = b & (0x3F >> extra);
  if (extra == 0) return 0xFFFD;
  for (; extra > 0 && i < s.size(); --extra) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

// Folds a code point to a lowercase ASCII letter or digit, or 0 for a separator.
char fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return static_cast<char>(c);
  if (c >= 0xC0 && c <= 0x17F) {
    // Latin-1 Supplement and Latin Extended-A: map the letters Dutch uses.
    static const char* const table =
        "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"   // U+00C0..U+00DF
        "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";  // U+00E0..U+00FF
    if (c <= 0xFF) return table[c - 0xC0];
    return 0;  // rarer letters: treated as separators
  }
  return 0;
}

}  // namespace

std::vector<std::string> fold_words(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  for (std::size_t i = 0; i < text.size();) {
    const char c = fold(next_code_point(text, i));
    if (c) {
      current += c;
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

}  // namespace lessenbank::plugin
