// Theme plugin "organisatieontwikkeling": its classifier is the XML file organisatieontwikkeling.xml beside the library.
#include "lessenbank/xml_theme_plugin.h"

LESSENBANK_XML_THEME_PLUGIN(OrganisatieontwikkelingPlugin, "organisatieontwikkeling", "Organisatieontwikkeling",
                            "Cultuur, houding en gedrag, competenties, leiderschap, rollen en de verhouding tussen bestuur en ambtelijke organisatie bij de invoering.")
