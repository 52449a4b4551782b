// Command-line arguments: `lessenbank <command> [positional…] [--option value…] [--flag…]`.
#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "lessenbank/config.h"
#include "lessenbank/plugin_host.h"

namespace lessenbank::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Args {
  std::string command;
  std::vector<std::string> positional;
  std::multimap<std::string, std::string> options;
  std::set<std::string> flags;

  std::string option(const std::string& name, const std::string& fallback = "") const;
  std::vector<std::string> all(const std::string& name) const;
  bool flag(const std::string& name) const { return flags.count(name) > 0; }
};

// `flag_names` take no value; every other --name takes the next argument.
// Throws UsageError for an option without a value.
Args parse_args(int argc, char** argv, const std::set<std::string>& flag_names);

// The configuration: lessenbank.xml (or --config), then --corpus, --index,
// --plugins, --port, --bind and --bank (repeatable; replaces <banken>) on top.
Config resolve_config(const Args& args);

// Loads the theme plugins from the configured folder (default: plugins/ beside
// the binary); problems are logged to stderr, never fatal.
void load_plugins(const Config& config, PluginHost& host);

// Prints an announcement of an index run (IndexOptions::notice, such as a full
// rebuild after a settings change) at once, before the run's long work.
void print_notice(const std::string& message);

// The theme ids of the loaded plugins.
std::vector<std::string> theme_ids(const PluginHost& host);

// The theme ids accepted in `themas`: the built-in four plus the plugins' own.
std::vector<std::string> theme_vocabulary(const PluginHost& host);

}  // namespace lessenbank::cli
