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

std::string where(const fs::path& file, const std::string& text, const pugi::xml_node& n) {
  return file.string() + ":" + std::to_string(line_at(text, n.offset_debug()));
}

// One <bank>: a local index folder (index="…") or a remote xapian-tcpsrv
// (host="…" poort="…"), with a name and optionally the bank's own url.
Bank parse_bank(const pugi::xml_node& n, const fs::path& base, const std::string& at) {
  Bank b;
  b.name = n.attribute("naam").value();
  if (b.name.empty()) throw ConfigError(at + ": <bank> zonder naam (attribuut naam)");
  b.url = n.attribute("url").value();
  const bool local = !n.attribute("index").empty();
  b.host = n.attribute("host").value();
  if (local == !b.host.empty()) {
    throw ConfigError(at + ": bank '" + b.name + "' heeft een index-map of een host met poort nodig, niet allebei");
  }
  if (local) {
    b.index_dir = resolve(base, n.attribute("index").value());
    return b;
  }
  b.port = parse_port(at, n.attribute("poort").value());
  if (b.port == 0) throw ConfigError(at + ": bank '" + b.name + "' heeft een poort (1 tot en met 65535) nodig");
  return b;
}

void parse_banks(const pugi::xml_node& banks, const fs::path& file, const std::string& text, Config& c) {
  c.bank_timeout_ms = banks.attribute("wachttijd-ms").as_uint(c.bank_timeout_ms);
  for (const pugi::xml_node n : banks.children("bank")) {
    Bank b = parse_bank(n, file.parent_path(), where(file, text, n));
    for (const auto& other : c.banks) {
      if (other.name == b.name) throw ConfigError(where(file, text, n) + ": de naam '" + b.name + "' komt twee keer voor");
    }
    c.banks.push_back(std::move(b));
  }
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
  // Editor accounts live beside the configuration unless it names a file.
  c.accounts_file = resolve(base, root.child("redacteuren") ? root.child("redacteuren").child_value() : "redacteuren.xml");
  if (auto n = root.child("bewaking")) c.watch_seconds = n.attribute("seconden").as_uint(c.watch_seconds);
  if (auto n = root.child("banken")) parse_banks(n, file, text, c);
  if (auto n = root.child("server")) {
    if (auto a = n.attribute("bind")) c.bind_address = a.value();
    if (auto a = n.attribute("https")) {
      const std::string v = a.value();
      if (v != "ja" && v != "nee" && v != "true" && v != "false") {
        throw ConfigError(file.string() + ":" + std::to_string(line_at(text, n.offset_debug())) +
                          ": https moet 'ja' of 'nee' zijn, niet '" + v + "'");
      }
      c.https = v == "ja" || v == "true";
    }
    if (auto a = n.attribute("max-per-adres")) {
      c.max_per_address = a.as_uint(0);
      if (c.max_per_address == 0) {
        throw ConfigError(file.string() + ":" + std::to_string(line_at(text, n.offset_debug())) +
                          ": max-per-adres moet een getal groter dan 0 zijn");
      }
    }
    if (auto a = n.attribute("port")) {
      c.port = parse_port(file.string() + ":" + std::to_string(line_at(text, n.offset_debug())), a.value());
    }
  }
  return c;
}

}  // namespace lessenbank
