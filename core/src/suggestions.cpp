#include "suggestions.h"

#include "compounds.h"
#include "lessenbank/thesaurus.h"
#include "schema.h"

namespace lessenbank {

namespace {

// Xapian refuses terms over 245 bytes; key terms stay well below.
constexpr std::size_t kMaxKeyTerm = 64;
constexpr Xapian::termcount kMaxPrefixExpansion = 50;

}  // namespace

std::vector<std::string> key_terms(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& w : words_of(fold_diacritics(text))) {
    if (w.size() <= kMaxKeyTerm) out.push_back(w);
  }
  return out;
}

Xapian::Query suggestion_query(const std::string& typed) {
  const std::vector<std::string> words = key_terms(typed);
  if (words.empty()) return {};
  std::vector<Xapian::Query> parts;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) parts.emplace_back(schema::kKeyTerm + words[i]);
  const std::string last = schema::kKeyTerm + words.back();
  // The last word may be unfinished: its exact term, or any term it begins.
  parts.emplace_back(Xapian::Query::OP_OR, Xapian::Query(last),
                     Xapian::Query(Xapian::Query::OP_WILDCARD, last, kMaxPrefixExpansion,
                                   Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT));
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

}  // namespace lessenbank
