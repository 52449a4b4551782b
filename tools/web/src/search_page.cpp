// GET / : the search page (and, with an empty query, a browsable list).
// The URL is the whole state: q, thema, type, sub, sortering, pagina. The
// script (assets/app.js) updates the same regions from /api/search as the
// user types or ticks a filter, and keeps the URL in step.
#include <algorithm>

#include "facet_form.h"
#include "handlers.h"
#include "layout.h"
#include "lessenbank/error.h"
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
    const bool state = k == "q" || k == "thema" || k == "type" || k == "voor" || k == "sub" || k == "sortering";
    if (state && !v.empty()) p.emplace_back(k, v);
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

std::size_t count_of(const SearchResult& r, const std::string& facet, const std::string& value) {
  const auto f = r.facets.find(facet);
  if (f == r.facets.end()) return 0;
  const auto c = f->second.find(value);
  return c == f->second.end() ? 0 : c->second;
}

std::string hidden_unless(bool shown) { return shown ? "" : " hidden"; }

std::string active_filters(const Request& req, const SearchRequest& s, const ThemeCatalog& catalog) {
  std::string h;
  auto chip = [&](const std::string& param, const std::string& v, const std::string& label) {
    h += "<li><a href=\"" + html_escape(toggle_url(req, param, v)) + "\">" + html_escape(label) +
         " <span aria-hidden=\"true\">×</span><span class=\"sr\"> (filter verwijderen)</span></a></li>\n";
  };
  for (const auto& t : s.themes) chip("thema", t, "Thema: " + catalog.label(t));
  for (const auto& a : s.audiences) chip("voor", a, "Voor: " + audience_label(a));
  for (const auto& v : s.subfacets) chip("sub", v, v.substr(0, v.find(':')) + ": " + v.substr(v.find(':') + 1));
  for (const auto& t : s.types) chip("type", t, "Type: " + type_label(t));
  return "<ul class=\"actief\" id=\"actief\" aria-label=\"Actieve filters\"" + hidden_unless(!h.empty()) + ">\n" + h +
         "</ul>\n";
}

// Relevance only means something with a query: without one it is not offered.
std::string sort_links(const Request& req, const SearchRequest& s, bool shown) {
  auto link = [&](const std::string& value, const std::string& label, bool on) {
    return on ? "<strong aria-current=\"true\">" + label + "</strong>"
              : "<a href=\"" + html_escape(with_param(req, "sortering", value)) + "\">" + label + "</a>";
  };
  std::string h = "<p class=\"sortering\" id=\"sortering\"" + hidden_unless(shown) + ">Sorteer op: ";
  if (!s.query.empty()) h += link("relevantie", "relevantie", s.sort == SearchRequest::Sort::Relevance) + " · ";
  return h + link("jaar", "nieuwste eerst", s.sort == SearchRequest::Sort::YearNewest) + " · " +
         link("titel", "titel", s.sort == SearchRequest::Sort::Title) + "</p>\n";
}

// "Ontbreekt: …" under a hit that lacks some of the query's words.
std::string missing_html(const std::vector<std::string>& words) {
  if (words.empty()) return {};
  std::string h = "<p class=\"ontbreekt\">Ontbreekt: ";
  for (std::size_t i = 0; i < words.size(); ++i) h += (i ? ", " : "") + std::string("<s>") + html_escape(words[i]) + "</s>";
  return h + "</p>\n";
}

std::string hit_html(const SearchHit& hit, const ThemeCatalog& catalog) {
  std::string themes;
  for (const auto& t : hit.themes) themes += (themes.empty() ? "" : ", ") + catalog.label(t);
  // A hit from another lesson bank links to its page in that bank.
  const std::string href = hit.bank_url.empty() ? "/doc/" + hit.id : hit.bank_url;
  std::string h = "<li><article class=\"hit\">\n<h2><a href=\"" + html_escape(href) + "\">" +
                  html_escape(hit.title) + "</a></h2>\n<p class=\"meta\"><span class=\"type\">" +
                  html_escape(type_label(hit.type)) + "</span>";
  if (!themes.empty()) h += " · <span class=\"themas\">" + html_escape(themes) + "</span>";
  if (hit.year) h += " · " + std::to_string(hit.year);
  if (!hit.bank.empty()) h += " · <span class=\"bank\">uit " + html_escape(hit.bank) + "</span>";
  h += "</p>\n<p class=\"snippet\">" + hit.snippet_html + "</p>\n" + missing_html(hit.missing) + "</article></li>\n";
  return h;
}

long page_count(const SearchResult& r) { return static_cast<long>((r.total + kPageSize - 1) / kPageSize); }

