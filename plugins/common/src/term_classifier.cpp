#include "term_classifier.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace lessenbank::plugin {

namespace {

enum Field { kTitle, kSummary, kOrganisations, kBody, kFieldCount };
const char* const kFieldNames[] = {"titel", "samenvatting", "organisaties", "tekst"};
constexpr int kMaxCountPerField = 3;  // a term repeated ten times is not ten times the evidence

// Error messages carry "file:line:", as for every file an editor can break.
class XmlReader {
 public:
  XmlReader(const std::string& path, const std::string& text) : path_(path), text_(text) {}

  [[noreturn]] void fail(std::ptrdiff_t offset, const std::string& reason) const {
    int line = 1;
    for (std::ptrdiff_t i = 0; i < offset && i < static_cast<std::ptrdiff_t>(text_.size()); ++i) line += text_[i] == '\n';
    throw PluginError(path_ + ":" + std::to_string(line) + ": " + reason);
  }

  double number(const pugi::xml_node& n, const char* attr, double fallback) const {
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a) return fallback;
    char* end = nullptr;
    const double v = std::strtod(a.value(), &end);
    if (end == a.value() || *end != '\0' || v < 0) {
      fail(n.offset_debug(), std::string("attribuut '") + attr + "' moet een getal van 0 of meer zijn");
    }
    return v;
  }

  Pattern pattern(const std::string& text, const pugi::xml_node& n, double weight) const {
    Pattern p;
    p.words = fold_words(text);
    if (p.words.empty()) fail(n.offset_debug(), "lege term");
    p.exact = std::string(n.attribute("exact").value()) == "ja";
    p.label = text;
    p.weight = weight;
    return p;
  }

  // A <term> or <zinsdeel> and its synonyms (attribute synoniemen="a, b").
  void patterns(const pugi::xml_node& n, double default_weight, std::vector<Pattern>& out) const {
    const double weight = number(n, "gewicht", default_weight);
    const std::string main = n.child_value();
    out.push_back(pattern(main, n, weight));
    std::istringstream syn(n.attribute("synoniemen").value());
    for (std::string s; std::getline(syn, s, ',');) {
      if (fold_words(s).empty()) continue;
      Pattern p = pattern(s, n, weight);
      p.label = main;  // reasons name the main term
      out.push_back(std::move(p));
    }
  }

 private:
  const std::string& path_;
  const std::string& text_;
};

bool word_matches(const std::string& word, const std::string& term, bool exact, bool last) {
  if (exact || !last) return word == term;
  if (word.compare(0, term.size(), term) == 0) return true;  // prefix: inwoner -> inwoners
  // Inside a compound: ketensamenwerking contains samenwerking. Short terms
  // would match by accident, so only from six letters on.
  return term.size() >= 6 && word.find(term) != std::string::npos;
}

}  // namespace

FieldIndex::FieldIndex(std::vector<std::string> words) : words_(std::move(words)) {
  std::map<std::string, int> counts;
  for (const auto& w : words_) ++counts[w];
  blob_ = "\x01";
  for (auto& [w, n] : counts) {
    starts_.push_back(blob_.size());
    blob_ += w;
    blob_ += '\x01';
    distinct_.emplace_back(w, n);
  }
}

int FieldIndex::count_single(const std::string& term, bool exact) const {
  // Whole words: "\x01term\x01"; prefixes: "\x01term"; compounds: "term" anywhere.
  const bool anywhere = !exact && term.size() >= 6;
  const std::string needle = anywhere ? term : exact ? "\x01" + term + "\x01" : "\x01" + term;
  int n = 0;
  std::size_t last_word = std::string::npos;
  for (std::size_t at = blob_.find(needle); at != std::string::npos; at = blob_.find(needle, at + 1)) {
    // `at` is the separator before the word for whole words and prefixes, and a
    // position inside the word for compounds: the word starts at at + 1 or at.
    const std::size_t word_start = anywhere ? at : at + 1;
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), word_start);
    const std::size_t word = static_cast<std::size_t>(it - starts_.begin()) - 1;
    if (word == last_word || word >= distinct_.size()) continue;
    last_word = word;
    n += distinct_[word].second;
  }
  return n;
}

int FieldIndex::count_sequence(const Pattern& p) const { return count_matches(p, words_); }

int FieldIndex::count(const Pattern& p) const {
  return p.words.size() == 1 ? count_single(p.words[0], p.exact) : count_sequence(p);
}

int count_matches(const Pattern& p, const std::vector<std::string>& words) {
  int n = 0;
  const std::size_t len = p.words.size();
  for (std::size_t i = 0; i + len <= words.size(); ++i) {
    bool all = true;
    for (std::size_t k = 0; k < len && all; ++k) {
      all = word_matches(words[i + k], p.words[k], p.exact, k + 1 == len);
    }
    n += all;
  }
  return n;
}

