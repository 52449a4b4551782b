// GET / : the search page (and, with an empty query, a browsable list).
#include <algorithm>
#include <functional>

#include "handlers.h"
#include "layout.h"
#include "lessenbank/html.h"
#include "lessenbank/vocabulary.h"
#include "params.h"

namespace lessenbank::web {

namespace {

constexpr std::size_t kPageSize = 10;

using Params = std::vector<std::pair<std::string, std::string>>;

// The current search as URL parameters, to build filter and paging links.
Params base_params(const Request& req) {
  Params p;
  for (const auto& [k, v] : req.params) {
    if ((k == "q" || k == "thema" || k == "type" || k == "sub" || k == "sortering") && !v.empty()) p.emplace_back(k, v);
  }
  return p;
}

// Link that adds `key=value` when absent and removes it when present.
std::string toggle_url(const Request& req, const std::string& key, const std::string& value) {
  Params p = base_params(req);
  const auto it = std::find(p.begin(), p.end(), std::make_pair(key, value));
  if (it != p.end()) p.erase(it);
  else p.emplace_back(key, value);
  return "/" + query_string(p);
}

std::string with_param(const Request& req, const std::string& key, const std::string& value) {
  Params p = base_params(req);
  p.erase(std::remove_if(p.begin(), p.end(), [&](const auto& kv) { return kv.first == key; }), p.end());
  if (!value.empty()) p.emplace_back(key, value);
  return "/" + query_string(p);
}

bool is_active(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

std::size_t count_of(const SearchResult& r, const std::string& facet, const std::string& value) {
  const auto f = r.facets.find(facet);
  if (f == r.facets.end()) return 0;
  const auto c = f->second.find(value);
  return c == f->second.end() ? 0 : c->second;
}

std::string facet_list(const Request& req, const SearchResult& r, const std::string& facet,
                       const std::string& param, const std::vector<std::string>& values,
                       const std::vector<std::string>& active,
                       const std::function<std::string(const std::string&)>& label) {
  std::string h;
  for (const auto& v : values) {
    // Sub-facet parameters are "name:value"; their counts are kept by value.
    const std::size_t n = count_of(r, facet, param == "sub" ? v.substr(v.find(':') + 1) : v);
    const bool on = is_active(active, v);
    if (n == 0 && !on) continue;
    h += "<li><a href=\"" + html_escape(toggle_url(req, param, v)) + "\"" +
         (on ? " class=\"aan\" aria-current=\"true\"" : "") + ">" + html_escape(label(v)) +
         " <span class=\"aantal\">" + (r.facets_exact ? "" : "ca. ") + std::to_string(n) + "</span></a></li>\n";
  }
  return h.empty() ? h : "<ul class=\"facet\">\n" + h + "</ul>\n";
}

// The sub-facet of each selected theme (e.g. "onderdeel" inside DSO).
std::string subfacet_filters(const Request& req, const SearchRequest& s, const SearchResult& r,
                             const ThemeCatalog& themes) {
  std::string h;
  for (const auto& t : s.themes) {
    const PluginInfo* p = themes.find(t);
    const auto f = p ? r.facets.find(p->subfacet) : r.facets.end();
    if (f == r.facets.end()) continue;
    std::vector<std::string> values;
    for (const auto& [v, n] : f->second) values.push_back(p->subfacet + ":" + v);
    const std::string list = facet_list(req, r, p->subfacet, "sub", values, s.subfacets, [&](const std::string& v) {
      return v.substr(p->subfacet.size() + 1);
    });
    if (!list.empty()) h += "<h2>" + html_escape(p->label + ": " + p->subfacet) + "</h2>\n" + list;
  }
  return h;
}

std::string filters(const Request& req, const SearchRequest& s, const SearchResult& r, const ThemeCatalog& catalog) {
  const std::string themes = facet_list(req, r, "thema", "thema", catalog.ids(), s.themes,
                                        [&](const std::string& t) { return catalog.label(t); });
  const std::string types = facet_list(req, r, "type", "type", known_types(), s.types,
                                       [](const std::string& t) { return type_label(t); });
  std::string h = "<aside class=\"filters\" aria-label=\"Filters\">\n";
  if (!r.facets_exact) h += "<p class=\"hint\">Aantallen zijn ongeveer: er zijn zeer veel resultaten.</p>\n";
  if (!themes.empty()) h += "<h2>Thema</h2>\n" + themes;
  h += subfacet_filters(req, s, r, catalog);
  if (!types.empty()) h += "<h2>Type</h2>\n" + types;
  return h + "</aside>\n";
}

std::string active_filters(const Request& req, const SearchRequest& s, const ThemeCatalog& catalog) {
  if (s.themes.empty() && s.types.empty() && s.subfacets.empty()) return {};
  std::string h = "<ul class=\"actief\" aria-label=\"Actieve filters\">\n";
  auto chip = [&](const std::string& param, const std::string& v, const std::string& label) {
    h += "<li><a href=\"" + html_escape(toggle_url(req, param, v)) + "\">" + html_escape(label) +
         " <span aria-hidden=\"true\">×</span><span class=\"sr\"> (filter verwijderen)</span></a></li>\n";
  };
  for (const auto& t : s.themes) chip("thema", t, "Thema: " + catalog.label(t));
  for (const auto& v : s.subfacets) chip("sub", v, v.substr(0, v.find(':')) + ": " + v.substr(v.find(':') + 1));
  for (const auto& t : s.types) chip("type", t, "Type: " + type_label(t));
  return h + "</ul>\n";
}

std::string sort_links(const Request& req, const SearchRequest& s) {
  auto link = [&](const std::string& value, const std::string& label, bool on) {
    return on ? "<strong aria-current=\"true\">" + label + "</strong>"
              : "<a href=\"" + html_escape(with_param(req, "sortering", value)) + "\">" + label + "</a>";
  };
  return "<p class=\"sortering\">Sorteer op: " +
         link("relevantie", "relevantie", s.sort == SearchRequest::Sort::Relevance) + " · " +
         link("jaar", "nieuwste eerst", s.sort == SearchRequest::Sort::YearNewest) + " · " +
         link("titel", "titel", s.sort == SearchRequest::Sort::Title) + "</p>\n";
}

std::string hit_html(const SearchHit& hit, const ThemeCatalog& catalog) {
  std::string themes;
  for (const auto& t : hit.themes) themes += (themes.empty() ? "" : ", ") + catalog.label(t);
  std::string h = "<li><article class=\"hit\">\n<h2><a href=\"/doc/" + html_escape(hit.id) + "\">" +
                  html_escape(hit.title) + "</a></h2>\n<p class=\"meta\"><span class=\"type\">" +
                  html_escape(type_label(hit.type)) + "</span>";
  if (!themes.empty()) h += " · <span class=\"themas\">" + html_escape(themes) + "</span>";
  if (hit.year) h += " · " + std::to_string(hit.year);
  h += "</p>\n<p class=\"snippet\">" + hit.snippet_html + "</p>\n</article></li>\n";
  return h;
}

std::string pager(const Request& req, const SearchResult& r, long page) {
  const long pages = static_cast<long>((r.total + kPageSize - 1) / kPageSize);
  if (pages <= 1) return {};
  std::string h = "<nav class=\"pager\" aria-label=\"Paginering\"><ul>\n";
  if (page > 1) h += "<li><a rel=\"prev\" href=\"" + html_escape(with_param(req, "pagina", std::to_string(page - 1))) + "\">Vorige</a></li>\n";
  for (long p = std::max(1L, page - 4); p <= std::min(pages, page + 4); ++p) {
    h += p == page ? "<li><span aria-current=\"page\">" + std::to_string(p) + "</span></li>\n"
                   : "<li><a href=\"" + html_escape(with_param(req, "pagina", std::to_string(p))) + "\">" +
                         std::to_string(p) + "</a></li>\n";
  }
  if (page < pages) h += "<li><a rel=\"next\" href=\"" + html_escape(with_param(req, "pagina", std::to_string(page + 1))) + "\">Volgende</a></li>\n";
  return h + "</ul></nav>\n";
}

std::string heading(const SearchRequest& s, const SearchResult& r, bool start) {
  const std::string count = std::string(r.total_exact ? "" : "ongeveer ") + std::to_string(r.total) +
                            (r.total == 1 ? " resultaat" : " resultaten");
  if (r.corrected) return "<h1 id=\"kop\">" + count + " voor “" + html_escape(r.suggestion) + "”</h1>\n";
  if (start) return "<h2 id=\"kop\" class=\"h1\">Alle items <span class=\"aantal\">(" + count + ")</span></h2>\n";
  if (s.query.empty()) return "<h1 id=\"kop\">Alle items <span class=\"aantal\">(" + count + ")</span></h1>\n";
  return "<h1 id=\"kop\">" + count + " voor “" + html_escape(s.query) + "”</h1>\n";
}

// "Bedoelde u: …?" above the results, or the notice that they are for the correction.
std::string suggestion_html(const Request& req, const SearchResult& r) {
  if (r.suggestion.empty()) return {};
  const std::string link = "<a href=\"" + html_escape(with_param(req, "q", r.suggestion)) + "\">" +
                           html_escape(r.suggestion) + "</a>";
  if (r.corrected) {
    return "<p class=\"suggestie\" role=\"status\">Geen resultaten voor “" + html_escape(r.query) +
           "”. Hieronder staan de resultaten voor “" + link + "”.</p>\n";
  }
  return "<p class=\"suggestie\">Bedoelde u: " + link + "?</p>\n";
}

std::string empty_state(const SearchRequest& s) {
  std::string h = "<div class=\"leeg\"><p>Er zijn geen items gevonden";
  if (!s.query.empty()) h += " voor “" + html_escape(s.query) + "”";
  h += ".</p>\n<ul><li>Controleer de spelling of gebruik minder woorden.</li>"
       "<li>Gebruik een algemener woord, zoals <a href=\"/?q=participatie\">participatie</a> of "
       "<a href=\"/?q=samenwerking\">samenwerking</a>.</li>";
  if (!s.themes.empty() || !s.types.empty() || !s.subfacets.empty()) {
    h += "<li>Verwijder een of meer filters hierboven.</li>";
  }
  return h + "</ul></div>\n";
}

// What is in the knowledge base, on the start page: one card per theme.
std::string start_intro(const SearchResult& r, const ThemeCatalog& catalog) {
  std::string h = "<section class=\"intro\" aria-labelledby=\"themas-kop\">\n<h1 id=\"themas-kop\">Wat staat er in de "
                  "lessenbank?</h1>\n<p>" + std::to_string(r.total) +
                  " lessen, praktijkvoorbeelden, strategieën en gespreksvragen uit de invoering van de Omgevingswet. "
                  "Zoek hierboven, of begin bij een thema.</p>\n<ul class=\"themakaarten\">\n";
  for (const auto& t : catalog.all()) {
    h += "<li><a href=\"/thema/" + html_escape(t.id) + "\">" + html_escape(t.label) + "</a> <span class=\"aantal\">" +
         std::to_string(count_of(r, "thema", t.id)) + " items</span><p>" + html_escape(t.description) + "</p></li>\n";
  }
  h += "</ul>\n<p class=\"bladeren\">Bladeren: ";
  const std::pair<const char*, const char*> browse[] = {
      {"casus", "alle casussen"}, {"les", "alle lessen"}, {"strategie", "alle strategieën"},
      {"vraagset", "alle vraagsets"}, {"begrip", "alle begrippen"}, {"bron", "alle bronnen"}};
  bool first = true;
  for (const auto& [type, label] : browse) {
    if (count_of(r, "type", type) == 0) continue;
    h += std::string(first ? "" : " · ") + "<a href=\"/?type=" + type + "\">" + label + "</a> (" +
         std::to_string(count_of(r, "type", type)) + ")";
    first = false;
  }
  return h + "</p>\n</section>\n";
}

}  // namespace

Response search_page(const Request& req, Context& ctx) {
  SearchRequest s = search_request_from(req, ctx.themes);
  const long page_no = int_param(req, "pagina", 1, 1000, 1);
  s.limit = kPageSize;
  s.offset = static_cast<std::size_t>(page_no - 1) * kPageSize;
  if (s.query.empty() && req.get("sortering").empty()) s.sort = SearchRequest::Sort::Title;
  SearchResult r;
  {
    auto searcher = ctx.searchers.acquire();
    r = searcher->search(s);
  }
  const bool start = s.query.empty() && s.themes.empty() && s.types.empty() && s.subfacets.empty() && page_no == 1;
  std::string main = start ? start_intro(r, ctx.themes) : "";
  main += "<div class=\"kolommen\">\n" + filters(req, s, r, ctx.themes) +
                     "<section class=\"resultaten\" aria-labelledby=\"kop\">\n" + heading(s, r, start) +
                     suggestion_html(req, r) + active_filters(req, s, ctx.themes);
  if (r.hits.empty()) {
    main += empty_state(s);
  } else {
    main += sort_links(req, s) + "<ol class=\"hits\" start=\"" + std::to_string(s.offset + 1) + "\">\n";
    for (const auto& hit : r.hits) main += hit_html(hit, ctx.themes);
    main += "</ol>\n" + pager(req, r, page_no);
  }
  main += "</section>\n</div>\n";
  Response resp;
  const auto session = current_session(req, ctx);
  resp.body = page(s.query.empty() ? "Zoeken" : s.query + " – zoeken", main, s.query, session ? &*session : nullptr);
  return resp;
}

}  // namespace lessenbank::web
