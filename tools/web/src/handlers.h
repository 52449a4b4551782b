// Every route's handler: a function of (request, context) -> response.
// The route table that maps paths to them is in routes.cpp.
#pragma once

#include <string>
#include <vector>

#include <filesystem>
#include <optional>

#include "auth.h"
#include "http_types.h"
#include "lessenbank/editing.h"
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

// Everything the editor pages need; `editor` is null when editing is off.
struct Editing {
  CorpusEditor* editor = nullptr;
  std::filesystem::path accounts_file;
  bool secure_cookies = false;  // add `Secure` (served over HTTPS)
  SessionStore sessions;
  LoginThrottle throttle;
};

struct Context {
  SearcherPool& searchers;
  const ThemeCatalog& themes;
  Editing& editing;
};

// The signed-in editor of this request, if any.
std::optional<Session> current_session(const Request& req, Context& ctx);
inline constexpr const char* kSessionCookie = "lb_sessie";
inline constexpr const char* kLoginCookie = "lb_inlog";

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

Response login_page(const Request& req, Context& ctx, const std::string& message = "", int status = 200);  // GET /inloggen
Response login_submit(const Request& req, Context& ctx);                     // POST /inloggen
Response logout_submit(const Request& req, Context& ctx);                    // POST /uitloggen
Response editor_home(const Request& req, Context& ctx);                      // GET /redactie
Response edit_form(const Request& req, Context& ctx, const std::string& id); // GET /redactie/nieuw, /redactie/bewerken/<id>
Response save_submit(const Request& req, Context& ctx);                      // POST /redactie/opslaan
Response delete_confirm(const Request& req, Context& ctx);                   // GET /redactie/verwijderen?id=&hash=
Response delete_submit(const Request& req, Context& ctx);                    // POST /redactie/verwijderen
Response restore_submit(const Request& req, Context& ctx);                   // POST /redactie/herstellen

// Error pages: HTML for people, JSON under /api/.
Response error_response(const Request& req, int status, const std::string& message);

// Dispatches a request to its handler; never throws.
Response route(const Request& req, Context& ctx);

}  // namespace lessenbank::web
