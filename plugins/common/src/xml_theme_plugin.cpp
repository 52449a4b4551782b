#include "lessenbank/xml_theme_plugin.h"

#include "term_classifier.h"

namespace lessenbank::plugin {

XmlThemePlugin::XmlThemePlugin(std::string id, std::string label, std::string description)
    : id_(std::move(id)), label_(std::move(label)), description_(std::move(description)),
      classifier_(std::make_unique<TermClassifier>()) {}

XmlThemePlugin::~XmlThemePlugin() = default;

std::string XmlThemePlugin::version() const { return classifier_->version(); }
std::string XmlThemePlugin::subfacet_name() const { return classifier_->subfacet(); }

void XmlThemePlugin::configure(const std::string& plugin_dir) {
  classifier_->load(plugin_dir + "/" + id_ + ".xml");
}

Classification XmlThemePlugin::classify(const DocumentView& doc) const {
  return classifier_->classify(doc, id_);
}

}  // namespace lessenbank::plugin
