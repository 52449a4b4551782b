// Validation of query-string parameters (private to the web server).
#pragma once

#include "handlers.h"
#include "http_types.h"
#include "lessenbank/search.h"

namespace lessenbank::web {

// True when `query` has an odd number of '"': a phrase left open.
bool has_open_quote(const std::string& query);

// q, thema (repeatable), type (repeatable), voor (repeatable doelgroep),
// sub (repeatable "naam:waarde"),
// sortering; throws BadRequest with a Dutch message for values that are not
// allowed. Only themes of loaded plugins are accepted and shown. A quote left
// open in q is closed at the end (has_open_quote tells the page to say so).
SearchRequest search_request_from(const Request& req, const ThemeCatalog& themes);

// True when `s` is well-formed UTF-8 (no stray or overlong bytes).
bool valid_utf8(const std::string& s);

// Throws BadRequest (Dutch) when the path, a query parameter or a form field
// is not valid UTF-8, so no handler ever echoes a raw byte into HTML or JSON.
void require_utf8(const Request& req);

// An integer parameter in [min, max], or `fallback` when absent.
long int_param(const Request& req, const std::string& name, long min, long max, long fallback);

}  // namespace lessenbank::web
