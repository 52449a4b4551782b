// Which of a few query terms each of a few documents has, from the terms'
// posting lists (private to core). Reading a posting list to a document is
// far cheaper than Enquire::get_matching_terms, which decompresses each
// document's whole term list.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

namespace lessenbank {

// For each of `docids` (any order, ids of `db`), the terms of `terms` that
// the document has, sorted. Meant for a local database: a remote one sends
// whole posting lists. Throws Xapian::Error.
std::vector<std::vector<std::string>> terms_present(const Xapian::Database& db, std::vector<std::string> terms,
                                                    const std::vector<Xapian::docid>& docids);

// The same for a database with remote parts (xapian-tcpsrv), where a posting
// list would be sent whole: one match over the documents whose unique id terms
// are `id_terms` (one per document of `docids`; several banks may share an
// id), in which each term adds its own power of two to a document's weight,
// so that the weight says which terms the document has. One round trip per
// bank for up to kTermsPerMatch terms. Throws Xapian::Error.
std::vector<std::vector<std::string>> terms_present_by_match(const Xapian::Database& db, std::vector<std::string> terms,
                                                             const std::vector<std::string>& id_terms,
                                                             const std::vector<Xapian::docid>& docids);
// Weights are doubles: exact sums of up to 52 powers of two.
constexpr std::size_t kTermsPerMatch = 48;

}  // namespace lessenbank
