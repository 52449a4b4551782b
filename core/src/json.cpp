#include "lessenbank/json.h"

#include "json_writer.h"

namespace lessenbank {

namespace {

void hit_json(JsonWriter& w, const SearchHit& h) {
  w.begin_object();
  w.field("id", h.id).field("path", h.path).field("title", h.title).field("type", h.type);
  w.field("themes", h.themes).field("score", h.score).field("snippet", h.snippet_html);
  w.field("summary", h.summary).field("year", h.year).field("source", h.source).field("missing", h.missing);
  if (!h.bank.empty()) w.field("bank", h.bank).field("bank_url", h.bank_url);  // a search over several lesson banks
  w.end_object();
}

void facets_json(JsonWriter& w, const SearchResult& r) {
  w.key("facets").begin_object();
  for (const auto& [name, counts] : r.facets) {
    w.key(name).begin_object();
    for (const auto& [value, count] : counts) w.field(value, std::uint64_t{count});
    w.end_object();
  }
  w.end_object();
}

// id, title and type of each entry, as a named array.
void short_hits(JsonWriter& w, std::string_view name, const std::vector<SearchHit>& hits, bool with_url) {
  w.key(name).begin_array();
  for (const auto& h : hits) {
    w.begin_object().field("id", h.id).field("title", h.title).field("type", h.type);
    if (with_url) w.field("url", "/doc/" + h.id);  // choosing a suggestion opens the entry
    w.end_object();
  }
  w.end_array();
}

}  // namespace

std::string to_json(const SearchResult& result) {
  JsonWriter w;
  w.begin_object().field("query", result.query).field("suggestion", result.suggestion);
  w.field("corrected", result.corrected);
  // When corrected: what to offer back ("Zoek in plaats daarvan op …").
  w.field("original_query", result.corrected ? std::string_view(result.query) : std::string_view());
  w.field("total", std::uint64_t{result.total}).field("total_all_words", std::uint64_t{result.total_all_words});
  w.field("not_found", result.not_found);
  w.field("total_exact", result.total_exact).field("facets_exact", result.facets_exact);
  w.key("hits").begin_array();
  for (const auto& h : result.hits) hit_json(w, h);
  w.end_array();
  facets_json(w, result);
  if (!result.unanswered_banks.empty()) w.field("unanswered_banks", result.unanswered_banks);
  return w.end_object().take();
}

std::string facets_to_json(const SearchResult& result) {
  JsonWriter w;
  w.begin_object().field("query", result.query).field("total", std::uint64_t{result.total});
  w.field("total_exact", result.total_exact).field("facets_exact", result.facets_exact);
  facets_json(w, result);
  return w.end_object().take();
}

std::string suggestions_to_json(const std::string& typed, const std::vector<SearchHit>& suggestions) {
  JsonWriter w;
  w.begin_object().field("query", typed);
  short_hits(w, "suggestions", suggestions, true);
  return w.end_object().take();
}

std::string to_json(const Document& d, const std::vector<SearchHit>& similar,
                    const std::vector<std::string>& backlinks) {
  const Metadata& m = d.meta;
  JsonWriter w;
  w.begin_object().field("id", m.id).field("path", d.path).field("title", m.title).field("type", m.type);
  w.field("themes", d.effective_themes());
  w.key("theme_reasons").begin_array();
  for (const auto& a : d.theme_assignments) {
    w.begin_object().field("theme", a.theme).field("tagged", a.tagged).field("detected", a.detected);
    w.field("reason", a.reason).field("subfacet", a.subfacet).field("values", a.subfacet_values).end_object();
  }
  w.end_array();
  w.field("summary", m.summary);
  w.key("source").begin_object();
  w.field("document", m.source.document).field("section", m.source.section).field("page", m.source.page);
  w.end_object();
  w.field("organisations", m.organisations).field("places", m.places).field("domain", m.domain);
  w.field("year", m.year).field("related", d.outgoing_links()).field("html", d.html);
  short_hits(w, "more_like_this", similar, false);
  w.field("backlinks", backlinks);
  return w.end_object().take();
}

}  // namespace lessenbank
