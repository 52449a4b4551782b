#include "query_repair.h"

#include <algorithm>
#include <vector>

namespace lessenbank {

std::vector<std::string> tokens_of(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

namespace {

bool is_not(const std::string& w) { return w == "NOT" || w == "NIET"; }

// An open quote is closed at the end; one with nothing after it is dropped.
std::string close_quote(std::string text) {
  if (std::count(text.begin(), text.end(), '"') % 2 == 0) return text;
  const std::size_t open = text.rfind('"');
  if (text.find_first_not_of(" \t\n\r", open + 1) == std::string::npos) return text.erase(open);
  return text + '"';
}

// Whether the operator at `i` has something to join on both sides.
bool stray(const std::vector<std::string>& tokens, std::size_t i) {
  if (i + 1 == tokens.size()) return true;
  if (i == 0) return !is_not(tokens[i]);
  return is_operator(tokens[i - 1]) && (!is_not(tokens[i]) || is_not(tokens[i - 1]));
}

}  // namespace

bool is_operator(const std::string& w) {
  return w == "AND" || w == "OR" || w == "NOT" || w == "EN" || w == "OF" || w == "NIET";
}

std::string without_stray_operators(const std::string& query) {
  std::vector<std::string> tokens = tokens_of(close_quote(query));
  // Dropping one may strand another ("a OR AND"): repeat until none is stray.
  for (bool dropped = true; dropped;) {
    dropped = false;
    for (std::size_t i = 0; i < tokens.size() && !dropped; ++i) {
      if (is_operator(tokens[i]) && stray(tokens, i)) {
        tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i));
        dropped = true;
      }
    }
  }
  std::string out;
  for (const auto& t : tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

}  // namespace lessenbank
