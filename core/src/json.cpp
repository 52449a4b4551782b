#include "lessenbank/json.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <sstream>

namespace lessenbank {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr ordered() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

Array::Ptr strings(const std::vector<std::string>& v) {
  Array::Ptr a = new Array;
  for (const auto& s : v) a->add(s);
  return a;
}

Object::Ptr hit_json(const SearchHit& h) {
  Object::Ptr o = ordered();
  o->set("id", h.id);
  o->set("path", h.path);
  o->set("title", h.title);
  o->set("type", h.type);
  o->set("themes", strings(h.themes));
  o->set("score", h.score);
  o->set("snippet", h.snippet_html);
  o->set("summary", h.summary);
  o->set("year", h.year);
  o->set("source", h.source);
  o->set("missing", strings(h.missing));
  if (!h.bank.empty()) {  // a search over several lesson banks
    o->set("bank", h.bank);
    o->set("bank_url", h.bank_url);
  }
  return o;
}

Object::Ptr facets_json(const SearchResult& r) {
  Object::Ptr facets = ordered();
  for (const auto& [name, counts] : r.facets) {
    Object::Ptr values = ordered();
    for (const auto& [value, count] : counts) values->set(value, static_cast<Poco::UInt64>(count));
    facets->set(name, values);
  }
  return facets;
}

std::string stringify(const Object::Ptr& o) {
  std::ostringstream out;
  o->stringify(out);
  return out.str();
}

}  // namespace

std::string to_json(const SearchResult& result) {
  Object::Ptr o = ordered();
  o->set("query", result.query);
  o->set("suggestion", result.suggestion);
  o->set("corrected", result.corrected);
  // When corrected: what to offer back ("Zoek in plaats daarvan op …").
  o->set("original_query", result.corrected ? result.query : std::string());
  o->set("total", static_cast<Poco::UInt64>(result.total));
  o->set("total_all_words", static_cast<Poco::UInt64>(result.total_all_words));
  o->set("not_found", strings(result.not_found));
  o->set("total_exact", result.total_exact);
  o->set("facets_exact", result.facets_exact);
  Array::Ptr hits = new Array;
  for (const auto& h : result.hits) hits->add(hit_json(h));
  o->set("hits", hits);
  o->set("facets", facets_json(result));
  if (!result.unanswered_banks.empty()) o->set("unanswered_banks", strings(result.unanswered_banks));
  return stringify(o);
}

std::string facets_to_json(const SearchResult& result) {
  Object::Ptr o = ordered();
  o->set("query", result.query);
  o->set("total", static_cast<Poco::UInt64>(result.total));
  o->set("total_exact", result.total_exact);
  o->set("facets_exact", result.facets_exact);
  o->set("facets", facets_json(result));
  return stringify(o);
}

std::string suggestions_to_json(const std::string& typed, const std::vector<SearchHit>& suggestions) {
  Object::Ptr o = ordered();
  o->set("query", typed);
  Array::Ptr list = new Array;
  for (const auto& h : suggestions) {
    Object::Ptr s = ordered();
    s->set("id", h.id);
    s->set("title", h.title);
    s->set("type", h.type);
    s->set("url", "/doc/" + h.id);  // choosing a suggestion opens the entry
    list->add(s);
  }
  o->set("suggestions", list);
  return stringify(o);
}

std::string to_json(const Document& d, const std::vector<SearchHit>& similar,
                    const std::vector<std::string>& backlinks) {
  const Metadata& m = d.meta;
  Object::Ptr o = ordered();
  o->set("id", m.id);
  o->set("path", d.path);
  o->set("title", m.title);
  o->set("type", m.type);
  o->set("themes", strings(d.effective_themes()));
  Array::Ptr reasons = new Array;
  for (const auto& a : d.theme_assignments) {
    Object::Ptr r = ordered();
    r->set("theme", a.theme);
    r->set("tagged", a.tagged);
    r->set("detected", a.detected);
    r->set("reason", a.reason);
    r->set("subfacet", a.subfacet);
    r->set("values", strings(a.subfacet_values));
    reasons->add(r);
  }
  o->set("theme_reasons", reasons);
  o->set("summary", m.summary);
  Object::Ptr source = ordered();
  source->set("document", m.source.document);
  source->set("section", m.source.section);
  source->set("page", m.source.page);
  o->set("source", source);
  o->set("organisations", strings(m.organisations));
  o->set("places", strings(m.places));
  o->set("domain", m.domain);
  o->set("year", m.year);
  o->set("related", strings(d.outgoing_links()));
  o->set("html", d.html);
  Array::Ptr like = new Array;
  for (const auto& h : similar) {
    Object::Ptr s = ordered();
    s->set("id", h.id);
    s->set("title", h.title);
    s->set("type", h.type);
    like->add(s);
  }
  o->set("more_like_this", like);
  o->set("backlinks", strings(backlinks));
  return stringify(o);
}

}  // namespace lessenbank
