// Loading theme plugins at run time (Poco ClassLoader) and classifying
// entries with them. The host owns every plugin object and destroys it before
// its library is unloaded.
//
// Threading: load_folder() once, before use. classify() may be called from
// several threads at once.
//
// Errors: nothing here throws for a bad plugin. An unloadable library, a
// missing manifest, another API version, a malformed theme file or an
// exception inside a plugin is written as one line to the log (naming the
// plugin and the reason) and the plugin is left out; the rest carries on.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lessenbank/document.h"

namespace lessenbank {

struct PluginInfo {
  std::string id;           // the theme id
  std::string label;        // Dutch label
  std::string description;  // Dutch
  std::string version;      // classifier version
  std::string subfacet;     // sub-facet name
  std::string file;         // the library it came from
};

class PluginHost {
 public:
  using Log = std::function<void(const std::string&)>;

  // `log` receives one line per problem; the default writes to stderr.
  explicit PluginHost(Log log = {});
  ~PluginHost();
  PluginHost(const PluginHost&) = delete;
  PluginHost& operator=(const PluginHost&) = delete;

  // Loads every shared library (*.so) in `dir`, in name order. A missing
  // folder is logged and leaves the host empty.
  void load_folder(const std::filesystem::path& dir);

  // Plugins that loaded and configured, in load order.
  std::vector<PluginInfo> plugins() const;
  bool empty() const;

  // Every loaded plugin's verdict on `doc`, for the themes it belongs to.
  // A plugin that throws is disabled (one log line) and skipped.
  std::vector<ThemeAssignment> classify(const Document& doc) const;

  // Classification by every plugin, members or not (for evaluation).
  std::vector<ThemeAssignment> classify_all(const Document& doc) const;

  // "id=version;..." of the loaded plugins: stored in the index, so that a
  // changed set of classifiers makes the indexer classify everything again.
  std::string signature() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The folder `plugins` beside the running executable.
std::filesystem::path default_plugin_dir();

}  // namespace lessenbank
