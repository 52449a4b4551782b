// Xapian refuses a term longer than 245 bytes (prefix included) when the
// document is written. Every value that becomes a term is checked here, so a
// long value is a diagnostic on its file instead of a failed index run (private).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lessenbank/document.h"

namespace lessenbank {

// Xapian's MAX_SAFE_TERM_LENGTH for the glass backend.
inline constexpr std::size_t kMaxTermBytes = 245;

// One error ("pad:regel: melding", Dutch) per value of `doc` whose term would
// exceed kMaxTermBytes: id, type, themas, plaatsen, organisaties, domein, bron,
// gerelateerd and (id:...) links. Thread-safe.
std::vector<Diagnostic> overlong_term_diagnostics(const Document& doc);

// `prefix + value` when it fits; otherwise cut at a UTF-8 boundary with a
// 16-hex-digit hash of the whole value appended, so it fits and stays unique.
// A last line of defence for values no file line can be blamed for (plugin
// sub-facets); corpus values are refused earlier by the diagnostics above.
std::string bounded_term(std::string_view prefix, std::string_view value);

}  // namespace lessenbank
