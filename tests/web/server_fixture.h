// An index of the fixture corpus, classified by the real theme plugins, and a
// real server on 127.0.0.1, port 0.
#pragma once

#include "lessenbank/index.h"
#include "lessenbank/web/server.h"
#include "temp_dir.h"

namespace lessenbank::test {

struct ServerFixture {
  TempDir dir;
  PluginHost plugins;
  IndexOptions index;
  std::unique_ptr<web::WebServer> server;

  ServerFixture() {
    copy_fixture("basic", dir / "corpus");
    index.corpus_dir = dir / "corpus";
    index.index_dir = dir / "index";
    plugins.load_folder(LESSENBANK_PLUGIN_DIR);
    index.plugins = &plugins;
    Indexer(index).update();
    web::ServerOptions o;
    o.port = 0;
    o.index_dir = index.index_dir;
    o.themes = plugins.plugins();
    server = std::make_unique<web::WebServer>(o);
    server->start();
  }
  std::uint16_t port() const { return server->port(); }
};

}  // namespace lessenbank::test
