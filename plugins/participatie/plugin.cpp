// Theme plugin "participatie": its classifier is the XML file participatie.xml beside the library.
#include "lessenbank/xml_theme_plugin.h"

LESSENBANK_XML_THEME_PLUGIN(ParticipatiePlugin, "participatie", "Participatie",
                            "Hoe gemeenten inwoners, initiatiefnemers, ondernemers en andere eindgebruikers betrekken bij beleid, visies en besluiten onder de Omgevingswet.")
