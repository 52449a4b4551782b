#include "front_matter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "lessenbank/vocabulary.h"
#include "text.h"

namespace lessenbank::front_matter {

namespace {

using Severity = Diagnostic::Severity;

bool is_delimiter(std::string_view line, bool closing) {
  const std::string t = text::trim(line);
  return t == "---" || (closing && t == "...");
}

// Collects diagnostics for one file, translating YAML marks to file lines.
class Reader {
 public:
  Reader(const Split& split, const std::string& path, std::vector<Diagnostic>& out)
      : split_(split), path_(path), out_(out) {}

  int line_of(const YAML::Node& node) const {
    const auto mark = node.Mark();
    return mark.line < 0 ? split_.yaml_first_line - 1 : split_.yaml_first_line + mark.line;
  }
  void error(int line, std::string message) {
    out_.push_back({path_, line, std::move(message), Severity::Error});
    ok_ = false;
  }
  void warn(int line, std::string message) {
    out_.push_back({path_, line, std::move(message), Severity::Warning});
  }
  bool ok() const { return ok_; }

  std::string scalar(const YAML::Node& map, const char* key) {
    const YAML::Node n = map[key];
    if (!n || n.IsNull()) return {};
    if (!n.IsScalar()) {
      error(line_of(n), std::string("veld '") + key + "' moet een tekst zijn, geen lijst");
      return {};
    }
    return text::trim(n.Scalar());
  }

  std::vector<std::string> list(const YAML::Node& map, const char* key) {
    const YAML::Node n = map[key];
    std::vector<std::string> out;
    if (!n || n.IsNull()) return out;
    if (n.IsScalar()) {
      if (!text::trim(n.Scalar()).empty()) out.push_back(text::trim(n.Scalar()));
      return out;
    }
    if (!n.IsSequence()) {
      error(line_of(n), std::string("veld '") + key + "' moet een lijst zijn");
      return out;
    }
    for (const auto& item : n) {
      if (!item.IsScalar()) {
        error(line_of(item), std::string("veld '") + key + "' mag alleen teksten bevatten");
        continue;
      }
      if (!text::trim(item.Scalar()).empty()) out.push_back(text::trim(item.Scalar()));
    }
    return out;
  }

