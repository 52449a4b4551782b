// Which of a few query terms each of a few documents has, from the terms'
// posting lists (private to core). Reading a posting list to a document is
// far cheaper than Enquire::get_matching_terms, which decompresses each
// document's whole term list.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace lessenbank {

// For each of `docids` (any order, ids of `db`), the terms of `terms` that
// the document has, sorted. Meant for a local database: a remote one sends
// whole posting lists. Throws Xapian::Error.
std::vector<std::vector<std::string>> terms_present(const Xapian::Database& db, std::vector<std::string> terms,
                                                    const std::vector<Xapian::docid>& docids);

}  // namespace lessenbank
