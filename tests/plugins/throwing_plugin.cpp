// A test plugin whose classifier throws: the host must disable it, log once,
// and carry on with the others.
#include <Poco/ClassLibrary.h>

#include <stdexcept>

#include "lessenbank/plugin_api.h"

using namespace lessenbank::plugin;

class KapotPlugin : public ThemePlugin {
 public:
  std::string id() const override { return "kapot"; }
  std::string label() const override { return "Kapot"; }
  std::string description() const override { return ""; }
  std::string version() const override { return "1"; }
  std::string subfacet_name() const override { return ""; }
  void configure(const std::string&) override {}
  Classification classify(const DocumentView&) const override { throw std::runtime_error("kapot van binnen"); }
};

POCO_BEGIN_MANIFEST(ThemePlugin)
POCO_EXPORT_CLASS(KapotPlugin)
POCO_END_MANIFEST
