// Every route's handler: a function of (request, context) -> response.
// The route table that maps paths to them is in routes.cpp.
#pragma once

#include "http_types.h"
#include "searcher_pool.h"

namespace lessenbank::web {

struct Context {
  SearcherPool& searchers;
};

Response search_page(const Request& req, Context& ctx);                          // GET /
Response document_page(const Request& req, Context& ctx, const std::string& id);  // GET /doc/<id>
Response api_search(const Request& req, Context& ctx);                           // GET /api/search
Response api_document(const Request& req, Context& ctx, const std::string& id);  // GET /api/doc/<id>
Response stylesheet();                                                           // GET /static/style.css

// Error pages: HTML for people, JSON under /api/.
Response error_response(const Request& req, int status, const std::string& message);

// Dispatches a request to its handler; never throws.
Response route(const Request& req, Context& ctx);

}  // namespace lessenbank::web