std::string pager(const Request& req, const SearchResult& r, long page) {
  const long pages = page_count(r);
  std::string h = "<nav class=\"pager\" id=\"pager\" aria-label=\"Paginering\"" + hidden_unless(pages > 1 && !r.hits.empty()) +
                  "><ul>\n";
  if (pages <= 1 || r.hits.empty()) return h + "</ul></nav>\n";
  if (page > 1) h += "<li><a rel=\"prev\" href=\"" + html_escape(with_param(req, "pagina", std::to_string(page - 1))) + "\">Vorige</a></li>\n";
  for (long p = std::max(1L, page - 4); p <= std::min(pages, page + 4); ++p) {
    h += p == page ? "<li><span aria-current=\"page\">" + std::to_string(p) + "</span></li>\n"
                   : "<li><a href=\"" + html_escape(with_param(req, "pagina", std::to_string(p))) + "\">" +
                         std::to_string(p) + "</a></li>\n";
  }
  if (page < pages) h += "<li><a rel=\"next\" href=\"" + html_escape(with_param(req, "pagina", std::to_string(page + 1))) + "\">Volgende</a></li>\n";
  return h + "</ul></nav>\n";
}

std::string count_text(const SearchResult& r) {
  return std::string(r.total_exact ? "" : "ongeveer ") + std::to_string(r.total) +
         (r.total == 1 ? " resultaat" : " resultaten");
}

bool past_end(const SearchResult& r, const SearchRequest& s) { return r.hits.empty() && r.total > 0 && s.offset > 0; }

std::string heading(const SearchRequest& s, const SearchResult& r, bool start, long page) {
  const std::string count = count_text(r);
  if (past_end(r, s)) return "<h1 id=\"kop\">Pagina " + std::to_string(page) + " bestaat niet</h1>\n";
  if (r.corrected) return "<h1 id=\"kop\">" + count + " voor “" + html_escape(r.suggestion) + "”</h1>\n";
  if (start) return "<h2 id=\"kop\" class=\"h1\">Alle items <span class=\"aantal\">(" + count + ")</span></h2>\n";
  if (s.query.empty()) return "<h1 id=\"kop\">Alle items <span class=\"aantal\">(" + count + ")</span></h1>\n";
  return "<h1 id=\"kop\">" + count + " voor “" + html_escape(s.query) + "”</h1>\n";
}

// "Bedoelde u: …?" above the results, or the notice that they are for the
// correction with the way back to what was typed; and the words not found.
std::string suggestion_html(const Request& req, const SearchResult& r) {
  std::string h;
  if (r.corrected) {
    const std::string back = query_string({{"q", r.query}, {"precies", "1"}});
    h += "<p class=\"suggestie\" role=\"status\">Resultaten voor “" + html_escape(r.suggestion) +
         "”. Zoek in plaats daarvan op <a href=\"/" + html_escape(back) + "\">" + html_escape(r.query) + "</a>.</p>\n";
  } else if (!r.suggestion.empty()) {
    h += "<p class=\"suggestie\">Bedoelde u: <a href=\"" + html_escape(with_param(req, "q", r.suggestion)) + "\">" +
         html_escape(r.suggestion) + "</a>?</p>\n";
  }
  if (!r.not_found.empty()) {
    h += "<p class=\"niet-gevonden\">Niet gevonden: ";
    for (std::size_t i = 0; i < r.not_found.size(); ++i) h += (i ? ", " : "") + std::string("<s>") + html_escape(r.not_found[i]) + "</s>";
    h += ". De resultaten hebben de andere woorden.</p>\n";
  } else if (!r.hits.empty() && !r.hits[0].missing.empty()) {
    h += "<p class=\"niet-gevonden\">Geen items met alle woorden; hieronder de items met de meeste.</p>\n";
  } else if (r.total_all_words < r.total && !r.hits.empty()) {
    h += "<p class=\"niet-gevonden\">" + std::to_string(r.total_all_words) +
         (r.total_all_words == 1 ? " item heeft" : " items hebben") + " alle woorden; daarna items met de meeste.</p>\n";
  }
  return h;
}

// The notes above the results: a quote the query left open, a spelling suggestion.
// The lesson banks that were not searched because they did not answer.
std::string unanswered_html(const SearchResult& r) {
  if (r.unanswered_banks.empty()) return {};
  std::string names;
  for (const auto& b : r.unanswered_banks) names += (names.empty() ? "" : ", ") + html_escape(b);
  return "<p class=\"notitie\" role=\"status\">Niet doorzocht, want gaf geen antwoord: " + names + ".</p>\n";
}

std::string notes_html(const Request& req, const SearchResult& r) {
  std::string h = "<div id=\"meldingen\">\n";
  if (has_open_quote(req.get("q"))) {
    h += "<p class=\"notitie\">Het aanhalingsteken (\") in uw zoekvraag was niet gesloten. Er is gezocht alsof het "
         "aan het eind gesloten was.</p>\n";
  }
  return h + suggestion_html(req, r) + unanswered_html(r) + "</div>\n";
}

