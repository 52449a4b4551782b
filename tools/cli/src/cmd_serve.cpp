#include <csignal>
#include <iostream>

#include "commands.h"
#include "lessenbank/error.h"
#include "lessenbank/editing.h"
#include "lessenbank/index.h"
#include "lessenbank/web/server.h"

namespace lessenbank::cli {

namespace {

// Brings the index up to date before serving; a problem is reported, not fatal.
void refresh_index(const Config& c, const PluginHost& plugins) {
  try {
    IndexOptions o;
    o.corpus_dir = c.corpus_dir;
    o.index_dir = c.index_dir;
    o.lock_wait_ms = 0;
    o.plugins = &plugins;
    o.notice = print_notice;
    const IndexReport r = Indexer(o).update();
    std::cout << "Index: " << r.scanned << " bestanden, " << (r.added + r.updated + r.removed) << " bijgewerkt"
              << (r.failed ? ", " + std::to_string(r.failed) + " met fouten (zie 'lessenbank check')" : "") << ".\n";
  } catch (const Error& e) {
    std::cerr << "waarschuwing: index niet bijgewerkt: " << e.what() << "\n";
  }
}

int wait_for_signal() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  int sig = 0;
  sigwait(&set, &sig);
  return sig;
}

}  // namespace

int cmd_serve(const Args& args) {
  const Config config = resolve_config(args);
  // Block the stop signals before Poco starts its threads, so only sigwait sees them.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  PluginHost plugins;
  load_plugins(config, plugins);
  if (!args.flag("geen-index")) refresh_index(config, plugins);

  web::ServerOptions o;
  o.bind_address = config.bind_address;
  o.port = config.port;
  o.secure_cookies = config.https;
  o.max_connections_per_address = config.max_per_address;
  o.index_dir = config.index_dir;
  o.banks = config.banks;
  o.bank_timeout_ms = config.bank_timeout_ms;
  o.themes = plugins.plugins();
  IndexOptions index;
  index.corpus_dir = config.corpus_dir;
  index.index_dir = config.index_dir;
  index.plugins = &plugins;
  index.parse.themes = theme_vocabulary(plugins);
  CorpusEditor editor(index);
  o.editor = &editor;
  o.accounts_file = config.accounts_file;
  if (!editor.writable()) std::cout << "De corpusmap is alleen-lezen: bewerken is uitgeschakeld.\n";
  std::unique_ptr<CorpusWatcher> watcher;
  if (config.watch_seconds > 0) {
    watcher = std::make_unique<CorpusWatcher>(index, std::chrono::seconds(config.watch_seconds),
                                              [](const std::string& line) { std::cout << line << std::endl; });
  }
  web::WebServer server(o);
  server.start();
  std::cout << "Lessenbank draait op http://" << o.bind_address << ":" << server.port()
            << "/  (stoppen met Ctrl+C)" << std::endl;
  wait_for_signal();
  std::cout << "Lessenbank stopt.\n";
  server.stop();
  watcher.reset();
  return 0;
}

}  // namespace lessenbank::cli
