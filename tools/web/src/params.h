// Validation of query-string parameters (private to the web server).
#pragma once

#include "http_types.h"
#include "lessenbank/search.h"

namespace lessenbank::web {

// q, thema (repeatable), type (repeatable), sortering; throws BadRequest with
// a Dutch message for values that are not allowed.
SearchRequest search_request_from(const Request& req);

// An integer parameter in [min, max], or `fallback` when absent.
long int_param(const Request& req, const std::string& name, long min, long max, long fallback);

}  // namespace lessenbank::web
