// A small real HTTP client for the server tests (Poco::Net).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lessenbank::test {

struct HttpReply {
  int status = 0;
  std::string content_type;
  std::string body;
  std::string header(const std::string&) const;
  std::string raw_headers;
  std::vector<std::string> set_cookies;  // every Set-Cookie header
};

// A browser-like session: keeps cookies between requests.
class HttpClient {
 public:
  explicit HttpClient(std::uint16_t port) : port_(port) {}
  HttpReply get(const std::string& target);
  // POSTs urlencoded `fields`.
  HttpReply post(const std::string& target, const std::vector<std::pair<std::string, std::string>>& fields);
  // Any method; a POST body must already be urlencoded.
  HttpReply request(const std::string& method, const std::string& target, const std::string& body);
  std::map<std::string, std::string> cookies;

 private:
  std::uint16_t port_;
};

// The value of `name="..." value="..."` in a page (hidden form fields).
std::string hidden_value(const std::string& html, const std::string& name);

// Sends `method target` to 127.0.0.1:port without cookies; target is sent as given.
HttpReply http_request(std::uint16_t port, const std::string& target, const std::string& method = "GET");

}  // namespace lessenbank::test
