// The JSON forms shared by the CLI (--json) and the web API, so both agree.
#pragma once

#include <string>

#include "lessenbank/document.h"
#include "lessenbank/search.h"

namespace lessenbank {

// {"query","suggestion","corrected","total","total_exact","hits":[{"id","path","title","type","themes",
//  "score","snippet","summary","year","source"}],"facets":{"type":{},"thema":{}}}
std::string to_json(const SearchResult& result);

// {"query","total","total_exact","facets":{...}}: counts without hits.
std::string facets_to_json(const SearchResult& result);

// {"query","suggestions":[{"id","title","type"}]} for suggestions as you type.
std::string suggestions_to_json(const std::string& typed, const std::vector<SearchHit>& suggestions);

// The full entry: metadata, html, path; with the entries most like it
// ("more_like_this": [{"id","title","type"}]) and the ids linking to it ("backlinks").
std::string to_json(const Document& document, const std::vector<SearchHit>& similar = {},
                    const std::vector<std::string>& backlinks = {});

}  // namespace lessenbank
