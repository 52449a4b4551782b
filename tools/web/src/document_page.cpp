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

// The words a plugin's reason names: "herkend aan 'a' (tekst), 'b' (titel)" -> a, b.
std::vector<std::string> evidence_words(const std::string& reason) {
  std::vector<std::string> words;
  const std::size_t from = reason.find("herkend aan ");
  for (std::size_t open = reason.find('\'', from == std::string::npos ? reason.size() : from);
       open != std::string::npos && words.size() < 4; open = reason.find('\'', open + 1)) {
    const std::size_t close = reason.find('\'', open + 1);
    if (close == std::string::npos) break;
    words.push_back(reason.substr(open + 1, close - open - 1));
    open = close;
  }
  return words;
}

std::string word_list(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == words.size() ? " en " : ", ") + ("„" + words[i] + "”");
  }
  return out;
}

// Why the entry belongs to a theme, in plain Dutch.
std::string why_text(const ThemeAssignment& a, const std::string& label) {
  const std::string words = word_list(evidence_words(a.reason));
  const std::string by_editors = "De redactie heeft dit item bij het thema " + label + " ingedeeld.";
  if (a.tagged && a.detected && !words.empty()) return by_editors + " De tekst gaat er ook over: er staan woorden in als " + words + ".";
  if (a.tagged) return by_editors;
  if (!words.empty()) return "Dit thema is automatisch herkend: de tekst gebruikt woorden als " + words + ".";
  return "Dit thema is automatisch herkend aan de woorden in de tekst.";
}

// The sub-facet values of an assignment, each a link to that refinement.
std::string subfacet_links(const ThemeAssignment& a) {
  std::string h;
  for (const auto& v : a.subfacet_values) {
    const std::string url = "/" + query_string({{"thema", a.theme}, {"sub", a.subfacet + ":" + v}});
    h += (h.empty() ? "" : ", ") + ("<a href=\"" + html_escape(url) + "\">" + html_escape(v) + "</a>");
  }
  return h.empty() ? h : " <span class=\"sub\">(" + html_escape(a.subfacet) + ": " + h + ")</span>";
}

// Each theme, with why the entry belongs to it folded under "Waarom dit thema?".
std::string themes_html(const Document& d, const ThemeCatalog& catalog) {
  std::vector<ThemeAssignment> assignments = d.theme_assignments;
  if (assignments.empty()) {
    for (const auto& t : d.meta.themes) assignments.push_back({t, true, false, 0, "", "", {}});
  }
  std::string h;
  for (const auto& a : assignments) {
    if (!catalog.find(a.theme)) continue;  // its plugin is not loaded
    const std::string label = catalog.label(a.theme);
    h += "<li><a href=\"/thema/" + html_escape(a.theme) + "\">" + html_escape(label) + "</a>" + subfacet_links(a) +
         "\n<details class=\"waarom\"><summary>Waarom dit thema?<span class=\"sr\"> (" + html_escape(label) +
         ")</span></summary><p>" + html_escape(why_text(a, label)) + "</p></details></li>\n";
  }
  return h.empty() ? h : "<ul class=\"themalijst\">\n" + h + "</ul>";
}

// Each doelgroep as a link to the entries for it.
std::string audience_links(const std::vector<std::string>& audience) {
  std::string h;
  for (const auto& a : audience) {
    h += (h.empty() ? "" : ", ") + ("<a href=\"/" + html_escape(query_string({{"voor", a}})) + "\">" +
                                    html_escape(audience_label(a)) + "</a>");
  }
  return h;
}

// "2021-06-09" -> "9 juni 2021"; anything else as it is.
std::string dutch_date(const std::string& date) {
  static const char* const months[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                       "juli",    "augustus", "september", "oktober", "november", "december"};
  if (!is_valid_date(date)) return date;
  const int month = std::stoi(date.substr(5, 2)), day = std::stoi(date.substr(8, 2));
  return std::to_string(day) + " " + months[month - 1] + " " + date.substr(0, 4);
}

std::string metadata(Searcher& s, const Document& d, const ThemeCatalog& catalog) {
  const Metadata& m = d.meta;
  std::string h = "<dl class=\"metadata\">\n";
  h += row("Type", html_escape(type_label(m.type)));
  h += row("Thema's", themes_html(d, catalog));
  h += row("Doelgroep", audience_links(m.audience));
  h += row("Domein", html_escape(m.domain));
  h += row("Jaar", m.year ? std::to_string(m.year) : "");
  h += row("Peildatum", html_escape(dutch_date(m.reference_date)));
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
  main += "<div class=\"verwijzingen\">\n";
  main += link_list(*searcher, "Gerelateerd", "gerelateerd", doc->outgoing_links());
  main += link_list(*searcher, "Verwijzingen naar dit item", "terug", searcher->backlinks(id));
  std::vector<std::string> similar;
  for (const auto& h : searcher->more_like_this(id)) similar.push_back(h.id);
  main += link_list(*searcher, "Meer zoals dit", "meer", similar);
  main += "</div>\n</article>\n";
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
