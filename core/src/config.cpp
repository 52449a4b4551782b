#include "lessenbank/config.h"

#include <pugixml.hpp>

#include <fstream>
#include <sstream>

#include "lessenbank/error.h"

namespace fs = std::filesystem;

namespace lessenbank {

namespace {

int line_at(const std::string& text, std::ptrdiff_t offset) {
  int line = 1;
  for (std::ptrdiff_t i = 0; i < offset && i < static_cast<std::ptrdiff_t>(text.size()); ++i) {
    if (text[i] == '\n') ++line;
  }
  return line;
}

fs::path resolve(const fs::path& base, const char* value) {
  const fs::path p(value);
  return p.is_absolute() ? p : base / p;
}

std::uint16_t parse_port(const std::string& where, const char* value) {
  try {
    std::size_t used = 0;
    const int port = std::stoi(value, &used);
    if (used == std::string(value).size() && port >= 0 && port <= 65535) {
      return static_cast<std::uint16_t>(port);
    }
  } catch (const std::exception&) {
  }
  throw ConfigError(where + ": poort '" + value + "' is geen getal tussen 0 en 65535");
}

}  // namespace

Config load_config(const fs::path& file, Config c) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw IoError("kan configuratiebestand '" + file.string() + "' niet lezen");
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();

  pugi::xml_document doc;
  const pugi::xml_parse_result r = doc.load_buffer(text.data(), text.size());
  if (!r) {
    throw ConfigError(file.string() + ":" + std::to_string(line_at(text, r.offset)) + ": " + r.description());
  }
  const pugi::xml_node root = doc.child("lessenbank");
  if (!root) throw ConfigError(file.string() + ":1: het hoofdelement moet <lessenbank> zijn");

  const fs::path base = file.parent_path();
  if (auto n = root.child("corpus")) c.corpus_dir = resolve(base, n.child_value());
  if (auto n = root.child("index")) c.index_dir = resolve(base, n.child_value());
  if (auto n = root.child("plugins")) c.plugin_dir = resolve(base, n.child_value());
  if (auto n = root.child("redacteuren")) c.accounts_file = resolve(base, n.child_value());
  if (auto n = root.child("bewaking")) c.watch_seconds = n.attribute("seconden").as_uint(c.watch_seconds);
  if (auto n = root.child("server")) {
    if (auto a = n.attribute("bind")) c.bind_address = a.value();
    if (auto a = n.attribute("port")) {
      c.port = parse_port(file.string() + ":" + std::to_string(line_at(text, n.offset_debug())), a.value());
    }
  }
  return c;
}

}  // namespace lessenbank
