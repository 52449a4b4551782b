// A set of words that can be asked about a std::string_view without making a
// std::string (private to core): compound splitting looks up every substring.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace lessenbank {

struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

}  // namespace lessenbank
