#include "lessenbank/vocabulary.h"

#include <algorithm>
#include <chrono>
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

const std::vector<std::string>& known_audiences() {
  static const std::vector<std::string> audiences = {
      "gemeente", "gemeenteraad", "college", "gemeentesecretaris", "management",
      "vakafdeling", "medewerkers", "omgevingsdienst", "provincie", "waterschap",
      "rijk", "regio", "ketenpartners"};
  return audiences;
}

std::string audience_label(std::string_view audience) {
  static const std::map<std::string, std::string, std::less<>> labels = {
      {"gemeente", "Gemeente"}, {"gemeenteraad", "Gemeenteraad"},
      {"college", "College van B&W"}, {"gemeentesecretaris", "Gemeentesecretaris"},
      {"management", "Management"}, {"vakafdeling", "Vakafdeling"},
      {"medewerkers", "Medewerkers"}, {"omgevingsdienst", "Omgevingsdienst"},
      {"provincie", "Provincie"}, {"waterschap", "Waterschap"}, {"rijk", "Rijk"},
      {"regio", "Regionaal samenwerkingsverband"}, {"ketenpartners", "Ketenpartners"}};
  return label_from(labels, audience);
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

bool is_known_audience(std::string_view v) { return contains(known_audiences(), v); }

bool is_valid_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const auto num = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (d[i] - '0');
    return v;
  };
  const std::chrono::year_month_day ymd{std::chrono::year(num(0, 4)),
                                        std::chrono::month(static_cast<unsigned>(num(5, 2))),
                                        std::chrono::day(static_cast<unsigned>(num(8, 2)))};
  return ymd.ok();
}

int earliest_year() { return 1990; }

int latest_year() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<int>(std::chrono::year_month_day(today).year()) + 1;
}

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
