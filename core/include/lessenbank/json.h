// The JSON forms shared by the CLI (--json) and the web API, so both agree.
#pragma once

#include <string>

#include "lessenbank/document.h"
#include "lessenbank/search.h"

namespace lessenbank {

// {"query","total","total_exact","hits":[{"id","path","title","type","themes",
//  "score","snippet","summary","year","source"}],"facets":{"type":{},"thema":{}}}
std::string to_json(const SearchResult& result);

// The full entry: metadata, html, path.
std::string to_json(const Document& document);

}  // namespace lessenbank
