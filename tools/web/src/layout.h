// The page shell and small HTML helpers shared by the pages.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "auth.h"

namespace lessenbank::web {

// A complete page: <html lang="nl">, header with the search box, `main_html`
// inside <main>, footer. `title` and `query` are escaped here.
// With a `session`, the header shows the editor's name, the editor link and
// sign-out.
std::string page(const std::string& title, const std::string& main_html, const std::string& query = "",
                 const Session* session = nullptr);

// <input type="hidden" name="csrf" value="..."> for a session's forms.
std::string csrf_field(const Session& session);

// Percent-encodes a query-string component.
std::string url_encode(const std::string& s);

// "?k=v&k2=v2" from pairs (values encoded); "" when empty.
std::string query_string(const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace lessenbank::web
