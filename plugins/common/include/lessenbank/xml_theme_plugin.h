// A theme plugin whose classifier is defined by an XML file of terms,
// phrases, synonyms, weights and sub-facet values (see docs/plugins.md).
// Each theme plugin derives from it and names its id, label and description.
#pragma once

#include <memory>
#include <string>

#include <Poco/ClassLibrary.h>

#include "lessenbank/plugin_api.h"

namespace lessenbank::plugin {

class TermClassifier;

class XmlThemePlugin : public ThemePlugin {
 public:
  ~XmlThemePlugin() override;

  std::string id() const override { return id_; }
  std::string label() const override { return label_; }
  std::string description() const override { return description_; }
  std::string version() const override;
  std::string subfacet_name() const override;

  // Reads <plugin_dir>/<id>.xml. Throws PluginError "file:line: reason".
  void configure(const std::string& plugin_dir) override;
  Classification classify(const DocumentView& doc) const override;

 protected:
  XmlThemePlugin(std::string id, std::string label, std::string description);

 private:
  std::string id_, label_, description_;
  std::unique_ptr<TermClassifier> classifier_;
};

}  // namespace lessenbank::plugin

// Defines an XmlThemePlugin subclass and the library's Poco manifest, so a
// theme plugin's source is one line of identity (see plugins/dso/plugin.cpp).
#define LESSENBANK_XML_THEME_PLUGIN(Class, id, label, description)                 \
  namespace {                                                                      \
  class Class : public lessenbank::plugin::XmlThemePlugin {                         \
   public:                                                                         \
    Class() : XmlThemePlugin(id, label, description) {}                            \
  };                                                                               \
  }                                                                                \
  POCO_BEGIN_MANIFEST(lessenbank::plugin::ThemePlugin)                             \
  POCO_EXPORT_CLASS(Class)                                                         \
  POCO_END_MANIFEST
