// GET /api/search and /api/doc/<id>: the JSON API (same JSON as the CLI).
#include "handlers.h"
#include "lessenbank/json.h"
#include "params.h"

namespace lessenbank::web {

namespace {

Response json(std::string body) {
  Response r;
  r.content_type = "application/json; charset=utf-8";
  r.body = std::move(body);
  return r;
}

}  // namespace

Response api_search(const Request& req, Context& ctx) {
  SearchRequest s = search_request_from(req, ctx.themes);
  s.limit = static_cast<std::size_t>(int_param(req, "limit", 1, SearchRequest::max_limit, 10));
  s.offset = static_cast<std::size_t>(int_param(req, "offset", 0, 10000, 0));
  auto searcher = ctx.searchers.acquire();
  return json(to_json(searcher->search(s)));
}

Response api_facets(const Request& req, Context& ctx) {
  SearchRequest s = search_request_from(req, ctx.themes);
  s.limit = 0;
  auto searcher = ctx.searchers.acquire();
  return json(facets_to_json(searcher->search(s)));
}

Response api_suggest(const Request& req, Context& ctx) {
  const std::string typed = req.get("q");
  if (typed.size() > 200) throw BadRequest("De invoer is te lang voor suggesties (maximaal 200 tekens).");
  const auto limit = static_cast<std::size_t>(int_param(req, "limit", 1, 20, 8));
  auto searcher = ctx.searchers.acquire();
  Response r = json(suggestions_to_json(typed, searcher->suggest(typed, limit)));
  r.headers.emplace_back("Cache-Control", "max-age=60");
  return r;
}

Response api_document(const Request& req, Context& ctx, const std::string& id) {
  auto searcher = ctx.searchers.acquire();
  const auto doc = searcher->document(id);
  if (!doc) return error_response(req, 404, "Er is geen item met id '" + id + "'.");
  return json(to_json(*doc, searcher->more_like_this(id), searcher->backlinks(id)));
}

}  // namespace lessenbank::web