 private:
  const Split& split_;
  const std::string& path_;
  std::vector<Diagnostic>& out_;
  bool ok_ = true;
};

const std::set<std::string>& known_fields() {
  static const std::set<std::string> fields = {
      "id", "titel", "type", "themas", "samenvatting", "bron", "organisaties",
      "plaatsen", "domein", "jaar", "gerelateerd", "auteurs", "uitgever",
      "opdrachtgever", "url", "doelgroep", "peildatum", "paginas"};
  return fields;
}

void read_source(Reader& r, const YAML::Node& root, Metadata& meta) {
  const YAML::Node n = root["bron"];
  if (!n || n.IsNull()) return;
  if (n.IsScalar()) {  // short form: just the document id
    meta.source.document = text::trim(n.Scalar());
    return;
  }
  if (!n.IsMap()) {
    r.error(r.line_of(n), "veld 'bron' moet 'document', 'sectie' en 'pagina' bevatten");
    return;
  }
  meta.source.document = r.scalar(n, "document");
  meta.source.section = r.scalar(n, "sectie");
  meta.source.page = r.scalar(n, "pagina");
}

void read_year(Reader& r, const YAML::Node& root, Metadata& meta) {
  const YAML::Node n = root["jaar"];
  if (!n || n.IsNull()) return;
  int year = 0;
  if (!n.IsScalar() || !YAML::convert<int>::decode(n, year)) {
    r.error(r.line_of(n), "veld 'jaar' moet een jaartal zijn, zoals 2018");
    return;
  }
  if (year < earliest_year() || year > latest_year()) {
    r.error(r.line_of(n), "jaartal " + std::to_string(year) + " valt buiten " +
                              std::to_string(earliest_year()) + "–" + std::to_string(latest_year()));
    return;
  }
  meta.year = year;
}

void read_reference_date(Reader& r, const YAML::Node& root, Metadata& meta) {
  meta.reference_date = r.scalar(root, "peildatum");
  if (!meta.reference_date.empty() && !is_valid_date(meta.reference_date)) {
    r.error(r.line_of(root["peildatum"]),
            "veld 'peildatum' moet een bestaande datum zijn als \"2021-06-09\" (jaar-maand-dag)");
  }
}

// `paginas: ja` (or nee/true/false) on a `bron` entry.
void read_paginated(Reader& r, const YAML::Node& root, Metadata& meta) {
  std::string v = r.scalar(root, "paginas");
  std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (v.empty() || v == "nee" || v == "false" || v == "no") return;
  if (v == "ja" || v == "true" || v == "yes") {
    meta.paginated = true;
    return;
  }
  r.error(r.line_of(root["paginas"]), "veld 'paginas' moet 'ja' of 'nee' zijn");
}

void require(Reader& r, const YAML::Node& root, const char* key, const std::string& value) {
  if (value.empty()) {
    r.error(root[key] ? r.line_of(root[key]) : r.line_of(root),
            std::string("verplicht veld '") + key + "' ontbreekt of is leeg");
  }
}

void check_values(Reader& r, const YAML::Node& root, const Metadata& meta,
                  const std::vector<std::string>& themes) {
  if (!meta.id.empty() && !is_valid_id(meta.id)) {
    r.error(r.line_of(root["id"]), "id '" + meta.id +
                                       "' mag alleen kleine letters, cijfers en koppeltekens bevatten");
  }
  if (!meta.type.empty() && !is_known_type(meta.type)) {
    r.error(r.line_of(root["type"]), "onbekend type '" + meta.type + "'");
  }
  for (const auto& t : meta.themes) {
    const bool known = themes.empty() ? is_known_theme(t) : std::find(themes.begin(), themes.end(), t) != themes.end();
    if (!known) r.error(r.line_of(root["themas"]), "onbekend thema '" + t + "'");
  }
  if (!meta.domain.empty() && !is_known_domain(meta.domain)) {
    r.error(r.line_of(root["domein"]),
            "onbekend domein '" + meta.domain + "' (kies fysiek, sociaal of beide)");
  }
  for (const auto& a : meta.audience) {
    if (!is_known_audience(a)) {
      r.error(r.line_of(root["doelgroep"]), "onbekende doelgroep '" + a + "' (zie docs/corpus-format.md)");
    }
  }
  if (meta.paginated && meta.type != "bron") {
    r.error(r.line_of(root["paginas"]), "veld 'paginas' hoort alleen bij een item van type 'bron'");
  }
  for (const auto& id : meta.related) {
    if (!is_valid_id(id)) r.error(r.line_of(root["gerelateerd"]), "ongeldig id '" + id + "' in 'gerelateerd'");
  }
}

void record_fields(Reader& r, const YAML::Node& root, std::map<std::string, int>& lines) {
  for (const auto& kv : root) {
    const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
    lines[key] = r.line_of(kv.first);
    if (!known_fields().count(key)) r.warn(r.line_of(kv.first), "onbekend veld '" + key + "' wordt genegeerd");
  }
}

void read_fields(Reader& r, const YAML::Node& root, Metadata& meta) {
  meta.id = r.scalar(root, "id");
  meta.title = r.scalar(root, "titel");
  meta.type = r.scalar(root, "type");
  meta.themes = r.list(root, "themas");
  meta.summary = r.scalar(root, "samenvatting");
  read_source(r, root, meta);
  meta.organisations = r.list(root, "organisaties");
  meta.places = r.list(root, "plaatsen");
  meta.domain = r.scalar(root, "domein");
  read_year(r, root, meta);
  meta.related = r.list(root, "gerelateerd");
  meta.audience = r.list(root, "doelgroep");
  read_reference_date(r, root, meta);
  read_paginated(r, root, meta);
  meta.authors = r.list(root, "auteurs");
  meta.publisher = r.scalar(root, "uitgever");
  meta.client = r.scalar(root, "opdrachtgever");
}

}  // namespace

std::optional<Split> split(const std::string& text, const std::string& path,
                           std::vector<Diagnostic>& diagnostics) {
  const auto first_end = text.find('\n');
  if (!is_delimiter(std::string_view(text).substr(0, first_end), false)) {
    diagnostics.push_back({path, 1, "geen kopgegevens: het bestand moet beginnen met een regel '---'"});
    return std::nullopt;
  }
  Split s;
  std::size_t pos = first_end == std::string::npos ? text.size() : first_end + 1;
  int line = 2;
  while (pos < text.size()) {
    const auto end = text.find('\n', pos);
    const auto len = (end == std::string::npos ? text.size() : end) - pos;
    if (is_delimiter(std::string_view(text).substr(pos, len), true)) {
      s.yaml = text.substr(first_end + 1, pos - first_end - 1);
      s.body = end == std::string::npos ? std::string() : text.substr(end + 1);
      s.body_first_line = line + 1;
      return s;
    }
    pos = end == std::string::npos ? text.size() : end + 1;
    ++line;
  }
  diagnostics.push_back({path, 1, "kopgegevens niet afgesloten: een tweede regel '---' ontbreekt"});
  return std::nullopt;
}

bool read(const Split& split, const std::string& path, const std::vector<std::string>& themes,
          Document& doc, std::vector<Diagnostic>& diagnostics) {
  Reader r(split, path, diagnostics);
  Metadata& meta = doc.meta;
  YAML::Node root;
  try {
    root = YAML::Load(split.yaml);
  } catch (const YAML::Exception& e) {
    const int line = e.mark.line < 0 ? 1 : split.yaml_first_line + e.mark.line;
    r.error(line, "YAML-fout in de kopgegevens: " + e.msg);
    return false;
  }
  if (!root.IsMap()) {
    r.error(split.yaml_first_line, "de kopgegevens moeten velden bevatten (veld: waarde)");
    return false;
  }
  try {
    read_fields(r, root, meta);
  } catch (const YAML::Exception& e) {
    r.error(e.mark.line < 0 ? 1 : split.yaml_first_line + e.mark.line,
            "YAML-fout in de kopgegevens: " + e.msg);
    return false;
  }
  require(r, root, "id", meta.id);
  require(r, root, "titel", meta.title);
  require(r, root, "type", meta.type);
  check_values(r, root, meta, themes);
  record_fields(r, root, doc.field_lines);
  if (meta.summary.empty()) r.warn(r.line_of(root), "veld 'samenvatting' ontbreekt");
  if (meta.domain.empty()) r.warn(r.line_of(root), "veld 'domein' ontbreekt");
  if (meta.year == 0 && r.ok()) r.warn(r.line_of(root), "veld 'jaar' ontbreekt");
  return r.ok();
}

}  // namespace lessenbank::front_matter
