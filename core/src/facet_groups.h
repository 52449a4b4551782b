// Disjunctive faceting, as Algolia, Meilisearch and Typesense do it (private
// to core): the values of one facet group are alternatives (OR), groups narrow
// each other (AND), and a group with a selection is counted with its own
// selection left out, so its other values say how many entries choosing them
// as well would add.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "lessenbank/search.h"

namespace lessenbank {

// Facet group names: "thema", "type", "voor" (doelgroep), and each sub-facet's own name.
inline constexpr const char* kThemeGroup = "thema";
inline constexpr const char* kTypeGroup = "type";
inline constexpr const char* kAudienceGroup = "voor";

// The sub-facet filters ("name:value") of a request by name: name -> values,
// in order of first appearance within each name.
std::map<std::string, std::vector<std::string>> subfacets_by_name(const std::vector<std::string>& subfacets);

// The groups `r` filters on ("thema", "type", "voor", sub-facet names), each once.
std::vector<std::string> selected_facet_groups(const SearchRequest& r);

// `r` with the selection of `group` removed.
SearchRequest without_facet_group(const SearchRequest& r, const std::string& group);

// The counts of `group` over the matches of `query`: exact over the first
// SearchResult::kFacetSample matches, scaled to the estimated total beyond
// that (`exact` is cleared then). Themes outside `r.visible_themes` (when it
// is not empty) are left out. May throw Xapian::Error.
std::map<std::string, std::size_t> count_facet_group(const Xapian::Database& db, const Xapian::Query& query,
                                                     const SearchRequest& r, const std::string& group, bool& exact);

}  // namespace lessenbank
