#include "http_client.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/StreamCopier.h>

#include <Poco/URI.h>

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
  HttpClient client(port);
  return client.request(method, target, "");
}

HttpReply HttpClient::get(const std::string& target) { return request("GET", target, ""); }

HttpReply HttpClient::post(const std::string& target, const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body;
  for (const auto& [k, v] : fields) {
    std::string ek, ev;
    Poco::URI::encode(k, "&=+", ek);
    Poco::URI::encode(v, "&=+", ev);
    body += (body.empty() ? "" : "&") + ek + "=" + ev;
  }
  return request("POST", target, body);
}

HttpReply HttpClient::request(const std::string& method, const std::string& target, const std::string& body) {
  Poco::Net::HTTPClientSession session("127.0.0.1", port_);
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest req(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
  Poco::Net::NameValueCollection jar;
  for (const auto& [k, v] : cookies) jar.add(k, v);
  if (!cookies.empty()) req.setCookies(jar);
  if (method == "POST") {
    req.setContentType("application/x-www-form-urlencoded");
    req.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(req) << body;
  } else {
    session.sendRequest(req);
  }
  Poco::Net::HTTPResponse resp;
  std::istream& in = session.receiveResponse(resp);
  HttpReply reply;
  reply.status = resp.getStatus();
  reply.content_type = resp.getContentType();
  Poco::StreamCopier::copyToString(in, reply.body);
  for (const auto& [k, v] : resp) {
    reply.raw_headers += k + ": " + v + "\n";
    if (k != "Set-Cookie") continue;
    reply.set_cookies.push_back(v);
    const auto eq = v.find('='), semi = v.find(';');
    const std::string name = v.substr(0, eq), value = v.substr(eq + 1, semi - eq - 1);
    if (v.find("Max-Age=0") != std::string::npos) cookies.erase(name);
    else cookies[name] = value;
  }
  return reply;
}

std::string hidden_value(const std::string& html, const std::string& name) {
  const std::string marker = "name=\"" + name + "\" value=\"";
  const auto at = html.find(marker);
  if (at == std::string::npos) return {};
  const auto start = at + marker.size();
  return html.substr(start, html.find('"', start) - start);
}

}  // namespace lessenbank::test
