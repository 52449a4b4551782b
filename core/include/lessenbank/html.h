// HTML escaping, used for snippets in core and for every page of the web UI.
#pragma once

#include <string>
#include <string_view>

namespace lessenbank {

// Escapes & < > " ' so the result is safe in element content and in quoted
// attribute values.
std::string html_escape(std::string_view text);

}  // namespace lessenbank
