#include "facet_spy.h"

#include <string_view>
#include <utility>
#include <vector>

#include "schema.h"

namespace lessenbank {

namespace {

constexpr char kFieldSeparator = '\x1f';

// Calls `f` with each `sep`-separated, non-empty part of `s`.
template <typename F>
void for_each_part(std::string_view s, char sep, F f) {
  while (!s.empty()) {
    const std::size_t end = std::min(s.find(sep), s.size());
    if (end > 0) f(s.substr(0, end));
    s.remove_prefix(std::min(end + 1, s.size()));
  }
}

}  // namespace

std::string facet_key(const std::string& type, const std::string& themes, const std::string& subfacets,
                      const std::string& audiences) {
  return type + kFieldSeparator + themes + kFieldSeparator + subfacets + kFieldSeparator + audiences;
}

FacetSpy::FacetSpy() : Xapian::ValueCountMatchSpy(schema::kSlotFacets) {}

namespace {

// Counts by value. A facet has a few dozen values at most, so a linear search
// through short strings is cheaper than hashing every part, and nothing is
// allocated for a value already seen: nearly every document has a facet
// combination of its own, so decoding touches each part of up to
// kFacetSample combinations.
template <typename T>
class Tally {
 public:
  T& operator[](std::string_view value) {
    for (auto& [v, t] : items_) {
      if (v == value) return t;
    }
    return items_.emplace_back(std::string(value), T()).second;
  }
  const std::vector<std::pair<std::string, T>>& items() const { return items_; }

 private:
  std::vector<std::pair<std::string, T>> items_;
};

void copy(const Tally<std::size_t>& from, std::map<std::string, std::size_t>& to) {
  for (const auto& [value, n] : from.items()) to[value] += n;
}

}  // namespace

const FacetSpy::Counts& FacetSpy::decoded() const {
  if (decoded_) return counts_;
  decoded_ = true;
  Tally<std::size_t> types, themes, audiences;
  Tally<Tally<std::size_t>> subfacets;
  // One entry per distinct combination: split it and add its count to each part.
  for (auto it = values_begin(); it != values_end(); ++it) {
    const std::string key = *it;
    const std::size_t n = it.get_termfreq();
    const std::string_view k(key);
    const std::size_t a = k.find(kFieldSeparator);
    const std::size_t b = a == std::string_view::npos ? a : k.find(kFieldSeparator, a + 1);
    if (b == std::string_view::npos) continue;
    types[k.substr(0, a)] += n;
    for_each_part(k.substr(a + 1, b - a - 1), '\n', [&](std::string_view t) { themes[t] += n; });
    const std::size_t c = k.find(kFieldSeparator, b + 1);
    if (c != std::string_view::npos) {
      for_each_part(k.substr(c + 1), '\n', [&](std::string_view v) { audiences[v] += n; });
    }
    for_each_part(k.substr(b + 1, c == std::string_view::npos ? c : c - b - 1), '\n', [&](std::string_view line) {
      const std::size_t tab = line.find('\t');
      if (tab != std::string_view::npos) subfacets[line.substr(0, tab)][line.substr(tab + 1)] += n;
    });
  }
  copy(types, counts_.types);
  copy(themes, counts_.themes);
  copy(audiences, counts_.audiences);
  for (const auto& [name, values] : subfacets.items()) copy(values, counts_.subfacets[name]);
  return counts_;
}

}  // namespace lessenbank
