// A server with the web editor on a copy of a fixture corpus (or any corpus),
// an account "anna", and a signed-in client.
#pragma once

#include "http_client.h"
#include "lessenbank/accounts.h"
#include "lessenbank/editing.h"
#include "lessenbank/index.h"
#include "lessenbank/search.h"
#include "lessenbank/vocabulary.h"
#include "lessenbank/web/server.h"
#include "temp_dir.h"

namespace lessenbank::test {

constexpr const char* kPassword = "een-lang-wachtwoord";

struct EditorFixture {
  TempDir dir;
  IndexOptions index;
  std::unique_ptr<CorpusEditor> editor;
  std::unique_ptr<web::WebServer> server;

  // `corpus`: a fixture name, or a folder to copy; `plugins`: theme plugins to classify with (optional).
  explicit EditorFixture(const std::string& corpus = "basic", PluginHost* plugins = nullptr,
                         web::ServerOptions o = {}) {
    if (std::filesystem::is_directory(corpus)) std::filesystem::copy(corpus, dir / "corpus", std::filesystem::copy_options::recursive);
    else copy_fixture(corpus, dir / "corpus");
    index.corpus_dir = dir / "corpus";
    index.index_dir = dir / "index";
    index.plugins = plugins;
    if (plugins) {
      index.parse.themes = known_themes();
      for (const auto& p : plugins->plugins()) {
        if (!is_known_theme(p.id)) index.parse.themes.push_back(p.id);
      }
      o.themes = plugins->plugins();
    }
    Indexer(index).update();
    Accounts accounts;
    accounts.set_password(dir / "redacteuren.xml", "anna", kPassword);
    editor = std::make_unique<CorpusEditor>(index);
    o.port = 0;
    o.index_dir = index.index_dir;
    o.editor = editor.get();
    o.accounts_file = dir / "redacteuren.xml";
    server = std::make_unique<web::WebServer>(o);
    server->start();
  }
  std::uint16_t port() const { return server->port(); }

  HttpClient signed_in() {
    HttpClient c(port());
    const auto form = c.get("/inloggen");
    const auto r = c.post("/inloggen", {{"token", hidden_value(form.body, "token")}, {"naam", "anna"}, {"wachtwoord", kPassword}});
    REQUIRE(r.status == 303);
    return c;
  }
  std::size_t hits(const std::string& q) {
    Searcher s(index.index_dir);
    SearchRequest r;
    r.query = q;
    return s.search(r).total;
  }
};

}  // namespace lessenbank::test
