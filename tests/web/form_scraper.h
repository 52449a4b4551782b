// What a browser would submit for a form in a page: text inputs, hidden
// fields, checked boxes, selected options and text areas (with a browser's
// CRLF line breaks), in document order. For round-trip tests of the editor.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace lessenbank::test {

using FormFields = std::vector<std::pair<std::string, std::string>>;

// The fields of the first <form> whose action is `action`; empty when there is none.
FormFields scrape_form(const std::string& html, const std::string& action);

// Entities as html_escape writes them, decoded.
std::string html_unescape(const std::string& text);

}  // namespace lessenbank::test
