// "Meer zoals dit" (private to core): entries like a given one, from its own
// weighted terms and themes.
#pragma once

#include <xapian.h>

#include <string>

#include "lessenbank/document.h"

namespace lessenbank {

// True for a section heading that lists rather than describes: "Zie ook",
// "Verwante items", "Geïnterviewde …", "Bronnen …", "Bijlage …".
bool is_boilerplate_heading(const std::string& heading);

// A query for entries like `doc` (stored in `db`): its most distinctive
// stemmed words (title and summary count more; boilerplate sections are
// left out), each weighted by its wdf and rarity, plus its themes. Does not
// exclude `doc` itself.
Xapian::Query related_query(const Xapian::Database& db, const Document& doc, const Xapian::Stem& stemmer);

}  // namespace lessenbank
