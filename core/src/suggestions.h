// Suggestions as you type (private to core): titles and key terms, folded.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace lessenbank {

// The folded key terms of an entry for suggestions (prefix schema::kKeyTerm):
// the words of its title, organisations and places, lowercase and without
// diacritics ("Súdwest-Fryslân" -> "sudwest", "fryslan").
std::vector<std::string> key_terms(const std::string& text);

// Entries whose key terms hold every typed word, the last one as a prefix
// ("Sudwest Fr" finds "Súdwest-Fryslân"). Empty query when nothing usable
// was typed.
Xapian::Query suggestion_query(const std::string& typed);

}  // namespace lessenbank
