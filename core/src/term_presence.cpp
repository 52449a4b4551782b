#include "term_presence.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <numeric>

namespace lessenbank {

namespace {

void sort_unique(std::vector<std::string>& terms) {
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
}

// Documents with any of terms[first, first + n) weigh the sum of 2^k over the
// k-th terms they have; only the documents with `id_terms` match.
Xapian::Query weighted_presence(const std::vector<std::string>& terms, std::size_t first, std::size_t n,
                                const std::vector<std::string>& id_terms) {
  std::vector<Xapian::Query> parts;
  for (std::size_t k = 0; k < n; ++k) {
    auto* bit = new Xapian::FixedWeightPostingSource(std::ldexp(1.0, static_cast<int>(k)));
    parts.emplace_back(Xapian::Query::OP_FILTER, Xapian::Query(bit->release()), Xapian::Query(terms[first + k]));
  }
  const Xapian::Query any(Xapian::Query::OP_OR, parts.begin(), parts.end());
  return Xapian::Query(Xapian::Query::OP_FILTER, any, Xapian::Query(Xapian::Query::OP_OR, id_terms.begin(), id_terms.end()));
}

}  // namespace

std::vector<std::vector<std::string>> terms_present(const Xapian::Database& db, std::vector<std::string> terms,
                                                    const std::vector<Xapian::docid>& docids) {
  sort_unique(terms);
  // Visit the documents in docid order, so each posting list is read forward once.
  std::vector<std::size_t> order(docids.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return docids[a] < docids[b]; });
  std::vector<std::vector<std::string>> out(docids.size());
  for (const auto& term : terms) {
    Xapian::PostingIterator p = db.postlist_begin(term);
    for (const std::size_t i : order) {
      if (p == db.postlist_end(term)) break;
      p.skip_to(docids[i]);
      if (p != db.postlist_end(term) && *p == docids[i]) out[i].push_back(term);
    }
  }
  return out;
}

std::vector<std::vector<std::string>> terms_present_by_match(const Xapian::Database& db, std::vector<std::string> terms,
                                                             const std::vector<std::string>& id_terms,
                                                             const std::vector<Xapian::docid>& docids) {
  sort_unique(terms);
  std::vector<std::vector<std::string>> out(docids.size());
  if (docids.empty() || terms.empty()) return out;
  std::unordered_map<Xapian::docid, std::size_t> index;
  for (std::size_t i = 0; i < docids.size(); ++i) index.emplace(docids[i], i);
  // Banks may share an id: room for every bank's document of each id.
  const Xapian::doccount room = static_cast<Xapian::doccount>(id_terms.size() * std::max<std::size_t>(1, db.size()));
  for (std::size_t first = 0; first < terms.size(); first += kTermsPerMatch) {
    const std::size_t n = std::min(kTermsPerMatch, terms.size() - first);
    Xapian::Enquire enquire(db);
    enquire.set_query(weighted_presence(terms, first, n, id_terms));
    const Xapian::MSet mset = enquire.get_mset(0, room);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const auto found = index.find(*it);
      if (found == index.end()) continue;  // the same id in another bank
      const auto bits = static_cast<std::uint64_t>(std::llround(it.get_weight()));
      for (std::size_t k = 0; k < n; ++k) {
        if (bits >> k & 1) out[found->second].push_back(terms[first + k]);
      }
    }
  }
  return out;
}

}  // namespace lessenbank