void TermClassifier::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw PluginError(path + ": kan themabestand niet lezen");
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  XmlReader reader(path, text);
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size());
  if (!parsed) reader.fail(parsed.offset, parsed.description());
  const pugi::xml_node root = doc.child("thema");
  if (!root) reader.fail(0, "het hoofdelement moet <thema> zijn");

  version_ = root.attribute("versie").as_string("0");
  threshold_ = reader.number(root, "drempel", 1);
  length_norm_ = std::max(1.0, reader.number(root, "lengte", 300));
  if (const pugi::xml_node f = root.child("velden")) {
    for (int i = 0; i < kFieldCount; ++i) field_weights_[i] = reader.number(f, kFieldNames[i], field_weights_[i]);
  }
  patterns_.clear();
  for (const pugi::xml_node n : root.child("termen").children()) {
    const std::string name = n.name();
    if (name != "term" && name != "zinsdeel") reader.fail(n.offset_debug(), "onbekend element <" + name + "> in <termen>");
    reader.patterns(n, 1, patterns_);
  }
  if (patterns_.empty()) reader.fail(root.offset_debug(), "geen <term> of <zinsdeel> in <termen>");
  const pugi::xml_node sub = root.child("subfacet");
  subfacet_ = sub.attribute("naam").as_string();
  subfacet_values_.clear();
  for (const pugi::xml_node v : sub.children("waarde")) {
    SubfacetValue value{v.attribute("naam").as_string(), {}};
    if (value.name.empty()) reader.fail(v.offset_debug(), "<waarde> zonder naam");
    for (const pugi::xml_node t : v.children("term")) reader.patterns(t, 1, value.patterns);
    subfacet_values_.push_back(std::move(value));
  }
}

Classification TermClassifier::classify(const DocumentView& doc, const std::string& theme) const {
  std::string orgs;
  for (const auto& o : doc.organisations) orgs += o + " ; ";
  for (const auto& p : doc.places) orgs += p + " ; ";
  const FieldIndex fields[kFieldCount] = {FieldIndex(fold_words(doc.title)), FieldIndex(fold_words(doc.summary)),
                                          FieldIndex(fold_words(orgs)), FieldIndex(fold_words(doc.body))};
  const std::size_t body_words = fields[kBody].size() + fields[kSummary].size();
  // Evidence per term label: score and the fields it was found in.
  std::map<std::string, std::pair<double, std::string>> evidence;
  double raw = 0;
  for (const Pattern& p : patterns_) {
    for (int f = 0; f < kFieldCount; ++f) {
      const int n = std::min(fields[f].count(p), kMaxCountPerField);
      if (n == 0) continue;
      const double s = p.weight * field_weights_[f] * n;
      raw += s;
      auto& [score, where] = evidence[p.label];
      score += s;
      if (where.find(kFieldNames[f]) == std::string::npos) where += (where.empty() ? "" : ", ") + std::string(kFieldNames[f]);
    }
  }
  // Long texts gather some evidence for every theme: beyond `lengte` words,
  // judge density rather than bulk.
  const double words = static_cast<double>(body_words);
  raw /= std::sqrt(std::max(1.0, words / length_norm_));
  Classification c;
  c.tagged = std::find(doc.tagged_themes.begin(), doc.tagged_themes.end(), theme) != doc.tagged_themes.end();
  c.detected = raw >= threshold_;
  c.member = c.tagged || c.detected;
  // Evidence keeps ranking beyond the threshold: raw == threshold gives 0.5,
  // three times the threshold 0.75, nine times 0.9 (a clamp made most
  // members equal, so theme pages fell back to id order).
  c.score = raw / (raw + threshold_);

  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [label, e] : evidence) ranked.emplace_back(e.first, "'" + label + "' (" + e.second + ")");
  std::sort(ranked.rbegin(), ranked.rend());
  std::string terms;
  for (std::size_t i = 0; i < ranked.size() && i < 4; ++i) terms += (i ? ", " : "") + ranked[i].second;
  if (c.tagged) c.reason = c.detected ? "getagd in 'themas'; ook herkend aan " + terms : "getagd in 'themas'";
  else if (c.detected) c.reason = "herkend aan " + terms;
  else c.reason = terms.empty() ? "geen kenmerkende termen" : "te weinig kenmerkende termen: " + terms;

  if (c.member) {
    for (const auto& v : subfacet_values_) {
      bool hit = false;
      for (const auto& p : v.patterns) {
        for (int f = 0; f < kFieldCount && !hit; ++f) hit = fields[f].count(p) > 0;
      }
      if (hit) c.subfacet_values.push_back(v.name);
    }
  }
  return c;
}

}  // namespace lessenbank::plugin
