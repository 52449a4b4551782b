// GET /doc/<id> : one entry, rendered, with its metadata and links.
#include "handlers.h"
#include "layout.h"
#include "lessenbank/html.h"
#include "lessenbank/vocabulary.h"

namespace lessenbank::web {

namespace {

std::string joined(const std::vector<std::string>& v, std::string (*label)(std::string_view) = nullptr) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + html_escape(label ? label(s) : s);
  return out;
}

std::string row(const std::string& name, const std::string& value_html) {
  return value_html.empty() ? "" : "<dt>" + name + "</dt><dd>" + value_html + "</dd>\n";
}

std::string link_to(Searcher& s, const std::string& id) {
  const auto d = s.document(id);
  const std::string title = d ? d->meta.title : id;
  return "<a href=\"/doc/" + html_escape(id) + "\">" + html_escape(title) + "</a>";
}

std::string source_html(Searcher& s, const Metadata& m) {
  if (m.source.empty()) return {};
  std::string h = m.source.document.empty() ? "" : link_to(s, m.source.document);
  if (!m.source.section.empty()) h += (h.empty() ? "" : ", ") + html_escape("sectie " + m.source.section);
  if (!m.source.page.empty()) h += (h.empty() ? "" : ", ") + html_escape("pagina " + m.source.page);
  return h;
}

// Each theme with why the entry belongs to it: tagged, detected, or both.
std::string themes_html(const Document& d, const ThemeCatalog& catalog) {
  std::string h;
  auto item = [&](const std::string& theme, const std::string& reason, const std::string& extra) {
    if (!catalog.find(theme)) return;  // its plugin is not loaded
    h += "<li><a href=\"/thema/" + html_escape(theme) + "\">" + html_escape(catalog.label(theme)) + "</a>" +
         " <span class=\"reden\">— " + html_escape(reason) + "</span>" + extra + "</li>\n";
  };
  if (d.theme_assignments.empty()) {
    for (const auto& t : d.meta.themes) item(t, "getagd in 'themas'", "");
  }
  for (const auto& a : d.theme_assignments) {
    std::string values;
    for (const auto& v : a.subfacet_values) values += (values.empty() ? "" : ", ") + v;
    item(a.theme, a.reason, values.empty() ? "" : " <span class=\"sub\">(" + html_escape(a.subfacet + ": " + values) + ")</span>");
  }
  return h.empty() ? h : "<ul class=\"themalijst\">\n" + h + "</ul>";
}

std::string metadata(Searcher& s, const Document& d, const ThemeCatalog& catalog) {
  const Metadata& m = d.meta;
  std::string h = "<dl class=\"metadata\">\n";
  h += row("Type", html_escape(type_label(m.type)));
  h += row("Thema's", themes_html(d, catalog));
  h += row("Domein", html_escape(m.domain));
  h += row("Jaar", m.year ? std::to_string(m.year) : "");
  h += row("Organisaties", joined(m.organisations));
  h += row("Plaatsen", joined(m.places));
  h += row("Auteurs", joined(m.authors));
  h += row("Uitgever", html_escape(m.publisher));
  h += row("Opdrachtgever", html_escape(m.client));
  h += row("Bron", source_html(s, m));
  return h + "</dl>\n";
}

std::string link_list(Searcher& s, const std::string& title, const std::string& id_attr,
                      const std::vector<std::string>& ids) {
  if (ids.empty()) return {};
  std::string h = "<section aria-labelledby=\"" + id_attr + "\"><h2 id=\"" + id_attr + "\">" + title + "</h2>\n<ul>\n";
  for (const auto& id : ids) h += "<li>" + link_to(s, id) + "</li>\n";
  return h + "</ul></section>\n";
}

}  // namespace

Response document_page(const Request& req, Context& ctx, const std::string& id) {
  auto searcher = ctx.searchers.acquire();
  const auto doc = searcher->document(id);
  if (!doc) return error_response(req, 404, "Er is geen item met id '" + id + "'.");
  const Metadata& m = doc->meta;
  std::string main = "<article class=\"document\">\n<p class=\"kruimel\"><a href=\"/\">Lessenbank</a> › " +
                     html_escape(type_label(m.type)) + "</p>\n<h1>" + html_escape(m.title) + "</h1>\n";
  if (!m.summary.empty()) main += "<p class=\"samenvatting\">" + html_escape(m.summary) + "</p>\n";
  main += metadata(*searcher, *doc, ctx.themes);
  main += "<div class=\"tekst\">\n" + doc->html + "</div>\n";
  main += "<aside class=\"verwijzingen\">\n";
  main += link_list(*searcher, "Gerelateerd", "gerelateerd", doc->outgoing_links());
  main += link_list(*searcher, "Verwijzingen naar dit item", "terug", searcher->backlinks(id));
  std::vector<std::string> similar;
  for (const auto& h : searcher->more_like_this(id)) similar.push_back(h.id);
  main += link_list(*searcher, "Meer zoals dit", "meer", similar);
  main += "</aside>\n</article>\n";
  const auto session = current_session(req, ctx);
  if (session && ctx.editing.editor) {
    main = "<p class=\"bewerken\"><a href=\"/redactie/bewerken/" + html_escape(id) + "\">Dit item bewerken</a></p>\n" + main;
  }
  if (req.get("opgeslagen") == "1") main = "<p class=\"melding\" role=\"status\">Het item is opgeslagen en direct vindbaar.</p>\n" + main;
  Response resp;
  resp.body = page(m.title, main, "", session ? &*session : nullptr);
  return resp;
}

}  // namespace lessenbank::web
