// The hit records (schema::kSlotHit) of the hits of a search over banks with
// remote parts, in one match instead of one document request per hit, each a
// network round trip to a xapian-tcpsrv (private to core).
//
// The search's MSet must carry each hit's entry id as its sort key
// (Enquire::set_sort_by_relevance_then_value(schema::kSlotId)); a second match
// over those ids, sorted by the hit record, then brings every record back as
// the sort key of its item: one round trip per bank, all banks at once.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>

namespace lessenbank {

// Hit record by docid of `db` for the items of `mset` (a search of `db`)
// that carry an id as sort key; the others are left out (read them from the
// document). Throws Xapian::Error.
std::unordered_map<Xapian::docid, std::string> hit_records(const Xapian::Database& db, const Xapian::MSet& mset);

}  // namespace lessenbank
