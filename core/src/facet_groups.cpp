#include "facet_groups.h"

#include <algorithm>

#include "facet_spy.h"

namespace lessenbank {

namespace {

bool visible(const SearchRequest& r, const std::string& theme) {
  return r.visible_themes.empty() ||
         std::find(r.visible_themes.begin(), r.visible_themes.end(), theme) != r.visible_themes.end();
}

const std::map<std::string, std::size_t>& group_of(const FacetSpy& spy, const std::string& group) {
  static const std::map<std::string, std::size_t> none;
  if (group == kThemeGroup) return spy.themes();
  if (group == kTypeGroup) return spy.types();
  if (group == kAudienceGroup) return spy.audiences();
  const auto it = spy.subfacets().find(group);
  return it == spy.subfacets().end() ? none : it->second;
}

}  // namespace

std::map<std::string, std::vector<std::string>> subfacets_by_name(const std::vector<std::string>& subfacets) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& s : subfacets) {
    const std::size_t colon = s.find(':');
    if (colon == std::string::npos) continue;
    auto& values = out[s.substr(0, colon)];
    const std::string value = s.substr(colon + 1);
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
  }
  return out;
}

std::vector<std::string> selected_facet_groups(const SearchRequest& r) {
  std::vector<std::string> out;
  if (!r.themes.empty()) out.emplace_back(kThemeGroup);
  if (!r.types.empty()) out.emplace_back(kTypeGroup);
  if (!r.audiences.empty()) out.emplace_back(kAudienceGroup);
  for (const auto& [name, values] : subfacets_by_name(r.subfacets)) {
    if (name != kThemeGroup && name != kTypeGroup && name != kAudienceGroup) out.push_back(name);
  }
  return out;
}

SearchRequest without_facet_group(const SearchRequest& r, const std::string& group) {
  SearchRequest out = r;
  if (group == kThemeGroup) out.themes.clear();
  if (group == kTypeGroup) out.types.clear();
  if (group == kAudienceGroup) out.audiences.clear();
  const std::string prefix = group + ":";
  out.subfacets.erase(std::remove_if(out.subfacets.begin(), out.subfacets.end(),
                                     [&](const std::string& s) { return s.rfind(prefix, 0) == 0; }),
                      out.subfacets.end());
  return out;
}

std::map<std::string, std::size_t> count_facet_group(const Xapian::Database& db, const Xapian::Query& query,
                                                     const SearchRequest& r, const std::string& group, bool& exact) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  FacetSpy spy;
  enquire.add_matchspy(&spy);
  const Xapian::doccount sample = std::min<Xapian::doccount>(db.get_doccount(), SearchResult::kFacetSample);
  const Xapian::MSet mset = enquire.get_mset(0, 0, sample);
  const double total = mset.get_matches_estimated();
  const double scale = spy.seen() && total > spy.seen() ? total / spy.seen() : 1.0;
  if (scale != 1.0) exact = false;
  std::map<std::string, std::size_t> out;
  for (const auto& [value, n] : group_of(spy, group)) {
    if (group != kThemeGroup || visible(r, value)) out[value] = static_cast<std::size_t>(n * scale + 0.5);
  }
  return out;
}

}  // namespace lessenbank
