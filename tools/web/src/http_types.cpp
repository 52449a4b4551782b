#include "http_types.h"

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

}  // namespace lessenbank::web
