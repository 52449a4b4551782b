#include "matching.h"

#include <algorithm>

namespace lessenbank {

Xapian::Query most_words_first(const std::vector<QueryWord>& words, double tier_weight, double title_weight) {
  std::vector<Xapian::Query> parts;
  for (const auto& w : words) {
    parts.push_back(w.query);
    // Only adds weight to entries the word already matched.
    if (!w.title.empty()) {
      parts.emplace_back(Xapian::Query::OP_AND_MAYBE, w.query,
                         Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, w.title, title_weight));
    }
    if (words.size() == 1) continue;
    // A constant per word found: counts words, whatever their BM25 weight.
    auto* tier = new Xapian::FixedWeightPostingSource(tier_weight);
    parts.emplace_back(Xapian::Query::OP_FILTER, Xapian::Query(tier->release()), w.query);
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
