// A test theme plugin built as its own shared library: "fietsen" detects
// entries that mention bicycles, with a sub-facet "soort".
#include <Poco/ClassLibrary.h>

#include "lessenbank/plugin_api.h"

using namespace lessenbank::plugin;

class FietsenPlugin : public ThemePlugin {
 public:
  std::string id() const override { return "fietsen"; }
  std::string label() const override { return "Fietsen"; }
  std::string description() const override { return "Alles over de fiets."; }
  std::string version() const override { return "7"; }
  std::string subfacet_name() const override { return "soort"; }
  void configure(const std::string&) override {}
  Classification classify(const DocumentView& doc) const override {
    Classification c;
    c.detected = doc.body.find("fiets") != std::string::npos;
    c.member = c.detected;
    c.score = c.detected ? 1 : 0;
    c.reason = c.detected ? "herkend aan 'fiets' (tekst)" : "";
    if (doc.body.find("bakfiets") != std::string::npos) c.subfacet_values.push_back("bakfiets");
    return c;
  }
};

POCO_BEGIN_MANIFEST(ThemePlugin)
POCO_EXPORT_CLASS(FietsenPlugin)
POCO_END_MANIFEST
