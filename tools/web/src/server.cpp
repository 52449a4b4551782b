#include "lessenbank/web/server.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>

#include <cctype>
#include <iostream>

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

constexpr std::streamsize kMaxBody = 2 << 20;

std::string valid_host(const std::string& host) {
  if (host.empty() || host.size() > 255) return {};
  for (char c : host) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != ':' && c != '-' && c != '[' && c != ']') return {};
  }
  return host;
}

// Converts Poco's request to ours, runs the route, writes the response.
class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit Handler(Context& ctx) : ctx_(ctx) {}

  void handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) override {
    Request req;
    req.method = in.getMethod();
    Response resp;
    try {
      const Poco::URI uri(in.getURI());
      req.path = uri.getPath();
      req.params = uri.getQueryParameters();
      req.host = valid_host(in.getHost());
      req.client = in.clientAddress().host().toString();
      Poco::Net::NameValueCollection cookies;
      in.getCookies(cookies);
      for (const auto& [k, v] : cookies) req.cookies[k] = v;
      if (req.method == "POST") {
        if (in.getContentLength() > kMaxBody || (in.getChunkedTransferEncoding() && in.getContentLength() < 0)) {
          resp = error_response(req, 413, "Het formulier is te groot (maximaal 2 MB).");
          send(in, out, resp);
          return;
        }
        Poco::Net::HTMLForm form(in, in.stream());
        for (const auto& [k, v] : form) req.form.emplace_back(k, v);
      }
      resp = route(req, ctx_);
    } catch (const Poco::Exception&) {
      req.path = "/";
      resp = error_response(req, 400, "Het adres of het formulier is ongeldig.");
    }
    send(in, out, resp);
  }

 private:
  static void send(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out, const Response& r) {
    out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(r.status));
    out.setContentType(r.content_type);
    for (const auto& [k, v] : kSecurityHeaders) out.set(k, v);
    for (const auto& [k, v] : r.headers) out.add(k, v);  // add: several Set-Cookie may be sent
    out.setContentLength(static_cast<std::streamsize>(r.body.size()));
    std::ostream& body = out.send();
    if (in.getMethod() != "HEAD") body.write(r.body.data(), static_cast<std::streamsize>(r.body.size()));
  }

  Context& ctx_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit Factory(Context& ctx) : ctx_(ctx) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new Handler(ctx_);
  }

 private:
  Context& ctx_;
};

}  // namespace

struct WebServer::Impl {
  explicit Impl(ServerOptions o)
      : options(std::move(o)), pool(options.index_dir, options.banks, options.bank_timeout_ms), themes(options.themes), ctx{pool, themes, editing} {
    editing.editor = options.editor;
    editing.accounts_file = options.accounts_file;
  }

  ServerOptions options;
  SearcherPool pool;
  ThemeCatalog themes;
  Editing editing;
  Context ctx;
  std::unique_ptr<Poco::Net::HTTPServer> server;
  std::uint16_t port = 0;
};

WebServer::WebServer(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

WebServer::~WebServer() { stop(); }

void WebServer::start() {
  const auto& o = impl_->options;
  Poco::Net::ServerSocket socket;
  try {
    socket.bind(Poco::Net::SocketAddress(o.bind_address, o.port), true);
    socket.listen(64);
  } catch (const Poco::Exception& e) {
    throw IoError("kan niet luisteren op " + o.bind_address + ":" + std::to_string(o.port) + ": " + e.displayText());
  }
  impl_->port = socket.address().port();
  auto* params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(o.max_threads);
  params->setMaxQueued(256);
  params->setTimeout(Poco::Timespan(10, 0));
  params->setKeepAlive(true);
  impl_->server = std::make_unique<Poco::Net::HTTPServer>(new Factory(impl_->ctx), socket, params);
  impl_->server->start();
}

void WebServer::stop() {
  if (impl_ && impl_->server) {
    impl_->server->stopAll(true);
    impl_->server.reset();
  }
}

std::uint16_t WebServer::port() const { return impl_->port; }

}  // namespace lessenbank::web
