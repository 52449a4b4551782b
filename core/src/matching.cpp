#include "matching.h"

#include <algorithm>

#include "compounds.h"
#include "schema.h"

namespace lessenbank {

namespace {

// Adds `extra` (scaled) to the entries `base` already matched.
Xapian::Query bonus(const Xapian::Query& base, const Xapian::Query& extra, double scale) {
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, base, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, extra, scale));
}

// The forms of `w` that carry positions: its unprefixed terms and the words
// as typed (the parser keeps only the stem of a plain word, and stems and
// compound parts have no positions). One member of the proximity query per
// typed word.
void positional_forms(const QueryWord& w, std::vector<Xapian::Query>& members) {
  std::vector<Xapian::Query> forms;
  for (auto t = w.query.get_unique_terms_begin(); t != w.query.get_unique_terms_end(); ++t) {
    if (schema::is_word_term(*t)) forms.emplace_back(*t);
  }
  const std::vector<std::string> typed = words_of(w.label);
  if (typed.size() == 1) {
    forms.emplace_back(typed[0]);
    members.emplace_back(Xapian::Query::OP_OR, forms.begin(), forms.end());
    return;
  }
  for (const auto& t : typed) members.emplace_back(t);
}

// Entries where the words stand close together ("foutjes maken mag", "het
// wel regelt"): the words' BM25 once more, so that among entries with the same
// number of words the one that says it in one breath comes first.
// Xapian checks the positions of every entry that has all the members, so the
// bonus is left out when even the rarest member is too common to check cheaply.
Xapian::Query proximity(const std::vector<QueryWord>& words, const std::function<bool(const std::string&)>& too_common) {
  if (words.size() < 2) return {};
  std::vector<Xapian::Query> members;
  for (const auto& w : words) positional_forms(w, members);
  const bool affordable = !too_common || std::any_of(members.begin(), members.end(), [&](const Xapian::Query& m) {
    return std::none_of(m.get_unique_terms_begin(), m.get_unique_terms_end(), too_common);
  });
  if (!affordable) return {};
  const auto window = static_cast<Xapian::termcount>(2 * members.size() + 2);
  return Xapian::Query(Xapian::Query::OP_NEAR, members.begin(), members.end(), window);
}

}  // namespace

Xapian::Query most_words_first(const std::vector<QueryWord>& words, const WordWeights& weights) {
  std::vector<Xapian::Query> parts;
  for (const auto& w : words) {
    parts.push_back(w.query);
    // Only adds weight to entries the word already matched.
    if (!w.title.empty()) parts.push_back(bonus(w.query, w.title, weights.title));
    if (!w.typed.empty() && weights.typed > 0) parts.push_back(bonus(w.query, w.typed, weights.typed));
    if (words.size() == 1) continue;
    // A constant per word found: counts words, whatever their BM25 weight.
    auto* tier = new Xapian::FixedWeightPostingSource(weights.tier);
    parts.emplace_back(Xapian::Query::OP_FILTER, Xapian::Query(tier->release()), w.query);
  }
  if (weights.near > 0) {
    if (Xapian::Query near = proximity(words, weights.too_common); !near.empty()) {
      parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, near, weights.near);
    }
  }
  if (parts.size() == 1) return parts[0];
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

Xapian::Query every_word(const std::vector<QueryWord>& words) {
  std::vector<Xapian::Query> parts;
  for (const auto& w : words) parts.push_back(w.query);
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

std::vector<std::string> missing_words(const std::vector<QueryWord>& words, std::vector<std::string> matching) {
  std::sort(matching.begin(), matching.end());  // Xapian gives them in query order
  std::vector<std::string> out;
  for (const auto& w : words) {
    bool found = false;
    for (auto t = w.query.get_unique_terms_begin(); t != w.query.get_unique_terms_end() && !found; ++t) {
      found = std::binary_search(matching.begin(), matching.end(), *t);
    }
    if (!found) out.push_back(w.label);
  }
  return out;
}

}  // namespace lessenbank
