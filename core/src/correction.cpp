#include "correction.h"

#include <algorithm>
#include <sstream>
#include <vector>

namespace lessenbank {

namespace {

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string strip_punctuation(std::string w) {
  while (!w.empty() && std::string("?!.,;:\"()").find(w.back()) != std::string::npos) w.pop_back();
  while (!w.empty() && std::string("\"(").find(w.front()) != std::string::npos) w.erase(0, 1);
  return w;
}

// "OD's" -> "OD", "ODs" -> "OD", "gr's" -> "gr": a plural or possessive ending.
std::string without_plural(const std::string& w) {
  for (const char* end : {"'s", "\xE2\x80\x99s", "s", "en", "n"}) {
    const std::string e(end);
    if (w.size() > e.size() + 1 && w.compare(w.size() - e.size(), e.size(), e) == 0) return w.substr(0, w.size() - e.size());
  }
  return w;
}

// Levenshtein distance over bytes, enough for "close".
std::size_t distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

bool protected_word(const std::string& typed, const Thesaurus& thesaurus) {
  const std::string w = strip_punctuation(typed);
  if (is_abbreviation(w)) return true;
  const std::string folded = fold_diacritics(w);
  return thesaurus.has_term(folded) || thesaurus.has_term(without_plural(folded));
}

// A word the index knows, an abbreviation or a thesaurus term stays as typed.
bool stays(const std::string& typed, const Thesaurus& thesaurus, const std::function<bool(const std::string&)>& known) {
  return protected_word(typed, thesaurus) || known(fold_diacritics(strip_punctuation(typed)));
}

bool close(const std::string& typed, const std::string& corrected) {
  const std::string a = fold_diacritics(strip_punctuation(typed)), b = fold_diacritics(strip_punctuation(corrected));
  return distance(a, b) <= (a.size() >= 7 ? 2u : 1u);
}

}  // namespace

bool is_abbreviation(const std::string& token) {
  std::string w = strip_punctuation(token);
  for (const char* end : {"'s", "\xE2\x80\x99s", "s"}) {
    const std::string e(end);
    if (w.size() > e.size() + 1 && w.compare(w.size() - e.size(), e.size(), e) == 0) {
      w = w.substr(0, w.size() - e.size());
      break;
    }
  }
  int upper = 0, digits = 0;
  for (unsigned char c : w) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c >= '0' && c <= '9') ++digits;
    else if (c != '-' && c != '&' && c != '/' && c != '.') return false;
  }
  return upper >= 2 || (upper == 1 && digits > 0);
}

bool has_correctable_word(const std::string& query, const Thesaurus& thesaurus,
                          const std::function<bool(const std::string&)>& known) {
  const auto typed = words(query);
  return std::any_of(typed.begin(), typed.end(), [&](const std::string& w) { return !stays(w, thesaurus, known); });
}

std::string acceptable_correction(const std::string& query, const std::string& corrected, const Thesaurus& thesaurus,
                                  const std::function<bool(const std::string&)>& known) {
  const auto typed = words(query), fixed = words(corrected);
  if (corrected.empty() || typed.size() != fixed.size()) return {};
  std::string out;
  std::size_t changed = 0;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    const bool keep = fold_diacritics(typed[i]) == fold_diacritics(fixed[i]) || stays(typed[i], thesaurus, known);
    if (!keep && !close(typed[i], fixed[i])) return {};
    changed += !keep;
    out += (i ? " " : "") + (keep ? typed[i] : fixed[i]);
  }
  // Several unknown words in a row are more likely another language than typos.
  if (changed >= 2 && changed * 2 >= typed.size()) return {};
  return changed ? out : std::string();
}

}  // namespace lessenbank
