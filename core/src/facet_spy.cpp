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

namespace {

// Counts by value. A facet has a few dozen values at most, so a linear search
// through short strings is cheaper than hashing every part, and nothing is
// allocated for a value already seen: nearly every document has a facet
// combination of its own, so counting touches each part of up to
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

struct FacetSpy::Tallies {
  Tally<std::size_t> types, themes, audiences;
  Tally<Tally<std::size_t>> subfacets;

  // Adds `n` to each part of a facet value (facet_key).
  void add(std::string_view k, std::size_t n) {
    const std::size_t a = k.find(kFieldSeparator);
    const std::size_t b = a == std::string_view::npos ? a : k.find(kFieldSeparator, a + 1);
    if (b == std::string_view::npos) return;
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
};

FacetSpy::FacetSpy() : Xapian::ValueCountMatchSpy(schema::kSlotFacets), tallies_(std::make_unique<Tallies>()) {}
FacetSpy::~FacetSpy() = default;

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  ++local_seen_;
  tallies_->add(doc.get_value(schema::kSlotFacets), 1);
}

const FacetSpy::Counts& FacetSpy::decoded() const {
  if (decoded_) return counts_;
  decoded_ = true;
  // Whole values sent by remote databases: one entry per distinct combination.
  for (auto it = values_begin(); it != values_end(); ++it) tallies_->add(*it, it.get_termfreq());
  copy(tallies_->types, counts_.types);
  copy(tallies_->themes, counts_.themes);
  copy(tallies_->audiences, counts_.audiences);
  for (const auto& [name, values] : tallies_->subfacets.items()) copy(values, counts_.subfacets[name]);
  return counts_;
}

}  // namespace lessenbank
