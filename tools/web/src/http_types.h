// Plain request/response values between Poco's adapter and the handlers, so
// handlers stay small functions of (request, context) -> response.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace lessenbank::web {

struct Request {
  std::string method;
  std::string path;  // decoded
  std::string host;  // the Host header if it is a plain host[:port], else empty
  std::vector<std::pair<std::string, std::string>> params;  // query string
  std::vector<std::pair<std::string, std::string>> form;    // POST body (urlencoded)
  std::map<std::string, std::string> cookies;
  std::string client;  // the peer's address, for rate limiting

  // The first value of `name`, or "" when absent.
  std::string get(const std::string& name) const;
  // All values of `name` (repeated parameters), in order.
  std::vector<std::string> all(const std::string& name) const;
  // The first / all values of a POST field.
  std::string field(const std::string& name) const;
  std::vector<std::string> fields(const std::string& name) const;
  std::string cookie(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// A parameter the user sent is invalid; the message (Dutch) is shown with 400.
class BadRequest : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The request needs a signed-in editor (or a valid form token): 403.
class Forbidden : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "303 See Other" to `location` (after a successful POST).
Response redirect(const std::string& location);

}  // namespace lessenbank::web
