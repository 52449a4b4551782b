// Every route's handler: a function of (request, context) -> response.
// The route table that maps paths to them is in routes.cpp.
#pragma once

#include <string>
#include <vector>

#include "http_types.h"
#include "lessenbank/plugin_host.h"
#include "searcher_pool.h"

namespace lessenbank::web {

// The themes of the loaded plugins, in display order.
class ThemeCatalog {
 public:
  explicit ThemeCatalog(std::vector<PluginInfo> themes) : themes_(std::move(themes)) {}
  const std::vector<PluginInfo>& all() const { return themes_; }
  const PluginInfo* find(const std::string& id) const;
  std::string label(const std::string& id) const;  // the id itself when unknown
  std::vector<std::string> ids() const;

 private:
  std::vector<PluginInfo> themes_;
};

struct Context {
  SearcherPool& searchers;
  const ThemeCatalog& themes;
};

Response search_page(const Request& req, Context& ctx);                          // GET /
Response document_page(const Request& req, Context& ctx, const std::string& id);  // GET /doc/<id>
Response theme_page(const Request& req, Context& ctx, const std::string& id);     // GET /thema/<id>
Response api_search(const Request& req, Context& ctx);                           // GET /api/search
Response api_document(const Request& req, Context& ctx, const std::string& id);  // GET /api/doc/<id>
Response api_facets(const Request& req, Context& ctx);                           // GET /api/facets
Response api_suggest(const Request& req, Context& ctx);                          // GET /api/suggest
Response stylesheet();                                                           // GET /static/style.css
Response script();                                                               // GET /static/app.js
Response opensearch(const Request& req);                                         // GET /opensearch.xml

// Error pages: HTML for people, JSON under /api/.
Response error_response(const Request& req, int status, const std::string& message);

// Dispatches a request to its handler; never throws.
Response route(const Request& req, Context& ctx);

}  // namespace lessenbank::web
