#include "http_types.h"

#include "lessenbank/html.h"

namespace lessenbank::web {

std::string Request::get(const std::string& name) const {
  for (const auto& [k, v] : params) {
    if (k == name) return v;
  }
  return {};
}

std::vector<std::string> Request::all(const std::string& name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : params) {
    if (k == name && !v.empty()) out.push_back(v);
  }
  return out;
}

std::string Request::field(const std::string& name) const {
  for (const auto& [k, v] : form) {
    if (k == name) return v;
  }
  return {};
}

std::vector<std::string> Request::fields(const std::string& name) const {
  std::vector<std::string> out;
  for (const auto& [k, v] : form) {
    if (k == name) out.push_back(v);
  }
  return out;
}

std::string Request::cookie(const std::string& name) const {
  const auto it = cookies.find(name);
  return it == cookies.end() ? std::string() : it->second;
}

Response redirect(const std::string& location) {
  Response r;
  r.status = 303;
  r.headers.emplace_back("Location", location);
  r.body = "<!DOCTYPE html><title>Doorsturen</title><a href=\"" + html_escape(location) + "\">Verder</a>";
  return r;
}

}  // namespace lessenbank::web
