// The search page's filters: a GET form of checkboxes (works without
// JavaScript) inside a "Filters (n)" disclosure. Values within one group are
// alternatives, groups narrow each other (see core/src/facet_groups.h).
#pragma once

#include <string>

#include "handlers.h"
#include "lessenbank/search.h"

namespace lessenbank::web {

// The number of selected filter values in `s` (the n of "Filters (n)").
std::size_t selected_filter_count(const SearchRequest& s);

// <details id="filterpaneel"> with the filter form: theme, doelgroep ("voor"),
// the plugins' sub-facets as refinements, type. Every theme and type is present (hidden
// when it counts nothing and is not chosen) so that the script can show it
// again as the query changes.
std::string filter_panel(const SearchRequest& s, const SearchResult& r, const ThemeCatalog& catalog);

}  // namespace lessenbank::web
