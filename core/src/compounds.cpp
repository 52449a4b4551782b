#include "compounds.h"

#include <xapian.h>

#include <algorithm>

namespace lessenbank {

std::vector<std::string> CompoundSplitter::split(const std::string& word) const {
  const auto head = [this](std::string_view part) { return known(part); };
  const auto last = [this](std::string_view part) { return known_last_part(part); };
  return split_compound(word, head, last, word.size() / kMinCompoundPart);
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
