#include "layout.h"

#include <Poco/URI.h>

#include "lessenbank/html.h"

namespace lessenbank::web {

std::string url_encode(const std::string& s) {
  std::string out;
  Poco::URI::encode(s, "!#$&'()*+,/:;=?@[]\"<>%{}|\\^`", out);
  return out;
}

std::string query_string(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out;
  for (const auto& [k, v] : params) {
    out += (out.empty() ? "?" : "&") + url_encode(k) + "=" + url_encode(v);
  }
  return out;
}

std::string csrf_field(const Session& session) {
  return "<input type=\"hidden\" name=\"csrf\" value=\"" + html_escape(session.csrf) + "\">";
}

std::string page(const std::string& title, const std::string& main_html, const std::string& query,
                 const Session* session) {
  std::string h;
  h.reserve(main_html.size() + 2048);
  h += "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  h += html_escape(title) + " – Lessenbank</title>\n";
  h += "<link rel=\"stylesheet\" href=\"/static/style.css\">\n"
       "<link rel=\"search\" type=\"application/opensearchdescription+xml\" title=\"Lessenbank\" href=\"/opensearch.xml\">\n"
       "<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n"
       "<a class=\"skiplink\" href=\"#inhoud\">Direct naar de inhoud</a>\n"
       "<header class=\"site\">\n<div class=\"wrap\">\n"
       "<a class=\"logo\" href=\"/\">Lessenbank</a>\n";
  if (session) {
    h += "<nav class=\"redacteur\" aria-label=\"Redactie\">Ingelogd als " + html_escape(session->user) +
         " · <a href=\"/redactie\">Redactie</a> · <a href=\"/redactie/nieuw\">Nieuw item</a> · "
         "<form method=\"post\" action=\"/uitloggen\">" + csrf_field(*session) +
         "<button type=\"submit\">Uitloggen</button></form></nav>\n";
  }
  h += "<p class=\"tagline\">Lessen en praktijkvoorbeelden bij de invoering van de Omgevingswet</p>\n"
       "<form class=\"zoekbalk\" role=\"search\" action=\"/\" method=\"get\">\n"
       "<label for=\"q\">Zoek in de lessenbank</label>\n<div class=\"zoekveld\">"
       "<input type=\"search\" id=\"q\" name=\"q\" maxlength=\"500\" list=\"suggesties\" autocomplete=\"off\" value=\"";
  h += html_escape(query);
  h += "\" placeholder=\"Bijvoorbeeld: participatie omgevingsvisie\">"
       "<button type=\"submit\">Zoeken</button></div>\n<datalist id=\"suggesties\"></datalist>\n</form>\n</div>\n</header>\n"
       "<main id=\"inhoud\" class=\"wrap\">\n";
  h += main_html;
  h += "</main>\n<footer class=\"site\"><div class=\"wrap\"><p>Lessenbank werkt volledig offline. "
       "Zoektips: gebruik \"aanhalingstekens\" voor een zinsdeel, EN / OF / NIET, en * voor een "
       "woordbegin (bijvoorbeeld <code>particip*</code>).</p>";
  if (!session) h += "<p><a href=\"/inloggen\">Inloggen voor redacteuren</a></p>";
  h += "</div></footer>\n</body>\n</html>\n";
  return h;
}

}  // namespace lessenbank::web
