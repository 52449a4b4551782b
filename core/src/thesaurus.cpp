#include "lessenbank/thesaurus.h"

#include <pugixml.hpp>
#include <xapian.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "text.h"

namespace lessenbank {

namespace {

// Base letter of a Latin-1 / Latin Extended-A letter, or 0 when it has none.
char32_t base_letter(char32_t c) {
  static const char* const latin1 =
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
  if (c >= 0xC0 && c <= 0xFF) return static_cast<unsigned char>(latin1[c - 0xC0]);
  return 0;
}

bool is_operator(const std::string& t) {
  return t == "AND" || t == "OR" || t == "NOT" || t == "EN" || t == "OF" || t == "NIET" || t == "XOR";
}

// A query token that thesaurus matching may look at.
struct Token {
  std::string text;     // as typed
  std::string folded;   // folded, trailing punctuation removed
  bool matchable = true;
};

std::vector<Token> tokenize(const std::string& query) {
  std::vector<Token> tokens;
  bool quoted = false;
  std::istringstream in(query);
  for (std::string w; in >> w;) {
    const bool opens = !w.empty() && w.front() == '"';
    const bool closes = w.size() > (opens ? 1u : 0u) && w.back() == '"';
    Token t{w, {}, !quoted && !opens && !is_operator(w) && w.find(':') == std::string::npos &&
                       w.find('*') == std::string::npos && w.find('(') == std::string::npos &&
                       w.find(')') == std::string::npos};
    if (opens != closes) quoted = !quoted;
    std::string f = fold_diacritics(w);
    while (!f.empty() && std::string("?!.,;").find(f.back()) != std::string::npos) f.pop_back();
    t.folded = f;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

bool is_ascii(const std::string& s) {
  for (const unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// The folded words of a thesaurus term. Nearly all terms are ASCII, which only
// needs lowercasing; the thesaurus has over a thousand terms, so this is hot.
std::vector<std::string> folded_words(const std::string& term) {
  std::string folded = term;
  if (is_ascii(term)) {
    for (char& c : folded) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  } else {
    folded = fold_diacritics(term);
  }
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < folded.size()) {
    const std::size_t end = std::min(folded.find_first_of(" \t\r\n", start), folded.size());
    if (end > start) out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Every term of every group as folded words, computed once per expansion.
struct FoldedTerm {
  std::vector<std::string> words;
  const std::vector<std::string>* group;
};

std::vector<FoldedTerm> fold_terms(const std::vector<std::vector<std::string>>& groups) {
  std::vector<FoldedTerm> out;
  for (const auto& g : groups) {
    for (const auto& term : g) out.push_back({folded_words(term), &g});
  }
  return out;
}

bool within_limits(const std::vector<std::string>& group) {
  if (group.size() > Thesaurus::kMaxGroupTerms) return false;
  return std::all_of(group.begin(), group.end(),
                     [](const std::string& t) { return t.size() <= Thesaurus::kMaxTermBytes; });
}

}  // namespace

std::string Thesaurus::alternatives(const std::vector<std::string>& group) {
  std::string out = "(";
  for (std::size_t i = 0; i < group.size(); ++i) {
    const bool phrase = group[i].find(' ') != std::string::npos;
    out += (i ? " OR " : "") + (phrase ? "\"" + group[i] + "\"" : group[i]);
  }
  return out + ")";
}

void Thesaurus::build_index() {
  by_first_word_.clear();
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (const auto& term : groups[g]) {
      auto words = folded_words(term);
      if (words.empty()) continue;
      by_first_word_[words[0]].push_back({std::move(words), g});
    }
  }
}

std::pair<const std::vector<std::string>*, std::size_t> Thesaurus::match_at(const std::vector<std::string>& words,
                                                                            std::size_t i) const {
  std::pair<const std::vector<std::string>*, std::size_t> best{nullptr, 0};
  auto consider = [&](const std::vector<std::string>& term, const std::vector<std::string>& group) {
    if (term.size() <= best.second || i + term.size() > words.size()) return;
    if (std::equal(term.begin(), term.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) best = {&group, term.size()};
  };
  if (!by_first_word_.empty() || groups.empty()) {
    const auto it = by_first_word_.find(words[i]);
    if (it != by_first_word_.end()) {
      for (const auto& e : it->second) consider(e.words, groups[e.group]);
    }
    return best;
  }
  for (const auto& t : fold_terms(groups)) consider(t.words, *t.group);  // no index built
  return best;
}

bool Thesaurus::has_term(const std::string& folded) const {
  const std::vector<std::string> one{folded};
  const auto [group, len] = match_at(one, 0);
  return group && len == 1;
}

std::string fold_diacritics(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
    char32_t c = Xapian::Unicode::tolower(*it);
    if (const char32_t b = base_letter(c)) c = b;
    Xapian::Unicode::append_utf8(out, c);
  }
  return out;
}

std::string Thesaurus::serialize() const {
  std::string out;
  for (const auto& g : groups) {
    for (std::size_t i = 0; i < g.size(); ++i) out += (i ? "\t" : "") + g[i];
    out += '\n';
  }
  return out;
}

Thesaurus Thesaurus::parse(const std::string& data) {
  Thesaurus t;
  std::istringstream in(data);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> group;
    std::istringstream fields(line);
    for (std::string term; std::getline(fields, term, '\t');) {
      if (!term.empty()) group.push_back(term);
    }
    if (group.size() > 1 && within_limits(group)) t.groups.push_back(std::move(group));
  }
  t.build_index();
  return t;
}

std::string Thesaurus::expand(const std::string& query) const {
  if (groups.empty()) return query;
  const std::vector<Token> tokens = tokenize(query);
  std::vector<std::string> folded;
  for (const auto& t : tokens) folded.push_back(t.matchable ? t.folded : std::string("\x01"));
  std::string out;
  for (std::size_t i = 0; i < tokens.size();) {
    const auto [group, len] = match_at(folded, i);
    out += out.empty() ? "" : " ";
    if (group) {
      out += alternatives(*group);
      i += len;
    } else {
      out += tokens[i++].text;
    }
  }
  return out;
}

ThesaurusResult load_thesaurus(const std::filesystem::path& file, const std::string& display_path) {
  ThesaurusResult r;
  std::ifstream in(file, std::ios::binary);
  if (!in) return r;  // no thesaurus: nothing to apply
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size());
  if (!parsed) {
    r.diagnostics.push_back({display_path, text::line_of(text, parsed.offset), std::string("XML-fout: ") + parsed.description()});
    return r;
  }
  const pugi::xml_node root = doc.child("thesaurus");
  if (!root) {
    r.diagnostics.push_back({display_path, 1, "het hoofdelement moet <thesaurus> zijn"});
    return r;
  }
  for (const pugi::xml_node g : root.children("groep")) {
    std::vector<std::string> group;
    for (const pugi::xml_node t : g.children("term")) {
      const std::string term = text::trim(t.child_value());
      if (!term.empty()) group.push_back(term);
    }
    if (group.size() < 2) {
      r.diagnostics.push_back({display_path, text::line_of(text, g.offset_debug()),
                               "een <groep> heeft minstens twee <term>en nodig"});
      continue;
    }
    if (!within_limits(group)) {
      r.diagnostics.push_back({display_path, text::line_of(text, g.offset_debug()),
                               "een <groep> mag hoogstens " + std::to_string(Thesaurus::kMaxGroupTerms) +
                                   " <term>en van elk hoogstens " + std::to_string(Thesaurus::kMaxTermBytes) +
                                   " bytes hebben (deze heeft er " + std::to_string(group.size()) + ")"});
      continue;
    }
    r.thesaurus.groups.push_back(std::move(group));
  }
  r.thesaurus.build_index();
  return r;
}

}  // namespace lessenbank
