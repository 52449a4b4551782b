// The embedded HTTP server: Dutch search UI and JSON API over core's Searcher.
//
// Threading: one event thread accepts connections and reads requests (slow
// or idle clients never hold a worker, see docs/security.md); each complete
// request runs on one of `max_threads` workers and leases
// its own Searcher from a pool (Xapian wants one Database per thread), so
// searches never share Xapian objects. The server never writes the index.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "lessenbank/bank.h"
#include "lessenbank/editing.h"
#include "lessenbank/plugin_host.h"

namespace lessenbank::web {

struct ServerOptions {
  std::string bind_address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: pick a free port (see WebServer::port)
  std::filesystem::path index_dir = "index/xapian";
  // When not empty: search these lesson banks as one instead of index_dir
  // (see lessenbank/bank.h); a remote bank is waited for bank_timeout_ms.
  std::vector<Bank> banks;
  unsigned bank_timeout_ms = kDefaultBankTimeoutMs;
  int max_threads = 16;
  // Open connections allowed from one client address; more are refused with
  // 503 at once. Raise it when every client comes through one proxy.
  std::size_t max_connections_per_address = 64;
  // Adds `Secure` to the session cookies: set when users reach the server over
  // HTTPS (for example through a reverse proxy), never for plain HTTP.
  bool secure_cookies = false;
  // The themes to offer: those of the loaded plugins (PluginHost::plugins()).
  std::vector<PluginInfo> themes;
  // The web editor writes through this (not owned; null: no editing).
  CorpusEditor* editor = nullptr;
  // Editor accounts (see lessenbank/accounts.h); sign-in reads it each time.
  std::filesystem::path accounts_file = "redacteuren.xml";
};

class WebServer {
 public:
  explicit WebServer(ServerOptions options);
  ~WebServer();  // stops the server
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds and starts serving in the background. Throws lessenbank::IoError
  // (Dutch message) when the address cannot be bound.
  void start();
  // Stops accepting and waits for running requests.
  void stop();
  // The bound port (useful after starting on port 0).
  std::uint16_t port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lessenbank::web
