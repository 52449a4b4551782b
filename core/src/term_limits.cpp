#include "term_limits.h"

#include <cstdio>

#include "corpus_state.h"
#include "schema.h"
#include "term_builder.h"

namespace lessenbank {

namespace {

int line_of(const Document& d, const char* field) {
  const auto it = d.field_lines.find(field);
  return it == d.field_lines.end() ? 1 : it->second;
}

std::string shown(const std::string& value) {
  constexpr std::size_t kShown = 40;
  if (value.size() <= kShown) return value;
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return value.substr(0, cut) + "…";
}

struct Checker {
  const Document& doc;
  std::vector<Diagnostic> out;

  void value(const char* field, int line, const std::string& prefix, const std::string& term_value,
             const std::string& as_written) {
    if (prefix.size() + term_value.size() <= kMaxTermBytes) return;
    out.push_back({doc.path, line,
                   "waarde in '" + std::string(field) + "' is te lang (" + std::to_string(as_written.size()) +
                       " bytes; hoogstens " + std::to_string(kMaxTermBytes - prefix.size()) + "): '" +
                       shown(as_written) + "'"});
  }
  void field(const char* name, const std::string& prefix, const std::string& v, bool folded = false) {
    value(name, line_of(doc, name), prefix, folded ? fold_case(v) : v, v);
  }
};

}  // namespace

std::vector<Diagnostic> overlong_term_diagnostics(const Document& doc) {
  using namespace schema;
  const Metadata& m = doc.meta;
  Checker c{doc, {}};
  c.field("id", kId, m.id);
  c.field("type", kType, m.type);
  for (const auto& t : m.themes) c.field("themas", kTheme, t);
  for (const auto& o : m.organisations) c.field("organisaties", kOrganisation, o, true);
  for (const auto& p : m.places) c.field("plaatsen", kPlace, p, true);
  c.field("domein", kDomain, m.domain);
  c.field("bron", kSource, m.source.document);
  for (const auto& r : m.related) c.field("gerelateerd", kLink, r);
  for (const auto& l : doc.links) c.value("link (id:…)", l.line, kLink, l.target, l.target);
  return std::move(c.out);
}

std::string bounded_term(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  if (prefix.size() + value.size() <= kMaxTermBytes) return term.append(value);
  constexpr std::size_t kHashChars = 16;
  std::size_t keep = kMaxTermBytes - prefix.size() - kHashChars;
  while (keep > 0 && (static_cast<unsigned char>(value[keep]) & 0xC0) == 0x80) --keep;
  char hash[kHashChars + 1];
  std::snprintf(hash, sizeof hash, "%016llx",
                static_cast<unsigned long long>(fnv1a(std::string(value))));
  return term.append(value.substr(0, keep)).append(hash);
}

}  // namespace lessenbank
