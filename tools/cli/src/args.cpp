#include "args.h"

#include <filesystem>
#include <iostream>

#include "lessenbank/vocabulary.h"

namespace lessenbank::cli {

std::string Args::option(const std::string& name, const std::string& fallback) const {
  const auto it = options.find(name);
  return it == options.end() ? fallback : it->second;
}

std::vector<std::string> Args::all(const std::string& name) const {
  std::vector<std::string> out;
  for (auto [it, end] = options.equal_range(name); it != end; ++it) out.push_back(it->second);
  return out;
}

Args parse_args(int argc, char** argv, const std::set<std::string>& flag_names) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--", 0) == 0 && arg.size() > 2) {
      const std::string name = arg.substr(2);
      if (const auto eq = name.find('='); eq != std::string::npos) {
        a.options.emplace(name.substr(0, eq), name.substr(eq + 1));
      } else if (flag_names.count(name)) {
        a.flags.insert(name);
      } else if (i + 1 < argc) {
        a.options.emplace(name, argv[++i]);
      } else {
        throw UsageError("optie --" + name + " mist een waarde");
      }
    } else if (a.command.empty()) {
      a.command = arg;
    } else {
      a.positional.push_back(arg);
    }
  }
  return a;
}

namespace {

// --bank "NAAM=MAP" (a local index) or --bank "NAAM=tcp://HOST:POORT" (xapian-tcpsrv).
Bank parse_bank_option(const std::string& v) {
  const auto eq = v.find('=');
  if (eq == 0 || eq == std::string::npos || eq + 1 == v.size()) {
    throw UsageError("--bank verwacht NAAM=MAP of NAAM=tcp://HOST:POORT, niet '" + v + "'");
  }
  Bank b;
  b.name = v.substr(0, eq);
  const std::string target = v.substr(eq + 1);
  if (target.rfind("tcp://", 0) != 0) {
    b.index_dir = target;
    return b;
  }
  const auto colon = target.rfind(':');
  b.host = target.substr(6, colon - 6);
  try {
    const int port = std::stoi(target.substr(colon + 1));
    if (b.host.empty() || port < 1 || port > 65535) throw std::out_of_range("poort");
    b.port = static_cast<std::uint16_t>(port);
  } catch (const std::exception&) {
    throw UsageError("--bank " + v + ": verwacht tcp://HOST:POORT met een poort van 1 tot en met 65535");
  }
  return b;
}

}  // namespace

Config resolve_config(const Args& args) {
  Config c;
  const std::string file = args.option("config");
  if (!file.empty()) c = load_config(file);
  else if (std::filesystem::exists("lessenbank.xml")) c = load_config("lessenbank.xml");
  if (auto v = args.option("corpus"); !v.empty()) {
    c.corpus_dir = v;
    // Without a configuration file the accounts live beside the corpus folder
    // (never inside it: the corpus is published), not in the current folder.
    if (file.empty() && !std::filesystem::exists("lessenbank.xml")) {
      std::filesystem::path corpus = std::filesystem::path(v).lexically_normal();
      if (!corpus.has_filename()) corpus = corpus.parent_path();  // "corpus/" -> "corpus"
      c.accounts_file = corpus.parent_path() / "redacteuren.xml";
    }
  }
  if (auto v = args.option("index"); !v.empty()) c.index_dir = v;
  if (auto v = args.option("plugins"); !v.empty()) c.plugin_dir = v;
  if (const auto banks = args.all("bank"); !banks.empty()) {
    c.banks.clear();
    for (const auto& v : banks) c.banks.push_back(parse_bank_option(v));
  }
  if (auto v = args.option("bind"); !v.empty()) c.bind_address = v;
  if (auto v = args.option("port"); !v.empty()) {
    try {
      const int port = std::stoi(v);
      if (port < 0 || port > 65535) throw std::out_of_range("port");
      c.port = static_cast<std::uint16_t>(port);
    } catch (const std::exception&) {
      throw UsageError("--port moet een getal tussen 0 en 65535 zijn");
    }
  }
  return c;
}

}  // namespace lessenbank::cli

namespace lessenbank::cli {

void load_plugins(const Config& config, PluginHost& host) {
  host.load_folder(config.plugin_dir.empty() ? default_plugin_dir() : config.plugin_dir);
}

void print_notice(const std::string& message) { std::cout << "Let op: " << message << ".\n" << std::flush; }

std::vector<std::string> theme_vocabulary(const PluginHost& host) {
  std::vector<std::string> themes = known_themes();
  for (const auto& id : theme_ids(host)) {
    if (!is_known_theme(id)) themes.push_back(id);
  }
  return themes;
}

std::vector<std::string> theme_ids(const PluginHost& host) {
  std::vector<std::string> ids;
  for (const auto& p : host.plugins()) ids.push_back(p.id);
  return ids;
}

}  // namespace lessenbank::cli
