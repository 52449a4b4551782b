#include "hit_values.h"

#include <algorithm>
#include <vector>

#include "schema.h"
#include "term_limits.h"

namespace lessenbank {

std::unordered_map<Xapian::docid, std::string> hit_records(const Xapian::Database& db, const Xapian::MSet& mset) {
  std::unordered_map<Xapian::docid, std::string> out;
  std::vector<Xapian::Query> ids;
  std::vector<Xapian::docid> hits;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const std::string id = it.get_sort_key();
    if (id.empty()) continue;
    ids.emplace_back(bounded_term(schema::kId, id));
    hits.push_back(*it);
  }
  std::sort(hits.begin(), hits.end());
  if (ids.empty()) return out;
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end()));
  enquire.set_sort_by_value(schema::kSlotHit, false);
  // Banks may share an id: room for every bank's entry of each id.
  const auto room = static_cast<Xapian::doccount>(ids.size() * std::max<std::size_t>(1, db.size()));
  const Xapian::MSet records = enquire.get_mset(0, room);
  for (auto it = records.begin(); it != records.end(); ++it) {
    // Only the hits asked for: another bank's entry with the same id is no hit.
    if (std::binary_search(hits.begin(), hits.end(), *it)) out.emplace(*it, it.get_sort_key());
  }
  return out;
}

}  // namespace lessenbank
