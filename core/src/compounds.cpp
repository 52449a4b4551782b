#include "compounds.h"

#include <xapian.h>

#include <algorithm>

namespace lessenbank {

namespace {

constexpr const char* kLinkers[] = {"", "s", "e", "en"};

std::size_t shortest(const std::vector<std::string>& parts) {
  std::size_t n = std::string::npos;
  for (const auto& p : parts) n = std::min(n, p.size());
  return n;
}

}  // namespace

std::vector<std::string> CompoundSplitter::split(const std::string& word) const {
  return split(std::string_view(word));
}

// Substrings are looked up as views: no string is made for a part unless it
// is known (most are not).
std::vector<std::string> CompoundSplitter::split(std::string_view word) const {
  std::vector<std::string> best;
  if (word.size() < kMinWord) return best;
  for (std::size_t i = kMinPart; i + kMinPart <= word.size(); ++i) {
    const std::string_view head = word.substr(0, i);
    if (!known(head)) continue;
    for (const char* linker : kLinkers) {
      const std::string_view l(linker);
      if (word.compare(i, l.size(), l) != 0) continue;
      const std::string_view rest = word.substr(i + l.size());
      if (rest.size() < kMinPart) continue;
      std::vector<std::string> parts;
      if (known_last_part(rest)) {
        parts = {std::string(head), std::string(rest)};
      } else {
        parts = split(rest);
        if (parts.empty()) continue;
        parts.insert(parts.begin(), std::string(head));
      }
      if (best.empty() || shortest(parts) > shortest(best)) best = std::move(parts);
    }
  }
  return best;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
    if (Xapian::Unicode::is_wordchar(*it)) {
      Xapian::Unicode::append_utf8(current, Xapian::Unicode::tolower(*it));
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

}  // namespace lessenbank
