// A small real HTTP client for the server tests (Poco::Net).
#pragma once

#include <cstdint>
#include <string>

namespace lessenbank::test {

struct HttpReply {
  int status = 0;
  std::string content_type;
  std::string body;
  std::string header(const std::string&) const;
  std::string raw_headers;
};

// Sends `method target` to 127.0.0.1:port; target is sent as given (already encoded).
HttpReply http_request(std::uint16_t port, const std::string& target, const std::string& method = "GET");

}  // namespace lessenbank::test
