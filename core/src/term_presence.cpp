#include "term_presence.h"

#include <algorithm>
#include <numeric>

namespace lessenbank {

std::vector<std::vector<std::string>> terms_present(const Xapian::Database& db, std::vector<std::string> terms,
                                                    const std::vector<Xapian::docid>& docids) {
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
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

}  // namespace lessenbank
