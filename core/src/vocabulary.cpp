#include "lessenbank/vocabulary.h"

#include <algorithm>
#include <map>

namespace lessenbank {

namespace {

bool contains(const std::vector<std::string>& list, std::string_view v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

std::string label_from(const std::map<std::string, std::string, std::less<>>& labels,
                       std::string_view key) {
  const auto it = labels.find(key);
  return it == labels.end() ? std::string(key) : it->second;
}

}  // namespace

const std::vector<std::string>& known_types() {
  static const std::vector<std::string> types = {
      "les", "casus", "strategie", "vraagset", "begrip",
      "bevinding", "aanbeveling", "notitie", "bron"};
  return types;
}

const std::vector<std::string>& known_themes() {
  static const std::vector<std::string> themes = {
      "participatie", "dso", "regionale-samenwerking", "organisatieontwikkeling"};
  return themes;
}

const std::vector<std::string>& known_domains() {
  static const std::vector<std::string> domains = {"fysiek", "sociaal", "beide"};
  return domains;
}

std::string type_label(std::string_view type) {
  static const std::map<std::string, std::string, std::less<>> labels = {
      {"les", "Les"}, {"casus", "Casus"}, {"strategie", "Strategie"},
      {"vraagset", "Vraagset"}, {"begrip", "Begrip"}, {"bevinding", "Bevinding"},
      {"aanbeveling", "Aanbeveling"}, {"notitie", "Notitie"}, {"bron", "Bron"}};
  return label_from(labels, type);
}

std::string theme_label(std::string_view theme) {
  static const std::map<std::string, std::string, std::less<>> labels = {
      {"participatie", "Participatie"}, {"dso", "DSO"},
      {"regionale-samenwerking", "Regionale samenwerking"},
      {"organisatieontwikkeling", "Organisatieontwikkeling"}};
  return label_from(labels, theme);
}

bool is_known_type(std::string_view v) { return contains(known_types(), v); }
bool is_known_theme(std::string_view v) { return contains(known_themes(), v); }
bool is_known_domain(std::string_view v) { return contains(known_domains(), v); }

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 100 || id.front() == '-' || id.back() == '-') return false;
  char prev = 0;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

}  // namespace lessenbank
