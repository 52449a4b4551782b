// libFuzzer target: the theme XML loader shared by the theme plugins
// (plugins/common), then a classification with what it loaded.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "lessenbank/plugin_api.h"
#include "term_classifier.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string file = (std::filesystem::temp_directory_path() /
                                   ("lessenbank-fuzz-theme-" + std::to_string(::getpid()) + ".xml")).string();
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  lessenbank::plugin::TermClassifier c;
  try {
    c.load(file);
  } catch (const lessenbank::plugin::PluginError&) {
    return 0;  // a malformed file: reported with file and line, the expected answer
  }
  lessenbank::plugin::DocumentView doc;
  doc.id = "x";
  doc.title = "Het Digitaal Stelsel Omgevingswet en de participatie van inwoners";
  doc.summary = "Regionale samenwerking, omgevingsloket, ketensamenwerking en cultuur.";
  doc.body = std::string(reinterpret_cast<const char*>(data), size < 2000 ? size : 2000);
  doc.organisations = {"Gemeente Borne"};
  (void)c.classify(doc, "thema");
  return 0;
}
