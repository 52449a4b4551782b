// Theme plugin "dso": its classifier is the XML file dso.xml beside the library.
#include "lessenbank/xml_theme_plugin.h"

LESSENBANK_XML_THEME_PLUGIN(DsoPlugin, "dso", "DSO",
                            "Het Digitaal Stelsel Omgevingswet en de informatievoorziening eromheen: Omgevingsloket, ICT, data, zaakgericht werken en informatieveiligheid.")
