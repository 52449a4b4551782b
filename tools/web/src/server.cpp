#include "lessenbank/web/server.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Timestamp.h>
#include <Poco/URI.h>

#include <cctype>
#include <sstream>

#include "connection_gate.h"
#include "handlers.h"
#include "lessenbank/error.h"

namespace lessenbank::web {

namespace {

const std::pair<const char*, const char*> kSecurityHeaders[] = {
    {"Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'"},
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "same-origin"},
    {"X-Frame-Options", "DENY"},
};

std::string valid_host(const std::string& host) {
  if (host.empty() || host.size() > 255) return {};
  for (char c : host) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != ':' && c != '-' && c != '[' && c != ']') return {};
  }
  return host;
}

// Our request from the gate's: URI, Host, cookies and the urlencoded form.
// Throws Poco::Exception for an address or form that cannot be decoded.
Request request_from(const IncomingRequest& in) {
  Request req;
  req.method = in.head.getMethod();
  const Poco::URI uri(in.head.getURI());
  req.path = uri.getPath();
  req.params = uri.getQueryParameters();
  req.host = valid_host(in.head.get("Host", ""));
  req.client = in.client;
  Poco::Net::NameValueCollection cookies;
  in.head.getCookies(cookies);
  for (const auto& [k, v] : cookies) req.cookies[k] = v;
  if (req.method == "POST" && !in.body.empty()) {
    std::istringstream body{std::string(in.body)};
    Poco::Net::HTMLForm form(in.head, body);
    for (const auto& [k, v] : form) req.form.emplace_back(k, v);
  }
  return req;
}

// Status line, headers and body; HEAD gets the headers only.
std::string serialize(const Request& req, const Response& r, bool keep_alive) {
  Poco::Net::HTTPResponse out(Poco::Net::HTTPMessage::HTTP_1_1, static_cast<Poco::Net::HTTPResponse::HTTPStatus>(r.status));
  out.setContentType(r.content_type);
  out.setDate(Poco::Timestamp());
  for (const auto& [k, v] : kSecurityHeaders) out.set(k, v);
  for (const auto& [k, v] : r.headers) out.add(k, v);  // add: several Set-Cookie may be sent
  out.setContentLength(static_cast<std::streamsize>(r.body.size()));
  out.setKeepAlive(keep_alive);
  std::ostringstream bytes;
  out.write(bytes);
  if (req.method != "HEAD") bytes << r.body;
  return bytes.str();
}

// Runs one request through the route table; never throws.
std::string respond(const IncomingRequest& in, bool& keep_alive, Context& ctx) {
  Request req;
  Response resp;
  try {
    req = request_from(in);
    resp = route(req, ctx);
  } catch (...) {
    req.path = "/";
    resp = error_response(req, 400, "Het adres of het formulier is ongeldig.");
  }
  keep_alive = in.may_keep_alive;
  return serialize(req, resp, keep_alive);
}

}  // namespace

struct WebServer::Impl {
  explicit Impl(ServerOptions o)
      : options(std::move(o)), pool(options.index_dir, options.banks, options.bank_timeout_ms), themes(options.themes), ctx{pool, themes, editing} {
    editing.editor = options.editor;
    editing.accounts_file = options.accounts_file;
    editing.secure_cookies = options.secure_cookies;
  }

  ServerOptions options;
  SearcherPool pool;
  ThemeCatalog themes;
  Editing editing;
  Context ctx;
  std::unique_ptr<ConnectionGate> server;
  std::uint16_t port = 0;
};

WebServer::WebServer(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

WebServer::~WebServer() { stop(); }

void WebServer::start() {
  const auto& o = impl_->options;
  Poco::Net::ServerSocket socket;
  try {
    socket.bind(Poco::Net::SocketAddress(o.bind_address, o.port), true);
    socket.listen(1024);
  } catch (const Poco::Exception& e) {
    throw IoError("kan niet luisteren op " + o.bind_address + ":" + std::to_string(o.port) + ": " + e.displayText());
  }
  impl_->port = socket.address().port();
  GateLimits limits;
  limits.workers = o.max_threads;
  limits.max_per_address = o.max_connections_per_address;
  Context& ctx = impl_->ctx;
  impl_->server = std::make_unique<ConnectionGate>(
      socket, limits, [&ctx](const IncomingRequest& in, bool& keep_alive) { return respond(in, keep_alive, ctx); });
  impl_->server->start();
}

void WebServer::stop() {
  if (impl_ && impl_->server) {
    impl_->server->stop();
    impl_->server.reset();
  }
}

std::uint16_t WebServer::port() const { return impl_->port; }

}  // namespace lessenbank::web
