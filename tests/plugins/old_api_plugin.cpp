// A test plugin compiled against a newer plugin API: the host must refuse it.
#include <Poco/ClassLibrary.h>

#include "lessenbank/plugin_api.h"

using namespace lessenbank::plugin;

class ToekomstPlugin : public ThemePlugin {
 public:
  int api_version() const override { return kApiVersion + 1; }
  std::string id() const override { return "toekomst"; }
  std::string label() const override { return "Toekomst"; }
  std::string description() const override { return ""; }
  std::string version() const override { return "1"; }
  std::string subfacet_name() const override { return ""; }
  void configure(const std::string&) override {}
  Classification classify(const DocumentView&) const override { return {}; }
};

POCO_BEGIN_MANIFEST(ThemePlugin)
POCO_EXPORT_CLASS(ToekomstPlugin)
POCO_END_MANIFEST
