#include "params.h"

#include <Poco/TextIterator.h>
#include <Poco/UTF8Encoding.h>

#include <algorithm>

#include "lessenbank/vocabulary.h"

namespace lessenbank::web {

namespace {

constexpr std::size_t kMaxQueryBytes = 500;

}  // namespace

bool valid_utf8(const std::string& s) {
  Poco::UTF8Encoding utf8;
  Poco::TextIterator it(s, utf8), end(s);
  for (; it != end; ++it) {
    if (*it < 0) return false;
  }
  return true;
}

void require_utf8(const Request& req) {
  if (!valid_utf8(req.path)) throw BadRequest("Het adres bevat ongeldige tekens.");
  for (const auto& [k, v] : req.params) {
    if (!valid_utf8(k) || !valid_utf8(v)) throw BadRequest("Een parameter bevat ongeldige tekens (geen UTF-8).");
  }
  for (const auto& [k, v] : req.form) {
    if (!valid_utf8(k) || !valid_utf8(v)) throw BadRequest("Een formulierveld bevat ongeldige tekens (geen UTF-8).");
  }
}

long int_param(const Request& req, const std::string& name, long min, long max, long fallback) {
  const std::string v = req.get(name);
  if (v.empty()) return fallback;
  try {
    std::size_t used = 0;
    const long n = std::stol(v, &used);
    if (used == v.size() && n >= min && n <= max) return n;
  } catch (const std::exception&) {
  }
  throw BadRequest("Parameter '" + name + "' moet een geheel getal zijn van " + std::to_string(min) +
                   " tot en met " + std::to_string(max) + ".");
}

bool has_open_quote(const std::string& query) { return std::count(query.begin(), query.end(), '"') % 2 != 0; }

SearchRequest search_request_from(const Request& req, const ThemeCatalog& themes) {
  SearchRequest r;
  r.query = req.get("q");
  if (r.query.size() > kMaxQueryBytes) throw BadRequest("De zoekvraag is te lang (maximaal 500 tekens).");
  if (has_open_quote(r.query)) r.query += '"';
  r.visible_themes = themes.ids();
  for (const auto& t : req.all("thema")) {
    if (!themes.find(t)) throw BadRequest("Onbekend thema: '" + t + "'.");
    r.themes.push_back(t);
  }
  for (const auto& s : req.all("sub")) {
    const auto colon = s.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == s.size() || s.size() > 200) {
      throw BadRequest("Parameter 'sub' moet de vorm 'naam:waarde' hebben.");
    }
    r.subfacets.push_back(s);
  }
  for (const auto& a : req.all("voor")) {
    if (!is_known_audience(a)) throw BadRequest("Onbekende doelgroep: '" + a + "'.");
    r.audiences.push_back(a);
  }
  for (const auto& t : req.all("type")) {
    if (!is_known_type(t)) throw BadRequest("Onbekend type: '" + t + "'.");
    r.types.push_back(t);
  }
  // "Zoek in plaats daarvan op …": exactly what was typed, no correction.
  const std::string exact = req.get("precies");
  if (!exact.empty() && exact != "1") throw BadRequest("Parameter 'precies' moet 1 zijn.");
  r.exact = exact == "1";
  const std::string sort = req.get("sortering");
  if (sort == "jaar") r.sort = SearchRequest::Sort::YearNewest;
  else if (sort == "titel") r.sort = SearchRequest::Sort::Title;
  else if (!sort.empty() && sort != "relevantie") {
    throw BadRequest("Onbekende sortering: kies relevantie, jaar of titel.");
  }
  return r;
}

}  // namespace lessenbank::web
