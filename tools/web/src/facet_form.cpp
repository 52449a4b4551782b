#include "facet_form.h"

#include <algorithm>

#include "lessenbank/html.h"
#include "lessenbank/vocabulary.h"

namespace lessenbank::web {

namespace {

// A theme on at least this share of the matches barely filters: the page
// points to the sub-facets instead.
constexpr double kBroadShare = 0.9;

struct Choice {
  std::string value;   // the parameter value ("dso", "onderdeel:omgevingsloket")
  std::string label;
  std::size_t count = 0;
  bool chosen = false;
  bool broad = false;  // on (nearly) every match
};

std::size_t count_of(const SearchResult& r, const std::string& group, const std::string& value) {
  const auto g = r.facets.find(group);
  if (g == r.facets.end()) return 0;
  const auto c = g->second.find(value);
  return c == g->second.end() ? 0 : c->second;
}

bool contains(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

std::string choice_html(const std::string& param, const std::string& id, const Choice& c, bool exact) {
  const bool hide = c.count == 0 && !c.chosen;
  std::string h = "<li" + std::string(hide ? " hidden" : "") + "><input type=\"checkbox\" id=\"" + id + "\" name=\"" +
                  param + "\" value=\"" + html_escape(c.value) + "\" data-label=\"" + html_escape(c.label) + "\"" +
                  (c.chosen ? " checked" : "") + "> <label for=\"" + id + "\">" + html_escape(c.label) +
                  " <span class=\"aantal\">" + (exact ? "" : "ca. ") + std::to_string(c.count) + "</span></label>";
  if (c.broad) h += " <span class=\"breed\">bijna alle items: verfijn hieronder</span>";
  return h + "</li>\n";
}

// One <fieldset> per facet group; `group` is the key in SearchResult::facets.
std::string group_html(const std::string& group, const std::string& param, const std::string& legend_html,
                       const std::vector<Choice>& choices, bool exact) {
  std::string items;
  bool any = false;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    items += choice_html(param, "f-" + group + "-" + std::to_string(i), choices[i], exact);
    any = any || choices[i].count > 0 || choices[i].chosen;
  }
  return "<fieldset class=\"facetgroep\" data-groep=\"" + html_escape(group) + "\" data-param=\"" + param + "\"" +
         (any ? "" : " hidden") + "><legend>" + legend_html + "</legend>\n<ul class=\"facet\">\n" + items +
         "</ul></fieldset>\n";
}

std::vector<Choice> theme_choices(const SearchRequest& s, const SearchResult& r, const ThemeCatalog& catalog) {
  std::vector<Choice> out;
  for (const auto& t : catalog.all()) {
    Choice c{t.id, t.label, count_of(r, "thema", t.id), contains(s.themes, t.id), false};
    c.broad = r.total >= 20 && s.themes.empty() && c.count >= kBroadShare * double(r.total);
    out.push_back(c);
  }
  return out;
}

std::vector<Choice> type_choices(const SearchRequest& s, const SearchResult& r) {
  std::vector<Choice> out;
  for (const auto& t : known_types()) out.push_back({t, type_label(t), count_of(r, "type", t), contains(s.types, t), false});
  return out;
}

std::vector<Choice> audience_choices(const SearchRequest& s, const SearchResult& r) {
  std::vector<Choice> out;
  for (const auto& a : known_audiences()) {
    out.push_back({a, audience_label(a), count_of(r, "voor", a), contains(s.audiences, a), false});
  }
  return out;
}

std::vector<Choice> subfacet_choices(const SearchRequest& s, const SearchResult& r, const std::string& name) {
  std::vector<Choice> out;
  const auto g = r.facets.find(name);
  if (g != r.facets.end()) {
    for (const auto& [v, n] : g->second) out.push_back({name + ":" + v, v, n, contains(s.subfacets, name + ":" + v), false});
  }
  for (const auto& chosen : s.subfacets) {  // chosen values stay even when they count nothing now
    const bool listed = std::any_of(out.begin(), out.end(), [&](const Choice& c) { return c.value == chosen; });
    if (!listed && chosen.rfind(name + ":", 0) == 0) out.push_back({chosen, chosen.substr(name.size() + 1), 0, true, false});
  }
  return out;
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// The plugins' sub-facets (doelgroep, onderdeel, ...): the refinements that
// still filter when a theme is on nearly every entry.
std::string refinements(const SearchRequest& s, const SearchResult& r, const ThemeCatalog& catalog) {
  std::string h;
  for (const auto& t : catalog.all()) {
    if (t.subfacet.empty()) continue;
    h += group_html(t.subfacet, "sub",
                    html_escape(capitalised(t.subfacet)) + " <span class=\"bij\">(" + html_escape(t.label) + ")</span>",
                    subfacet_choices(s, r, t.subfacet), r.facets_exact);
  }
  return h.empty() ? h : "<div class=\"verfijnen\">\n<p class=\"tussenkop\">Verfijnen</p>\n" + h + "</div>\n";
}

}  // namespace

std::size_t selected_filter_count(const SearchRequest& s) {
  return s.themes.size() + s.types.size() + s.audiences.size() + s.subfacets.size();
}

std::string filter_panel(const SearchRequest& s, const SearchResult& r, const ThemeCatalog& catalog) {
  std::string h = "<details class=\"filterpaneel\" id=\"filterpaneel\">\n<summary>Filters <span id=\"filtertal\">(" +
                  std::to_string(selected_filter_count(s)) + ")</span></summary>\n"
                  "<form class=\"filters\" id=\"filterform\" method=\"get\" action=\"/\">\n"
                  "<input type=\"hidden\" name=\"q\" value=\"" + html_escape(s.query) + "\">\n";
  if (s.sort == SearchRequest::Sort::YearNewest) h += "<input type=\"hidden\" name=\"sortering\" value=\"jaar\">\n";
  if (s.sort == SearchRequest::Sort::Title && !s.query.empty()) h += "<input type=\"hidden\" name=\"sortering\" value=\"titel\">\n";
  h += "<p class=\"hint\" id=\"facethint\"" + std::string(r.facets_exact ? " hidden" : "") +
       ">Aantallen zijn ongeveer: er zijn zeer veel resultaten.</p>\n";
  h += group_html("thema", "thema", "Thema", theme_choices(s, r, catalog), r.facets_exact);
  h += group_html("voor", "voor", "Voor wie <span class=\"bij\">(doelgroep)</span>", audience_choices(s, r), r.facets_exact);
  h += refinements(s, r, catalog);
  h += group_html("type", "type", "Type", type_choices(s, r), r.facets_exact);
  return h + "<button type=\"submit\" class=\"toepassen\">Filters toepassen</button>\n</form>\n</details>\n";
}

}  // namespace lessenbank::web
