#include "lessenbank/organisations.h"

#include <pugixml.hpp>

#include <cctype>
#include <fstream>
#include <sstream>

#include "lessenbank/thesaurus.h"
#include "text.h"

namespace lessenbank {

namespace {

const std::string kMunicipalityPrefix = "Gemeente ";

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

std::string read_all(std::ifstream& in) {
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

void read_entry(const pugi::xml_node o, const std::string& text, const std::string& display,
                OrganisationListResult& r) {
  const std::string name = text::trim(o.attribute("naam").value());
  if (name.empty()) {
    r.diagnostics.push_back({display, text::line_of(text, o.offset_debug()),
                             "een <organisatie> heeft een attribuut naam=\"…\" nodig"});
    return;
  }
  std::vector<std::string> aliases;
  for (const pugi::xml_node a : o.children("alias")) {
    const std::string alias = text::trim(a.child_value());
    if (!alias.empty()) aliases.push_back(alias);
  }
  r.list.add(name, std::move(aliases));
}

}  // namespace

void OrganisationList::add(const std::string& name, std::vector<std::string> aliases) {
  if (names_.count(name)) return;
  for (const auto& a : aliases) aliases_.emplace(fold_diacritics(a), name);
  aliases_.emplace(fold_diacritics(name), name);
  names_.emplace(name, std::move(aliases));
}

bool OrganisationList::is_canonical(const std::string& name) const { return names_.count(name) > 0; }

std::string OrganisationList::canonical_for_alias(const std::string& alias) const {
  const auto it = aliases_.find(fold_diacritics(alias));
  return it == aliases_.end() ? std::string() : it->second;
}

std::vector<std::string> OrganisationList::mention_forms(const std::string& name) const {
  std::vector<std::string> forms{name};
  const auto it = names_.find(name);
  if (it != names_.end()) forms.insert(forms.end(), it->second.begin(), it->second.end());
  if (name.rfind(kMunicipalityPrefix, 0) == 0) forms.push_back(name.substr(kMunicipalityPrefix.size()));
  return forms;
}

bool mentions(const std::string& text, const std::string& phrase) {
  const std::string hay = fold_diacritics(text), needle = fold_diacritics(phrase);
  if (needle.empty()) return false;
  for (auto pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) {
    const bool starts = pos == 0 || !is_word_byte(static_cast<unsigned char>(hay[pos - 1]));
    const auto end = pos + needle.size();
    const bool ends = end >= hay.size() || !is_word_byte(static_cast<unsigned char>(hay[end]));
    if (starts && ends) return true;
  }
  return false;
}

OrganisationListResult load_organisations(const std::filesystem::path& file,
                                          const std::string& display_path) {
  OrganisationListResult r;
  std::ifstream in(file, std::ios::binary);
  if (!in) return r;
  const std::string text = read_all(in);
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size());
  if (!parsed) {
    r.diagnostics.push_back({display_path, text::line_of(text, parsed.offset),
                             std::string("XML-fout: ") + parsed.description()});
    return r;
  }
  const pugi::xml_node root = doc.child("organisaties");
  if (!root) {
    r.diagnostics.push_back({display_path, 1, "het hoofdelement moet <organisaties> zijn"});
    return r;
  }
  for (const pugi::xml_node o : root.children("organisatie")) read_entry(o, text, display_path, r);
  return r;
}

}  // namespace lessenbank
