// libFuzzer target: the thesaurus XML loader, its stored form, and expansion of
// a query with the loaded thesaurus (the input's first line is the query).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "lessenbank/thesaurus.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("lessenbank-fuzz-thesaurus-" + std::to_string(::getpid()) + ".xml");
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto nl = input.find('\n');
  const std::string query = input.substr(0, nl == std::string::npos ? 0 : nl);
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << input.substr(nl == std::string::npos ? 0 : nl + 1);
  }
  const lessenbank::ThesaurusResult r = lessenbank::load_thesaurus(file, "thesaurus.xml");
  const lessenbank::Thesaurus stored = lessenbank::Thesaurus::parse(r.thesaurus.serialize());
  (void)stored.expand(query);
  (void)r.thesaurus.expand(query);
  (void)lessenbank::fold_diacritics(input);
  return 0;
}
