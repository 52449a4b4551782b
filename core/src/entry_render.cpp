// render_entry, render_field, validate_draft, slug_from_title, content_hash.
#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "entry_fields.h"
#include "lessenbank/editing.h"
#include "lessenbank/thesaurus.h"
#include "lessenbank/vocabulary.h"
#include "text.h"

namespace lessenbank {

namespace {

void emit_list(YAML::Emitter& out, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& v : values) out << v;
  out << YAML::EndSeq;
}

void emit_text(YAML::Emitter& out, const char* key, const std::string& value) {
  if (!value.empty()) out << YAML::Key << key << YAML::Value << value;
}

void emit_source(YAML::Emitter& out, const SourceRef& s) {
  if (s.empty()) return;
  out << YAML::Key << "bron" << YAML::Value << YAML::BeginMap;
  emit_text(out, "document", s.document);
  emit_text(out, "sectie", s.section);
  emit_text(out, "pagina", s.page);
  out << YAML::EndMap;
}

void emit_field(YAML::Emitter& out, const Metadata& m, const std::string& key) {
  if (key == "id") emit_text(out, "id", m.id);
  else if (key == "titel") emit_text(out, "titel", m.title);
  else if (key == "type") emit_text(out, "type", m.type);
  else if (key == "themas") emit_list(out, "themas", m.themes);
  else if (key == "samenvatting") emit_text(out, "samenvatting", m.summary);
  else if (key == "bron") emit_source(out, m.source);
  else if (key == "organisaties") emit_list(out, "organisaties", m.organisations);
  else if (key == "plaatsen") emit_list(out, "plaatsen", m.places);
  else if (key == "domein") emit_text(out, "domein", m.domain);
  else if (key == "jaar" && m.year) out << YAML::Key << "jaar" << YAML::Value << m.year;
  else if (key == "gerelateerd") emit_list(out, "gerelateerd", m.related);
  else if (key == "doelgroep") emit_list(out, "doelgroep", m.audience);
  else if (key == "peildatum") emit_text(out, "peildatum", m.reference_date);
  else if (key == "paginas" && m.paginated) out << YAML::Key << "paginas" << YAML::Value << "ja";
  else if (key == "auteurs") emit_list(out, "auteurs", m.authors);
  else if (key == "uitgever") emit_text(out, "uitgever", m.publisher);
  else if (key == "opdrachtgever") emit_text(out, "opdrachtgever", m.client);
}

}  // namespace

const std::vector<std::string>& metadata_keys() {
  static const std::vector<std::string> keys = {"id",       "titel",  "type",    "themas",      "samenvatting",
                                                "bron",     "organisaties", "plaatsen", "domein", "jaar",
                                                "gerelateerd", "doelgroep", "peildatum", "paginas",
                                                "auteurs",  "uitgever", "opdrachtgever"};
  return keys;
}

std::string render_field(const Metadata& m, const std::string& key) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  emit_field(out, m, key);
  out << YAML::EndMap;
  const std::string text = out.c_str();
  return text == "{}" ? std::string() : text + "\n";
}

std::string render_entry(const EntryDraft& d) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  for (const auto& key : metadata_keys()) emit_field(out, d.meta, key);
  out << YAML::EndMap;
  std::string body = d.body;
  // Browsers send CRLF from a textarea; files keep LF.
  body.erase(std::remove(body.begin(), body.end(), '\r'), body.end());
  if (!body.empty() && body.back() != '\n') body += '\n';
  return "---\n" + std::string(out.c_str()) + "\n---\n\n" + body;
}

std::map<std::string, std::string> validate_draft(const EntryDraft& d, const std::vector<std::string>& themes) {
  std::map<std::string, std::string> f;
  const Metadata& m = d.meta;
  if (m.id.empty()) f["id"] = "Geef het item een id.";
  else if (!is_valid_id(m.id)) f["id"] = "Alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld 'casus-borne'.";
  if (text::trim(m.title).empty()) f["titel"] = "Geef het item een titel.";
  if (!is_known_type(m.type)) f["type"] = "Kies een type.";
  for (const auto& t : m.themes) {
    const bool known = themes.empty() ? is_known_theme(t) : std::find(themes.begin(), themes.end(), t) != themes.end();
    if (!known) f["themas"] = "Onbekend thema '" + t + "'.";
  }
  if (text::trim(m.summary).empty()) f["samenvatting"] = "Schrijf een samenvatting van een of twee zinnen.";
  if (!m.domain.empty() && !is_known_domain(m.domain)) f["domein"] = "Kies fysiek, sociaal of beide.";
  if (m.year != 0 && (m.year < earliest_year() || m.year > latest_year())) {
    f["jaar"] = "Geef een jaartal van " + std::to_string(earliest_year()) + " tot en met " +
                std::to_string(latest_year()) + ", zoals 2021.";
  }
  for (const auto& a : m.audience) {
    if (!is_known_audience(a)) f["doelgroep"] = "Onbekende doelgroep '" + a + "'.";
  }
  if (!m.reference_date.empty() && !is_valid_date(m.reference_date)) {
    f["peildatum"] = "Geef een bestaande datum als 2021-06-09 (jaar-maand-dag).";
  }
  for (const auto& id : m.related) {
    if (!is_valid_id(id)) f["gerelateerd"] = "'" + id + "' is geen geldig id.";
  }
  if (m.type != "bron" && m.source.document.empty()) f["bron_document"] = "Noem het brondocument (id van een bron-item).";
  if (!m.source.document.empty() && !is_valid_id(m.source.document)) f["bron_document"] = "Geef het id van het bron-item.";
  if (text::trim(d.body).empty()) f["tekst"] = "De tekst is leeg.";
  return f;
}

std::string slug_from_title(const std::string& title) {
  std::string slug;
  for (char c : fold_diacritics(title)) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (word) slug += c;
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 80) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "item" : slug;
}

std::string content_hash(const std::string& bytes) {
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(bytes);
  return Poco::DigestEngine::digestToHex(sha.digest());
}

}  // namespace lessenbank
