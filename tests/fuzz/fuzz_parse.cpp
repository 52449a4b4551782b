// libFuzzer target: front matter + Markdown parsing of one corpus file, and the
// checks that run on the parsed Document (term lengths, JSON of the result).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lessenbank/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const lessenbank::ParseResult r = lessenbank::parse_document(bytes, "fuzz.md");
  if (r.document) {
    // Everything a consumer reads from the model must be well-formed.
    (void)r.document->plain_text();
    (void)r.document->effective_themes();
    (void)r.document->outgoing_links();
  }
  for (const auto& d : r.diagnostics) (void)d.to_string();
  return 0;
}
