// The route table: which path goes to which handler, and the one place where
// exceptions become status codes so that no request can take the server down.
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <sstream>

#include "handlers.h"
#include "layout.h"
#include "lessenbank/error.h"
#include "lessenbank/html.h"
#include "lessenbank/vocabulary.h"
#include "params.h"

namespace lessenbank::web {

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

std::string status_title(int status) {
  switch (status) {
    case 400: return "Ongeldige vraag";
    case 404: return "Niet gevonden";
    case 401: return "Inloggen mislukt";
    case 403: return "Geen toegang";
    case 405: return "Methode niet toegestaan";
    case 409: return "Niet opgeslagen";
    case 413: return "Te groot";
    case 429: return "Te veel pogingen";
    case 503: return "Tijdelijk niet beschikbaar";
    default: return "Er ging iets mis";
  }
}

// POST routes: everything that signs in or writes.
Response dispatch_post(const Request& req, Context& ctx) {
  const std::string& p = req.path;
  if (p == "/inloggen") return login_submit(req, ctx);
  if (p == "/uitloggen") return logout_submit(req, ctx);
  if (p == "/redactie/opslaan") return save_submit(req, ctx);
  if (p == "/redactie/verwijderen") return delete_submit(req, ctx);
  if (p == "/redactie/herstellen") return restore_submit(req, ctx);
  Response r = error_response(req, 405, "Deze pagina kan alleen worden opgevraagd (GET).");
  r.headers.emplace_back("Allow", "GET, HEAD");
  return r;
}

Response dispatch(const Request& req, Context& ctx) {
  if (req.method == "POST") return dispatch_post(req, ctx);
  if (req.method != "GET" && req.method != "HEAD") {
    Response r = error_response(req, 405, "Deze methode wordt niet ondersteund.");
    r.headers.emplace_back("Allow", "GET, HEAD, POST");
    return r;
  }
  const std::string& p = req.path;
  if (p == "/inloggen") return login_page(req, ctx);
  if (p == "/redactie") return editor_home(req, ctx);
  if (p == "/redactie/nieuw") return edit_form(req, ctx, "");
  if (p == "/redactie/verwijderen") return delete_confirm(req, ctx);
  if (starts_with(p, "/redactie/bewerken/") && is_valid_id(p.substr(19))) return edit_form(req, ctx, p.substr(19));
  if (p == "/") return search_page(req, ctx);
  if (p == "/api/search") return api_search(req, ctx);
  if (p == "/static/style.css") return stylesheet();
  if (p == "/static/app.js") return script();
  if (p == "/opensearch.xml") return opensearch(req);
  if (p == "/api/facets") return api_facets(req, ctx);
  if (p == "/api/suggest") return api_suggest(req, ctx);
  if (starts_with(p, "/doc/") && is_valid_id(p.substr(5))) return document_page(req, ctx, p.substr(5));
  if (starts_with(p, "/api/doc/") && is_valid_id(p.substr(9))) return api_document(req, ctx, p.substr(9));
  if (starts_with(p, "/thema/") && is_valid_id(p.substr(7))) return theme_page(req, ctx, p.substr(7));
  return error_response(req, 404, "De pagina '" + p + "' bestaat niet.");
}

Response route_checked(const Request& req, Context& ctx) {
  try {
    require_utf8(req);
    return dispatch(req, ctx);
  } catch (const BadRequest& e) {
    return error_response(req, 400, e.what());
  } catch (const Forbidden& e) {
    return error_response(req, 403, e.what());
  } catch (const QueryError& e) {
    return error_response(req, 400, std::string("De zoekvraag is ongeldig: ") + e.what() + ".");
  } catch (const IndexError& e) {
    return error_response(req, 503, e.what());
  } catch (const std::exception&) {
    return error_response(req, 500, "Er ging iets mis bij het verwerken van uw vraag.");
  } catch (...) {
    // Xapian::Error (a damaged or vanished index mid-run) does not derive from
    // std::exception; it still gets an answer.
    return error_response(req, 503, "De index is op dit moment niet leesbaar. Probeer het zo opnieuw.");
  }
}

// Editor pages carry the form token and unsaved text: never stored by a browser or proxy.
Response private_if_editor(const Request& req, Response r) {
  if (starts_with(req.path, "/redactie") || starts_with(req.path, "/inloggen") || starts_with(req.path, "/uitloggen")) {
    const bool set = std::any_of(r.headers.begin(), r.headers.end(), [](const auto& h) { return h.first == "Cache-Control"; });
    if (!set) r.headers.emplace_back("Cache-Control", "no-store");
  }
  return r;
}

}  // namespace

Response error_response(const Request& req, int status, const std::string& message) {
  Response r;
  r.status = status;
  if (starts_with(req.path, "/api/")) {
    Poco::JSON::Object o;
    o.set("error", message);
    o.set("status", status);
    std::ostringstream out;
    o.stringify(out);
    r.content_type = "application/json; charset=utf-8";
    r.body = out.str();
    return r;
  }
  r.body = page(status_title(status),
                "<div class=\"fout\"><h1>" + html_escape(status_title(status)) + "</h1>\n<p>" +
                    html_escape(message) + "</p>\n<p><a href=\"/\">Naar de zoekpagina</a></p></div>\n");
  return r;
}

Response route(const Request& req, Context& ctx) {
  return private_if_editor(req, route_checked(req, ctx));
}

}  // namespace lessenbank::web
