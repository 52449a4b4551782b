// Sign-in and the web editor: create, edit, preview, delete and restore entries.
// Every POST needs a valid form token; everything that writes needs a session.
#include <sstream>

#include "handlers.h"
#include "layout.h"
#include "lessenbank/accounts.h"
#include "lessenbank/html.h"
#include "lessenbank/parser.h"
#include "lessenbank/vocabulary.h"

namespace lessenbank::web {

namespace {

const char* const kReadOnly =
    "<p class=\"fout\" role=\"status\">Bewerken is uitgeschakeld: de corpusmap is alleen-lezen (bijvoorbeeld een "
    "intranetshare). Zoeken en lezen werken gewoon.</p>\n";

Session require_session(const Request& req, Context& ctx, bool check_form_token) {
  const auto s = current_session(req, ctx);
  if (!s) throw Forbidden("U moet ingelogd zijn als redacteur. Log in via /inloggen.");
  if (check_form_token && !same_token(req.field("csrf"), s->csrf)) {
    throw Forbidden("Het formulier is verlopen of niet van deze site. Open de pagina opnieuw en probeer het nog eens.");
  }
  return *s;
}

CorpusEditor& require_editor(Context& ctx) {
  if (!ctx.editing.editor || !ctx.editing.editor->writable()) {
    throw Forbidden("Bewerken is uitgeschakeld: de corpusmap is alleen-lezen.");
  }
  return *ctx.editing.editor;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    while (!line.empty() && line.front() == ' ') line.erase(line.begin());
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

std::vector<std::string> words_of(std::string text) {
  for (char& c : text) {
    if (c == ',') c = ' ';
  }
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string joined(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

bool has_text(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

EntryDraft draft_from_form(const Request& req) {
  EntryDraft d;
  Metadata& m = d.meta;
  m.title = req.field("titel");
  // A new entry's id follows its title unless the editor typed one; no title, no id.
  const bool derive = req.field("id").empty() && req.field("pad").empty() && has_text(m.title);
  m.id = derive ? slug_from_title(m.title) : req.field("id");
  m.type = req.field("type");
  m.themes = req.fields("themas");
  m.summary = req.field("samenvatting");
  m.source = {req.field("bron_document"), req.field("bron_sectie"), req.field("bron_pagina")};
  m.organisations = lines_of(req.field("organisaties"));
  m.places = lines_of(req.field("plaatsen"));
  m.domain = req.field("domein");
  const std::string year = req.field("jaar");
  try {
    m.year = year.empty() ? 0 : std::stoi(year);
  } catch (const std::exception&) {
    m.year = -1;  // reported by validate_draft
  }
  m.related = words_of(req.field("gerelateerd"));
  m.audience = req.fields("doelgroep");
  m.authors = lines_of(req.field("auteurs"));
  m.publisher = req.field("uitgever");
  m.client = req.field("opdrachtgever");
  m.paginated = req.field("paginas") == "ja";
  m.reference_date = req.field("peildatum");
  d.body = req.field("tekst");
  return d;
}

// A labelled form control with its problem beside it (aria-describedby).
std::string control(const std::string& name, const std::string& label, const std::string& input_html,
                    const std::map<std::string, std::string>& problems, const std::string& hint = "") {
  std::string h = "<div class=\"veld" + std::string(problems.count(name) ? " heeft-fout" : "") + "\">\n<label for=\"" +
                  name + "\">" + label + "</label>\n";
  if (!hint.empty()) h += "<p class=\"hint\" id=\"" + name + "-hint\">" + hint + "</p>\n";
  h += input_html;
  if (const auto it = problems.find(name); it != problems.end()) {
    h += "<p class=\"veldfout\" id=\"" + name + "-fout\">" + html_escape(it->second) + "</p>\n";
  }
  return h + "</div>\n";
}

std::string described_by(const std::string& name, const std::map<std::string, std::string>& problems, bool hint) {
  std::string ids = hint ? name + "-hint" : "";
  if (problems.count(name)) ids += (ids.empty() ? "" : " ") + name + "-fout";
  return ids.empty() ? "" : " aria-describedby=\"" + ids + "\"";
}

std::string text_input(const std::string& name, const std::string& value, const std::map<std::string, std::string>& p,
                       bool hint = false, const std::string& extra = "") {
  return "<input type=\"text\" id=\"" + name + "\" name=\"" + name + "\" value=\"" + html_escape(value) + "\"" +
         described_by(name, p, hint) + (p.count(name) ? " aria-invalid=\"true\"" : "") + extra + ">\n";
}

std::string text_area(const std::string& name, const std::string& value, int rows,
                      const std::map<std::string, std::string>& p, bool hint = false) {
  return "<textarea id=\"" + name + "\" name=\"" + name + "\" rows=\"" + std::to_string(rows) + "\"" +
         described_by(name, p, hint) + (p.count(name) ? " aria-invalid=\"true\"" : "") + ">" + html_escape(value) +
         "</textarea>\n";
}

std::string select(const std::string& name, const std::vector<std::string>& values, const std::string& current,
                   std::string (*label)(std::string_view), const std::map<std::string, std::string>& p) {
  std::string h = "<select id=\"" + name + "\" name=\"" + name + "\"" + described_by(name, p, false) + ">\n";
  h += "<option value=\"\">– kies –</option>\n";
  for (const auto& v : values) {
    h += "<option value=\"" + html_escape(v) + "\"" + (v == current ? " selected" : "") + ">" +
         html_escape(label ? label(v) : v) + "</option>\n";
  }
  return h + "</select>\n";
}

// A fieldset of checkboxes named `name`; the first box carries the id the
// error summary links to.
std::string check_boxes(const std::string& name, const std::string& legend,
                        const std::vector<std::pair<std::string, std::string>>& options,
                        const std::vector<std::string>& chosen, const std::map<std::string, std::string>& p) {
  std::string h = "<fieldset class=\"veld" + std::string(p.count(name) ? " heeft-fout" : "") + "\"><legend>" + legend +
                  "</legend>\n";
  bool first = true;
  for (const auto& [id, label] : options) {
    const bool on = std::find(chosen.begin(), chosen.end(), id) != chosen.end();
    h += "<label class=\"vinkje\"><input type=\"checkbox\" name=\"" + name + "\"" +
         (first ? " id=\"" + name + "\"" : std::string()) + " value=\"" + html_escape(id) + "\"" + (on ? " checked" : "") +
         "> " + html_escape(label) + "</label>\n";
    first = false;
  }
  if (const auto it = p.find(name); it != p.end()) h += "<p class=\"veldfout\">" + html_escape(it->second) + "</p>\n";
  return h + "</fieldset>\n";
}

std::string theme_boxes(const Context& ctx, const std::vector<std::string>& chosen, const std::map<std::string, std::string>& p) {
  std::vector<std::pair<std::string, std::string>> themes;
  for (const auto& t : ctx.themes.all()) themes.emplace_back(t.id, t.label);
  if (themes.empty()) {
    for (const auto& t : known_themes()) themes.emplace_back(t, theme_label(t));
  }
  return check_boxes("themas", "Thema's", themes, chosen, p);
}

std::string audience_boxes(const std::vector<std::string>& chosen, const std::map<std::string, std::string>& p) {
  std::vector<std::pair<std::string, std::string>> audiences;
  for (const auto& a : known_audiences()) audiences.emplace_back(a, audience_label(a));
  return check_boxes("doelgroep", "Doelgroep: wie moet hiermee aan de slag?", audiences, chosen, p);
}

// The form's fields in order, with their labels: for the error summary.
const std::vector<std::pair<std::string, std::string>>& form_fields() {
  static const std::vector<std::pair<std::string, std::string>> fields = {
      {"titel", "Titel"}, {"id", "Id"}, {"type", "Type"}, {"themas", "Thema's"}, {"doelgroep", "Doelgroep"}, {"samenvatting", "Samenvatting"},
      {"bron_document", "Brondocument"}, {"bron_sectie", "Sectie in de bron"}, {"bron_pagina", "Pagina in de bron"},
      {"organisaties", "Organisaties"}, {"plaatsen", "Plaatsen"}, {"domein", "Domein"}, {"jaar", "Jaar"}, {"peildatum", "Peildatum"},
      {"gerelateerd", "Gerelateerde items"}, {"auteurs", "Auteurs"}, {"uitgever", "Uitgever"},
      {"opdrachtgever", "Opdrachtgever"}, {"paginas", "Paginanummers"}, {"tekst", "Tekst"}};
  return fields;
}

// What the form shows: exactly what the editor typed when the form comes back
// from a POST (a wrong year stays visible), else the entry as loaded.
struct FormValues {
  const Request* posted = nullptr;
  const EntryDraft& draft;
  std::string text(const std::string& field, const std::string& from_draft) const {
    return posted ? posted->field(field) : from_draft;
  }
  std::vector<std::string> themes() const { return posted ? posted->fields("themas") : draft.meta.themes; }
  std::vector<std::string> audience() const { return posted ? posted->fields("doelgroep") : draft.meta.audience; }
};

// GOV.UK's error summary: every problem as a link to its field; the script
// (and autofocus without it) moves focus here.
std::string error_summary(const std::map<std::string, std::string>& problems, const std::string& message) {
  if (problems.empty()) return message.empty() ? "" : "<p class=\"fout\" role=\"alert\">" + html_escape(message) + "</p>\n";
  std::string h = "<div class=\"foutoverzicht\" id=\"foutoverzicht\" role=\"alert\" tabindex=\"-1\" autofocus "
                  "aria-labelledby=\"foutoverzicht-kop\">\n<h2 id=\"foutoverzicht-kop\">Er is een probleem</h2>\n";
  if (!message.empty()) h += "<p>" + html_escape(message) + "</p>\n";
  h += "<ul>\n";
  for (const auto& [field, label] : form_fields()) {
    if (const auto it = problems.find(field); it != problems.end()) {
      h += "<li><a href=\"#" + field + "\">" + html_escape(label + ": " + it->second) + "</a></li>\n";
    }
  }
  return h + "</ul>\n</div>\n";
}

// The problems to show: an empty id of a new entry without a title is no
// problem of its own (the id will follow the title).
std::map<std::string, std::string> shown_problems(std::map<std::string, std::string> problems, const FormValues& v) {
  if (v.posted && v.posted->field("id").empty() && problems.count("titel")) problems.erase("id");
  return problems;
}

// The fields only a `bron` entry has, so that editing a source keeps them.
std::string source_fields(const FormValues& v, const std::map<std::string, std::string>& p) {
  const Metadata& m = v.draft.meta;
  const bool paginated = v.posted ? v.posted->field("paginas") == "ja" : m.paginated;
  return "<fieldset class=\"veld bronvelden\"><legend>Alleen bij een bron</legend>\n" +
         control("auteurs", "Auteurs", text_area("auteurs", v.text("auteurs", joined(m.authors, "\n")), 2, p, true), p,
                 "Eén per regel.") +
         control("uitgever", "Uitgever", text_input("uitgever", v.text("uitgever", m.publisher), p), p) +
         control("opdrachtgever", "Opdrachtgever", text_input("opdrachtgever", v.text("opdrachtgever", m.client), p), p) +
         "<label class=\"vinkje\"><input type=\"checkbox\" id=\"paginas\" name=\"paginas\" value=\"ja\"" +
         (paginated ? " checked" : "") + "> De bron heeft paginanummers</label>\n</fieldset>\n";
}

std::string form_html(const Context& ctx, const Session& s, const FormValues& v, const std::string& path,
                      const std::string& hash, const std::map<std::string, std::string>& p) {
  const Metadata& m = v.draft.meta;
  const std::string year = m.year > 0 ? std::to_string(m.year) : "";
  std::string h = "<form class=\"redactie\" method=\"post\" action=\"/redactie/opslaan\" novalidate>\n" + csrf_field(s) +
                  "<input type=\"hidden\" name=\"pad\" value=\"" + html_escape(path) + "\">\n"
                  "<input type=\"hidden\" name=\"hash\" value=\"" + html_escape(hash) + "\">\n";
  h += control("titel", "Titel", text_input("titel", v.text("titel", m.title), p), p);
  h += control("id", "Id", text_input("id", path.empty() ? v.text("id", m.id) : m.id, p, true, path.empty() ? "" : " readonly"), p,
               path.empty() ? "Volgt de titel, tot u zelf een id invult. Kleine letters, cijfers en koppeltekens."
                            : "Het id van een bestaand item verandert niet.");
  h += control("type", "Type", select("type", known_types(), v.text("type", m.type), type_label, p), p);
  h += theme_boxes(ctx, v.themes(), p);
  h += audience_boxes(v.audience(), p);
  h += control("samenvatting", "Samenvatting", text_area("samenvatting", v.text("samenvatting", m.summary), 3, p, true), p,
               "Eén of twee zinnen: waar gaat dit over en wat leer je ervan?");
  h += control("bron_document", "Brondocument (id)", text_input("bron_document", v.text("bron_document", m.source.document), p, true), p,
               "Het id van het bron-item, bijvoorbeeld bron-leren-decentraliseren.");
  h += control("bron_sectie", "Sectie in de bron", text_input("bron_sectie", v.text("bron_sectie", m.source.section), p), p);
  h += control("bron_pagina", "Pagina in de bron", text_input("bron_pagina", v.text("bron_pagina", m.source.page), p), p);
  h += control("organisaties", "Organisaties", text_area("organisaties", v.text("organisaties", joined(m.organisations, "\n")), 3, p, true), p,
               "Eén per regel, bijvoorbeeld Gemeente Borne.");
  h += control("plaatsen", "Plaatsen", text_area("plaatsen", v.text("plaatsen", joined(m.places, "\n")), 2, p, true), p, "Eén per regel.");
  h += control("domein", "Domein", select("domein", known_domains(), v.text("domein", m.domain), nullptr, p), p);
  h += control("jaar", "Jaar", text_input("jaar", v.text("jaar", year), p, true, " inputmode=\"numeric\""), p,
               "Van " + std::to_string(earliest_year()) + " tot en met " + std::to_string(latest_year()) + ", bijvoorbeeld 2021.");
  h += control("peildatum", "Peildatum", text_input("peildatum", v.text("peildatum", m.reference_date), p, true, " inputmode=\"numeric\""), p,
               "Alleen bij feiten die met de tijd veranderen: de datum waarop ze golden, als 2021-06-09 (jaar-maand-dag).");
  h += control("gerelateerd", "Gerelateerde items (ids)", text_input("gerelateerd", v.text("gerelateerd", joined(m.related, " ")), p, true), p,
               "Ids gescheiden door spaties. In de tekst: [tekst](id:ander-id).");
  h += source_fields(v, p);
  h += control("tekst", "Tekst (Markdown)", text_area("tekst", v.text("tekst", v.draft.body), 16, p, true), p,
               "Koppen met ##, lijsten met - of 1., tabellen zoals op GitHub.");
  // Enter in a one-line field submits with the first button: the preview, never a save.
  h += "<div class=\"knoppen\"><button type=\"submit\" name=\"actie\" value=\"voorbeeld\" class=\"tweede\">Voorbeeld bekijken</button> "
       "<button type=\"submit\" name=\"actie\" value=\"opslaan\">Opslaan</button></div>\n"
       "</form>\n";
  return h;
}

Response form_page(Context& ctx, const Session& s, const FormValues& v, const std::string& path,
                   const std::string& hash, const std::map<std::string, std::string>& all_problems,
                   const std::string& message, const std::string& preview_html, int status = 200) {
  const auto problems = shown_problems(all_problems, v);
  std::string main = "<h1>" + std::string(path.empty() ? "Nieuw item" : "Item bewerken") + "</h1>\n";
  main += error_summary(problems, message);
  if (!preview_html.empty()) {
    main += "<section class=\"voorbeeld\" aria-labelledby=\"voorbeeld-kop\"><h2 id=\"voorbeeld-kop\">Voorbeeld</h2>\n" +
            preview_html + "</section>\n";
  }
  main += form_html(ctx, s, v, path, hash, problems);
  if (!path.empty()) {
    main += "<p class=\"verwijderen\"><a class=\"knop gevaar\" href=\"/redactie/verwijderen" +
            html_escape(query_string({{"id", v.draft.meta.id}, {"hash", hash}})) +
            "\">Verwijderen (naar de prullenbak)…</a></p>\n";
  }
  const std::string title = path.empty() ? "Nieuw item" : "Bewerken: " + v.draft.meta.title;
  Response r;
  r.status = status;
  r.body = page(problems.empty() ? title : "Fout: " + title, main, "", &s);
  return r;
}

std::string preview_of(const EntryDraft& d) {
  const ParseResult r = parse_document(render_entry(d), "voorbeeld.md");
  if (!r.document) return "<p>Geen voorbeeld: " + html_escape(r.diagnostics.empty() ? "" : r.diagnostics[0].message) + "</p>";
  // The title one level below "Voorbeeld"; the body's headings start one below that.
  return "<h2 class=\"titel\">" + html_escape(d.meta.title) + "</h2>\n<div class=\"tekst\">" + r.document->html + "</div>\n";
}

}  // namespace

std::optional<Session> current_session(const Request& req, Context& ctx) {
  return ctx.editing.sessions.find(req.cookie(kSessionCookie));
}

Response login_page(const Request& req, Context& ctx, const std::string& message, int status) {
  (void)req;
  const std::string token = random_token();
  std::string main = "<div class=\"inloggen\"><h1>Inloggen voor redacteuren</h1>\n";
  if (!ctx.editing.editor || !ctx.editing.editor->writable()) main += kReadOnly;
  if (!message.empty()) main += "<p class=\"fout\" role=\"alert\">" + html_escape(message) + "</p>\n";
  main += "<form method=\"post\" action=\"/inloggen\">\n<input type=\"hidden\" name=\"token\" value=\"" + token +
          "\">\n<div class=\"veld\"><label for=\"naam\">Naam</label>\n"
          "<input type=\"text\" id=\"naam\" name=\"naam\" autocomplete=\"username\" required></div>\n"
          "<div class=\"veld\"><label for=\"wachtwoord\">Wachtwoord</label>\n"
          "<input type=\"password\" id=\"wachtwoord\" name=\"wachtwoord\" autocomplete=\"current-password\" required></div>\n"
          "<div class=\"knoppen\"><button type=\"submit\">Inloggen</button></div>\n</form>\n"
          "<p>Lezen en zoeken kan zonder in te loggen. Een account krijgt u van de beheerder "
          "(<code>lessenbank editor add &lt;naam&gt;</code>).</p></div>\n";
  Response r;
  r.status = status;
  r.body = page("Inloggen", main);
  r.headers.emplace_back("Set-Cookie", cookie_header(kLoginCookie, token, false, ctx.editing.secure_cookies));
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Response login_submit(const Request& req, Context& ctx) {
  // Double-submit token: the form's hidden token must equal the cookie set with it.
  if (!same_token(req.field("token"), req.cookie(kLoginCookie))) {
    return login_page(req, ctx, "Het inlogformulier is verlopen. Probeer het opnieuw.", 403);
  }
  const std::string name = req.field("naam");
  const std::string by_client = "ip:" + req.client, by_name = "naam:" + name;
  // Counted before the (slow) password check, so parallel attempts cannot pass the limit together.
  if (!ctx.editing.throttle.try_attempt({by_client, by_name})) {
    return login_page(req, ctx, "Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.", 429);
  }
  if (!Accounts::load(ctx.editing.accounts_file).verify(name, req.field("wachtwoord"))) {
    return login_page(req, ctx, "Naam of wachtwoord klopt niet.", 401);
  }
  ctx.editing.throttle.forgive(by_client);
  ctx.editing.throttle.clear(by_name);
  Response r = redirect("/redactie");
  r.headers.emplace_back("Set-Cookie", cookie_header(kSessionCookie, ctx.editing.sessions.create(name), false,
                                                     ctx.editing.secure_cookies));
  r.headers.emplace_back("Set-Cookie", cookie_header(kLoginCookie, "", true, ctx.editing.secure_cookies));
  return r;
}

Response logout_submit(const Request& req, Context& ctx) {
  require_session(req, ctx, true);
  ctx.editing.sessions.destroy(req.cookie(kSessionCookie));
  Response r = redirect("/");
  r.headers.emplace_back("Set-Cookie", cookie_header(kSessionCookie, "", true, ctx.editing.secure_cookies));
  return r;
}

Response editor_home(const Request& req, Context& ctx) {
  const auto s = current_session(req, ctx);
  if (!s) return redirect("/inloggen");
  std::string main = "<h1>Redactie</h1>\n";
  if (!ctx.editing.editor || !ctx.editing.editor->writable()) {
    main += kReadOnly;
  } else {
    if (const std::string gone = req.get("verwijderd"); !gone.empty()) {
      main += "<div class=\"melding\" role=\"status\"><p>Het item is naar de prullenbak verplaatst.</p>"
              "<form method=\"post\" action=\"/redactie/herstellen\">" + csrf_field(*s) +
              "<input type=\"hidden\" name=\"naam\" value=\"" + html_escape(gone) + "\">"
              "<button type=\"submit\">Ongedaan maken</button></form></div>\n";
    }
    main += "<p><a class=\"knop\" href=\"/redactie/nieuw\">Nieuw item</a></p>\n"
            "<p>Een bestaand item bewerkt u via de link <em>Dit item bewerken</em> op de pagina van het item.</p>\n"
            "<h2>Prullenbak</h2>\n";
    const auto trash = ctx.editing.editor->trash();
    if (trash.empty()) main += "<p>De prullenbak is leeg.</p>\n";
    else main += "<ul class=\"prullenbak\">\n";
    for (const auto& t : trash) {
      main += "<li>" + html_escape(t.title.empty() ? t.rel_path : t.title) + " <span class=\"meta\">(" +
              html_escape(t.id) + ", verwijderd " + html_escape(t.deleted_at) +
              ")</span> <form method=\"post\" action=\"/redactie/herstellen\">" + csrf_field(*s) +
              "<input type=\"hidden\" name=\"naam\" value=\"" + html_escape(t.name) +
              "\"><button type=\"submit\">Herstellen</button></form></li>\n";
    }
    if (!trash.empty()) main += "</ul>\n";
  }
  Response r;
  r.body = page("Redactie", main, "", &*s);
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Response edit_form(const Request& req, Context& ctx, const std::string& id) {
  const auto s = current_session(req, ctx);
  if (!s) return redirect("/inloggen");
  CorpusEditor& editor = require_editor(ctx);
  if (id.empty()) {
    EntryDraft d;
    d.meta.type = req.get("type");
    return form_page(ctx, *s, FormValues{nullptr, d}, "", "", {}, "", "");
  }
  const auto loaded = editor.load(id);
  if (!loaded) return error_response(req, 404, "Er is geen item met id '" + id + "' om te bewerken.");
  return form_page(ctx, *s, FormValues{nullptr, loaded->draft}, loaded->rel_path, loaded->hash, {}, "", "");
}

// A save without a valid session (it expired, or the server restarted): the
// typed text is shown back so that nothing is lost.
Response draft_rescue(const Request& req, const std::string& why) {
  std::string main = "<h1>Niet opgeslagen</h1>\n<p class=\"fout\" role=\"alert\">" + html_escape(why) +
                     "</p>\n<p>Uw tekst staat hieronder. Kopieer wat u nodig hebt, <a href=\"/inloggen\">log opnieuw "
                     "in</a> en open het item opnieuw.</p>\n<dl class=\"bewaard-concept\">\n";
  for (const auto& [name, value] : req.form) {
    if (name == "csrf" || name == "hash" || name == "actie" || value.empty()) continue;
    main += "<dt>" + html_escape(name) + "</dt><dd><textarea readonly rows=\"" +
            std::to_string(std::min<std::size_t>(20, 2 + std::count(value.begin(), value.end(), '\n'))) + "\" aria-label=\"" +
            html_escape(name) + "\">" + html_escape(value) + "</textarea></dd>\n";
  }
  Response r;
  r.status = 403;
  r.body = page("Niet opgeslagen", main + "</dl>\n");
  return r;
}

Response save_submit(const Request& req, Context& ctx) {
  const auto session = current_session(req, ctx);
  if (!session) return draft_rescue(req, "Uw sessie is verlopen (bijvoorbeeld doordat de server opnieuw is gestart).");
  if (!same_token(req.field("csrf"), session->csrf)) {
    return draft_rescue(req, "Het formulier is verlopen of niet van deze site.");
  }
  const Session s = *session;
  CorpusEditor& editor = require_editor(ctx);
  const EntryDraft d = draft_from_form(req);
  const std::string path = req.field("pad"), hash = req.field("hash");
  const FormValues typed{&req, d};
  if (req.field("actie") == "voorbeeld") return form_page(ctx, s, typed, path, hash, {}, "", preview_of(d));
  const EditResult r = editor.save(path, d, hash, s.user);
  if (!r.ok) return form_page(ctx, s, typed, path, hash, r.fields, r.message, "", r.fields.empty() ? 409 : 400);
  return redirect("/doc/" + r.id + "?opgeslagen=1");
}

Response delete_confirm(const Request& req, Context& ctx) {
  const auto s = current_session(req, ctx);
  if (!s) return redirect("/inloggen");
  const std::string id = req.get("id");
  if (!is_valid_id(id)) throw BadRequest("Parameter 'id' moet een geldig id zijn.");
  const auto loaded = require_editor(ctx).load(id);
  if (!loaded) return error_response(req, 404, "Er is geen item met id '" + id + "' om te verwijderen.");
  // The hash the editor read on the edit page, so a file changed since is not deleted unseen.
  const std::string hash = req.get("hash").empty() ? loaded->hash : req.get("hash");
  const std::string title = loaded->draft.meta.title;
  const std::string main =
      "<div class=\"bevestigen\"><h1>Item verwijderen?</h1>\n<p>U staat op het punt <strong>" + html_escape(title) +
      "</strong> (" + html_escape(loaded->rel_path) + ") te verwijderen. Het item gaat naar de prullenbak; daar kunt u het "
      "later herstellen.</p>\n<form method=\"post\" action=\"/redactie/verwijderen\">" + csrf_field(*s) +
      "<input type=\"hidden\" name=\"id\" value=\"" + html_escape(id) + "\"><input type=\"hidden\" name=\"hash\" value=\"" +
      html_escape(hash) + "\"><button type=\"submit\" class=\"gevaar\">Ja, verwijderen</button></form>\n"
      "<a href=\"/redactie/bewerken/" + html_escape(id) + "\">Nee, terug naar het item</a></div>\n";
  Response r;
  r.body = page("Verwijderen: " + title, main, "", &*s);
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

Response delete_submit(const Request& req, Context& ctx) {
  const Session s = require_session(req, ctx, true);
  const EditResult r = require_editor(ctx).remove(req.field("id"), req.field("hash"), s.user);
  if (!r.ok) return error_response(req, 409, r.message);
  return redirect("/redactie?verwijderd=" + url_encode(r.trash_name));
}

Response restore_submit(const Request& req, Context& ctx) {
  const Session s = require_session(req, ctx, true);
  const EditResult r = require_editor(ctx).restore(req.field("naam"), s.user);
  if (!r.ok) return error_response(req, 409, r.message);
  return redirect("/doc/" + r.id);
}

}  // namespace lessenbank::web
