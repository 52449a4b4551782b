// Editorial rules of `lessenbank check` that look at one entry with the
// corpus's lists beside it (docs/corpus-format.md): doelgroep, the
// "Wat betekent dit voor de gemeente?" section, page references, and
// canonical, actually named organisations. All findings are warnings.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lessenbank/document.h"
#include "lessenbank/organisations.h"

namespace lessenbank::editorial {

// The heading every `les` and `casus` carries.
inline constexpr const char* kMeaningHeading = "Wat betekent dit voor de gemeente?";

// `paginated_sources`: ids of `bron` entries whose document has page numbers.
void check(const Document& d, const OrganisationList& organisations,
           const std::map<std::string, bool>& paginated_sources, std::vector<Diagnostic>& out);

}  // namespace lessenbank::editorial
