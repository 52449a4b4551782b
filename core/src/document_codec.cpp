#include "document_codec.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

#include "lessenbank/error.h"
#include "markdown.h"

namespace lessenbank::codec {

namespace {

// Between the metadata JSON and the Markdown body: a newline and ASCII RS,
// which JSON output never contains unescaped.
const std::string kSeparator = "\n\x1e";

Poco::JSON::Array::Ptr to_array(const std::vector<std::string>& v) {
  Poco::JSON::Array::Ptr a = new Poco::JSON::Array;
  for (const auto& s : v) a->add(s);
  return a;
}

std::vector<std::string> from_array(const Poco::JSON::Object::Ptr& o, const std::string& key) {
  std::vector<std::string> out;
  if (auto a = o->getArray(key)) {
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(a->getElement<std::string>(i));
  }
  return out;
}

std::string str(const Poco::JSON::Object::Ptr& o, const std::string& key) {
  return o->optValue<std::string>(key, "");
}

Poco::JSON::Object::Ptr encode_meta(const Metadata& m) {
  Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
  o->set("id", m.id);
  o->set("titel", m.title);
  o->set("type", m.type);
  o->set("themas", to_array(m.themes));
  o->set("samenvatting", m.summary);
  o->set("bron_document", m.source.document);
  o->set("bron_sectie", m.source.section);
  o->set("bron_pagina", m.source.page);
  o->set("organisaties", to_array(m.organisations));
  o->set("plaatsen", to_array(m.places));
  o->set("domein", m.domain);
  o->set("jaar", m.year);
  o->set("gerelateerd", to_array(m.related));
  o->set("doelgroep", to_array(m.audience));
  o->set("peildatum", m.reference_date);
  o->set("paginas", m.paginated);
  o->set("auteurs", to_array(m.authors));
  o->set("uitgever", m.publisher);
  o->set("opdrachtgever", m.client);
  return o;
}

Metadata decode_meta(const Poco::JSON::Object::Ptr& o) {
  Metadata m;
  m.id = str(o, "id");
  m.title = str(o, "titel");
  m.type = str(o, "type");
  m.themes = from_array(o, "themas");
  m.summary = str(o, "samenvatting");
  m.source = {str(o, "bron_document"), str(o, "bron_sectie"), str(o, "bron_pagina")};
  m.organisations = from_array(o, "organisaties");
  m.places = from_array(o, "plaatsen");
  m.domain = str(o, "domein");
  m.year = o->optValue<int>("jaar", 0);
  m.related = from_array(o, "gerelateerd");
  m.audience = from_array(o, "doelgroep");
  m.reference_date = str(o, "peildatum");
  m.paginated = o->optValue<bool>("paginas", false);
  m.authors = from_array(o, "auteurs");
  m.publisher = str(o, "uitgever");
  m.client = str(o, "opdrachtgever");
  return m;
}

}  // namespace

std::string encode(const Document& doc) {
  Poco::JSON::Object o;
  o.set("meta", encode_meta(doc.meta));
  o.set("path", doc.path);
  o.set("regel", doc.body_line);
  Poco::JSON::Array::Ptr themes = new Poco::JSON::Array;
  for (const auto& a : doc.theme_assignments) {
    Poco::JSON::Object::Ptr t = new Poco::JSON::Object;
    t->set("thema", a.theme);
    t->set("getagd", a.tagged);
    t->set("herkend", a.detected);
    t->set("score", a.score);
    t->set("reden", a.reason);
    t->set("subfacet", a.subfacet);
    t->set("waarden", to_array(a.subfacet_values));
    themes->add(t);
  }
  o.set("thema_toewijzingen", themes);
  std::ostringstream out;
  o.stringify(out);
  // The body follows the metadata, so a search hit can take it without JSON.
  return out.str() + kSeparator + doc.markdown;
}

std::string_view markdown_of(const std::string& data) {
  const auto sep = data.find(kSeparator);
  return sep == std::string::npos ? std::string_view() : std::string_view(data).substr(sep + kSeparator.size());
}

Document decode(const std::string& data, const std::string& link_prefix) {
  try {
    Poco::JSON::Parser parser;
    const auto sep = data.find(kSeparator);
    if (sep == std::string::npos) throw IndexError("beschadigd document in de index");
    const auto o = parser.parse(data.substr(0, sep)).extract<Poco::JSON::Object::Ptr>();
    Document d;
    d.meta = decode_meta(o->getObject("meta"));
    d.path = str(o, "path");
    d.markdown = std::string(markdown_of(data));
    d.body_line = o->optValue<int>("regel", 0);
    markdown::render(d.markdown, d.body_line, link_prefix, d);
    const auto themes = o->getArray("thema_toewijzingen");
    for (std::size_t i = 0; themes && i < themes->size(); ++i) {
      const auto t = themes->getObject(i);
      d.theme_assignments.push_back({str(t, "thema"), t->optValue<bool>("getagd", false),
                                     t->optValue<bool>("herkend", false), t->optValue<double>("score", 0),
                                     str(t, "reden"), str(t, "subfacet"), from_array(t, "waarden")});
    }
    return d;
  } catch (const Poco::Exception& e) {
    throw IndexError("beschadigd document in de index: " + e.displayText());
  }
}

}  // namespace lessenbank::codec
