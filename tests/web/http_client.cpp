#include "http_client.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <sstream>

namespace lessenbank::test {

std::string HttpReply::header(const std::string& name) const {
  std::istringstream in(raw_headers);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind(name + ": ", 0) == 0) return line.substr(name.size() + 2);
  }
  return {};
}

HttpReply http_request(std::uint16_t port, const std::string& target, const std::string& method) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port);
  session.setTimeout(Poco::Timespan(10, 0));
  Poco::Net::HTTPRequest req(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
  session.sendRequest(req);
  Poco::Net::HTTPResponse resp;
  std::istream& in = session.receiveResponse(resp);
  HttpReply reply;
  reply.status = resp.getStatus();
  reply.content_type = resp.getContentType();
  Poco::StreamCopier::copyToString(in, reply.body);
  for (const auto& [k, v] : resp) reply.raw_headers += k + ": " + v + "\n";
  return reply;
}

}  // namespace lessenbank::test
