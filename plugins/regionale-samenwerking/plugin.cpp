// Theme plugin "regionale-samenwerking": its classifier is the XML file regionale-samenwerking.xml beside the library.
#include "lessenbank/xml_theme_plugin.h"

LESSENBANK_XML_THEME_PLUGIN(RegionaleSamenwerkingPlugin, "regionale-samenwerking", "Regionale samenwerking",
                            "Samenwerking tussen gemeenten, omgevingsdiensten, provincies, waterschappen en ketenpartners in de regio en tussen bestuurslagen.")
