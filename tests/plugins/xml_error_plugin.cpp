// A test plugin on the shared XML classifier whose theme file is malformed:
// the host must refuse it with file, line and reason.
#include "lessenbank/xml_theme_plugin.h"

LESSENBANK_XML_THEME_PLUGIN(XmlFoutPlugin, "xmlfout", "XML-fout", "Een kapot themabestand.")
