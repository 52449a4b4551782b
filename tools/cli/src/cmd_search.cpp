#include <algorithm>
#include <iostream>

#include "commands.h"
#include "lessenbank/json.h"
#include "lessenbank/search.h"
#include "lessenbank/vocabulary.h"

namespace lessenbank::cli {

namespace {

// Terminal rendering of a snippet: <mark> becomes bold, entities decoded.
std::string terminal_snippet(const std::string& html, bool colour) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    if (html.compare(i, 6, "<mark>") == 0) { out += colour ? "\x1b[1m" : "*"; i += 6; }
    else if (html.compare(i, 7, "</mark>") == 0) { out += colour ? "\x1b[0m" : "*"; i += 7; }
    else if (html.compare(i, 5, "&amp;") == 0) { out += '&'; i += 5; }
    else if (html.compare(i, 4, "&lt;") == 0) { out += '<'; i += 4; }
    else if (html.compare(i, 4, "&gt;") == 0) { out += '>'; i += 4; }
    else if (html.compare(i, 6, "&quot;") == 0) { out += '"'; i += 6; }
    else if (html.compare(i, 5, "&#39;") == 0) { out += '\''; i += 5; }
    else out += html[i++];
  }
  return out;
}

void print_text(const SearchResult& r, bool colour) {
  if (r.corrected) {
    std::cout << "Resultaten voor \"" << r.suggestion << "\"; zoek in plaats daarvan op \"" << r.query
              << "\" met --precies\n";
  } else if (!r.suggestion.empty()) {
    std::cout << "Bedoelde u: " << r.suggestion << "?\n";
  }
  if (!r.not_found.empty()) {
    std::cout << "Niet gevonden:";
    for (const auto& w : r.not_found) std::cout << " " << w;
    std::cout << "\n";
  }
  std::cout << r.total << (r.total == 1 ? " resultaat" : " resultaten") << "\n\n";
  std::size_t n = 0;
  for (const auto& h : r.hits) {
    std::string themes;
    for (const auto& t : h.themes) themes += (themes.empty() ? "" : ", ") + theme_label(t);
    std::cout << ++n << ". " << h.title << "  [" << type_label(h.type) << (themes.empty() ? "" : " · " + themes)
              << "]\n   " << (h.bank.empty() ? "" : h.bank + ": ") << (h.bank_url.empty() ? h.path : h.bank_url)
              << "\n   " << terminal_snippet(h.snippet_html, colour) << "\n";
    if (!h.missing.empty()) {
      std::cout << "   Ontbreekt:";
      for (const auto& w : h.missing) std::cout << " " << w;
      std::cout << "\n";
    }
    std::cout << "\n";
  }
  for (const auto& b : r.unanswered_banks) std::cout << "Niet doorzocht (gaf geen antwoord): " << b << "\n";
  for (const auto& [facet, counts] : r.facets) {
    std::cout << facet << ":";
    for (const auto& [v, c] : counts) std::cout << " " << v << " (" << c << ")";
    std::cout << "\n";
  }
}

std::size_t parse_limit(const std::string& v) {
  try {
    const long n = std::stol(v);
    if (n >= 1 && n <= static_cast<long>(SearchRequest::max_limit)) return static_cast<std::size_t>(n);
  } catch (const std::exception&) {
  }
  throw UsageError("--limit moet een getal van 1 tot en met 100 zijn");
}

}  // namespace

int cmd_search(const Args& args) {
  const Config config = resolve_config(args);
  PluginHost plugins;
  load_plugins(config, plugins);
  SearchRequest req;
  req.visible_themes = theme_ids(plugins);
  for (const auto& p : args.positional) req.query += (req.query.empty() ? "" : " ") + p;
  for (const auto& t : args.all("thema")) {
    if (std::find(req.visible_themes.begin(), req.visible_themes.end(), t) == req.visible_themes.end()) {
      throw UsageError("onbekend thema '" + t + "' (geen plugin geladen voor dit thema)");
    }
    req.themes.push_back(t);
  }
  for (const auto& t : args.all("type")) {
    if (!is_known_type(t)) throw UsageError("onbekend type '" + t + "'");
    req.types.push_back(t);
  }
  req.limit = parse_limit(args.option("limit", "10"));
  req.exact = args.flag("precies");
  Searcher searcher = config.banks.empty() ? Searcher(config.index_dir)
                                           : Searcher(config.banks, config.bank_timeout_ms);
  const SearchResult r = searcher.search(req);
  if (args.flag("json")) std::cout << to_json(r) << "\n";
  else print_text(r, isatty(1));
  return 0;
}

}  // namespace lessenbank::cli
