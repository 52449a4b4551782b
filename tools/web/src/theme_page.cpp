// GET /thema/<id> : one theme: its description, counts per type and its most
// central entries (by the plugin's evidence).
#include "handlers.h"
#include "layout.h"
#include "lessenbank/html.h"
#include "lessenbank/vocabulary.h"

namespace lessenbank::web {

namespace {

constexpr std::size_t kCentral = 10;

std::string type_counts(const std::string& theme, const SearchResult& r) {
  const auto f = r.facets.find("type");
  if (f == r.facets.end() || f->second.empty()) return {};
  std::string h = "<h2>Per type</h2>\n<ul class=\"tellingen\">\n";
  for (const auto& [type, n] : f->second) {
    h += "<li><a href=\"/" + html_escape(query_string({{"thema", theme}, {"type", type}})) + "\">" +
         html_escape(type_label(type)) + "</a> <span class=\"aantal\">" + std::to_string(n) + "</span></li>\n";
  }
  return h + "</ul>\n";
}

// Counts of sub-facet `t.subfacet` within theme `theme`, each a link to that refinement.
std::string subfacet_counts(const PluginInfo& t, const SearchResult& r, const std::string& theme) {
  const auto f = r.facets.find(t.subfacet);
  if (f == r.facets.end() || f->second.empty()) return {};
  std::string h = "<h2>Per " + html_escape(t.subfacet) + "</h2>\n<ul class=\"tellingen\">\n";
  for (const auto& [value, n] : f->second) {
    h += "<li><a href=\"/" + html_escape(query_string({{"thema", theme}, {"sub", t.subfacet + ":" + value}})) +
         "\">" + html_escape(value) + "</a> <span class=\"aantal\">" + std::to_string(n) + "</span></li>\n";
  }
  return h + "</ul>\n";
}

// A theme on nearly every entry barely filters: point to the sub-facets of
// all themes, which do.
constexpr double kBroadShare = 0.9;

std::string broad_note(const PluginInfo& t, const SearchResult& r, std::size_t entries, const ThemeCatalog& catalog) {
  if (entries < 20 || r.total < kBroadShare * double(entries)) return {};
  std::string names, lists;
  for (const auto& other : catalog.all()) {
    if (other.subfacet.empty()) continue;
    names += (names.empty() ? "" : ", ") + other.subfacet;
    if (other.id != t.id) lists += subfacet_counts(other, r, t.id);
  }
  return "<p class=\"notitie\">" + html_escape(t.label) + " staat bij bijna alle items (" + std::to_string(r.total) +
         " van de " + std::to_string(entries) + "). Verfijn daarom op " + html_escape(names) +
         ": die onderscheiden de items wel.</p>\n" + lists;
}

std::string central_list(const SearchResult& r) {
  std::string h = "<h2>Meest kenmerkende items</h2>\n<ol class=\"kern\">\n";
  for (const auto& hit : r.hits) {
    h += "<li><a href=\"/doc/" + html_escape(hit.id) + "\">" + html_escape(hit.title) + "</a> <span class=\"meta\">" +
         html_escape(type_label(hit.type)) + "</span></li>\n";
  }
  return h + "</ol>\n";
}

}  // namespace

Response theme_page(const Request& req, Context& ctx, const std::string& id) {
  const PluginInfo* theme = ctx.themes.find(id);
  if (!theme) return error_response(req, 404, "Er is geen thema '" + id + "'.");
  SearchRequest s;
  s.themes = {id};
  s.visible_themes = ctx.themes.ids();
  s.sort = SearchRequest::Sort::Centrality;
  s.limit = kCentral;
  SearchResult r;
  std::size_t entries = 0;
  {
    auto searcher = ctx.searchers.acquire();
    r = searcher->search(s);
    entries = searcher->size();
  }
  std::string main = "<article class=\"thema\">\n<p class=\"kruimel\"><a href=\"/\">Lessenbank</a> › Thema</p>\n<h1>" +
                     html_escape(theme->label) + "</h1>\n<p class=\"samenvatting\">" + html_escape(theme->description) +
                     "</p>\n<p><a href=\"/" + html_escape(query_string({{"thema", id}})) + "\">Alle " +
                     std::to_string(r.total) + " items over " + html_escape(theme->label) + "</a></p>\n";
  main += "<div class=\"tweedeling\"><div>" + subfacet_counts(*theme, r, id) + broad_note(*theme, r, entries, ctx.themes) +
          type_counts(id, r) + "</div><div>" +
          central_list(r) + "</div></div>\n</article>\n";
  Response resp;
  resp.body = page(theme->label, main);
  return resp;
}

}  // namespace lessenbank::web