std::string empty_state(const SearchRequest& s) {
  std::string h = "<p>Er zijn geen items gevonden";
  if (!s.query.empty()) h += " voor “" + html_escape(s.query) + "”";
  h += ".</p>\n<ul><li>Controleer de spelling of gebruik minder woorden.</li>"
       "<li>Gebruik een algemener woord, zoals <a href=\"/?q=participatie\">participatie</a> of "
       "<a href=\"/?q=samenwerking\">samenwerking</a>.</li>";
  if (selected_filter_count(s) > 0) h += "<li>Zet een of meer filters uit.</li>";
  return h + "</ul>\n";
}

// A page number beyond the results: say which pages exist and link back.
std::string past_end_html(const Request& req, const SearchResult& r) {
  const long pages = page_count(r);
  return "<p>Deze zoekopdracht heeft " + count_text(r) + ", verdeeld over " + std::to_string(pages) +
         (pages == 1 ? " pagina" : " pagina's") + ".</p>\n<p><a href=\"" +
         html_escape(with_param(req, "pagina", pages > 1 ? std::to_string(pages) : "")) + "\">Naar pagina " +
         std::to_string(pages) + (pages > 1 ? " (de laatste)" : "") + "</a> · <a href=\"" +
         html_escape(with_param(req, "pagina", "")) + "\">Naar de eerste pagina</a></p>\n";
}

// What is in the knowledge base, on the start page: one card per theme.
std::string start_intro(const SearchResult& r, const ThemeCatalog& catalog) {
  std::string h = "<section class=\"intro\" id=\"intro\" aria-labelledby=\"themas-kop\">\n<h1 id=\"themas-kop\">Wat staat er in de "
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

// A query that cannot be read: the page keeps it in the box and says why.
Response query_error_page(const Request& req, Context& ctx, const std::string& problem) {
  const std::string main = "<div class=\"fout\"><h1>De zoekvraag kan niet worden gelezen</h1>\n<p>Er klopt iets niet: " +
                           html_escape(problem) + ".</p>\n<p>Pas de zoekvraag hierboven aan en zoek opnieuw.</p></div>\n";
  Response resp;
  resp.status = 400;
  const auto session = current_session(req, ctx);
  resp.body = page("Zoekvraag niet leesbaar", main, req.get("q"), session ? &*session : nullptr);
  return resp;
}

}  // namespace

Response search_page(const Request& req, Context& ctx) {
  SearchRequest s = search_request_from(req, ctx.themes);
  const long page_no = int_param(req, "pagina", 1, 1000, 1);
  s.limit = kPageSize;
  s.offset = static_cast<std::size_t>(page_no - 1) * kPageSize;
  if (s.query.empty() && s.sort == SearchRequest::Sort::Relevance) s.sort = SearchRequest::Sort::Title;
  SearchResult r;
  try {
    auto searcher = ctx.searchers.acquire();
    r = searcher->search(s);
  } catch (const QueryError& e) {
    return query_error_page(req, ctx, e.what());
  }
  const bool start = s.query.empty() && selected_filter_count(s) == 0 && page_no == 1;
  std::string main = start ? start_intro(r, ctx.themes) : "";
  main += "<div class=\"kolommen\">\n<div class=\"kopregel\">\n" + heading(s, r, start, page_no) +
          "<p class=\"sr\" id=\"zoekstatus\" role=\"status\"></p>\n" + notes_html(req, r) + "</div>\n" +
          filter_panel(s, r, ctx.themes) + "<div class=\"uitkomst\" id=\"uitkomst\">\n" + active_filters(req, s, ctx.themes) +
          sort_links(req, s, !r.hits.empty()) + "<ol class=\"hits\" id=\"hits\" start=\"" + std::to_string(s.offset + 1) +
          "\"" + hidden_unless(!r.hits.empty()) + ">\n";
  for (const auto& hit : r.hits) main += hit_html(hit, ctx.themes);
  main += "</ol>\n<div class=\"leeg\" id=\"leeg\"" + hidden_unless(r.hits.empty()) + ">\n" +
          (r.hits.empty() ? (past_end(r, s) ? past_end_html(req, r) : empty_state(s)) : "") + "</div>\n" +
          pager(req, r, page_no) + "</div>\n</div>\n";
  Response resp;
  const auto session = current_session(req, ctx);
  resp.body = page(s.query.empty() ? "Zoeken" : s.query + " – zoeken", main, req.get("q"), session ? &*session : nullptr);
  return resp;
}

}  // namespace lessenbank::web
