#include "handlers.h"

namespace lessenbank::web {

const PluginInfo* ThemeCatalog::find(const std::string& id) const {
  for (const auto& t : themes_) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

std::string ThemeCatalog::label(const std::string& id) const {
  const PluginInfo* t = find(id);
  return t ? t->label : id;
}

std::vector<std::string> ThemeCatalog::ids() const {
  std::vector<std::string> out;
  for (const auto& t : themes_) out.push_back(t.id);
  return out;
}

}  // namespace lessenbank::web
