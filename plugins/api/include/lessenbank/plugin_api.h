// The Lessenbank theme-plugin API: the only header a plugin includes from us.
//
// A plugin is a shared library with one Poco manifest that exports one or more
// classes derived from ThemePlugin:
//
//   POCO_BEGIN_MANIFEST(lessenbank::plugin::ThemePlugin)
//     POCO_EXPORT_CLASS(MyThemePlugin)
//   POCO_END_MANIFEST
//
// The host (core's PluginHost) loads every library in the plugin folder,
// checks api_version(), calls configure() once, then classify() for each
// entry while indexing. The host owns every object it creates and destroys it
// before unloading the library.
//
// Threading: classify() may be called from several indexing threads at once;
// it must not modify the plugin. configure() is called once, before any
// classify().
//
// Errors: a plugin reports a broken configuration by throwing PluginError
// with the file, line and reason; any exception from a plugin makes the host
// log one line naming the plugin and carry on without it.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace lessenbank::plugin {

// Bumped whenever anything in this header changes incompatibly.
inline constexpr int kApiVersion = 1;

// A read-only, core-independent view of one entry.
struct DocumentView {
  std::string id;
  std::string title;
  std::string type;
  std::string summary;
  std::string body;                          // plain text, headings on their own lines
  std::vector<std::string> tagged_themes;    // front-matter `themas`
  std::vector<std::string> organisations;
  std::vector<std::string> places;
};

// What a plugin says about one entry.
struct Classification {
  bool member = false;     // the entry belongs to the theme (tagged or detected)
  bool tagged = false;     // the entry's front matter names the theme
  bool detected = false;   // the plugin's own evidence is strong enough
  double score = 0;        // strength of the evidence, 0..1
  std::string reason;      // Dutch, for the document page: why (tag, or which terms in which fields)
  std::vector<std::string> subfacet_values;  // values of subfacet_name() this entry has
};

class PluginError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ThemePlugin {
 public:
  virtual ~ThemePlugin() = default;

  // The API version this plugin was compiled against. Do not override.
  virtual int api_version() const { return kApiVersion; }

  virtual std::string id() const = 0;           // theme id as in front matter, e.g. "dso"
  virtual std::string label() const = 0;        // Dutch label, e.g. "DSO"
  virtual std::string description() const = 0; // one or two Dutch sentences
  // Version of the classifier (code and definitions). A change makes the
  // index classify every entry again.
  virtual std::string version() const = 0;
  // Name of the plugin's own facet inside the theme, e.g. "onderdeel".
  virtual std::string subfacet_name() const = 0;

  // Reads the plugin's own files from `plugin_dir`. Throws PluginError.
  virtual void configure(const std::string& plugin_dir) = 0;

  // Decides whether `doc` belongs to the theme. Entries that are members get
  // the theme's filter term and facet values in the index; the theme filter
  // of a query selects exactly the members.
  virtual Classification classify(const DocumentView& doc) const = 0;
};

}  // namespace lessenbank::plugin
