// Searching the index.
//
// Threading: a Searcher is used by one thread at a time (Xapian wants a
// Database object per thread). Make one per thread, or pool them.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lessenbank/bank.h"
#include "lessenbank/document.h"

namespace lessenbank {

struct SearchRequest {
  std::string query;                 // user syntax: words, "phrases", AND/OR/NOT, EN/OF/NIET, prefix*
  // Facet filters: values within one group are alternatives (OR), groups
  // narrow each other (AND).
  std::vector<std::string> themes;   // filter: any of these themes
  std::vector<std::string> types;    // filter: any of these types
  std::vector<std::string> subfacets;  // filter: "name:value" (plugin sub-facets), any value per name
  std::vector<std::string> audiences;  // filter: any of these `doelgroep` values (the facet "voor")
  // Centrality: with exactly one theme and no query, the theme's strongest
  // members first (the plugin's evidence), for a theme page.
  enum class Sort { Relevance, YearNewest, Title, Centrality } sort = Sort::Relevance;
  // When not empty, only these themes appear in hits and facets: the themes
  // of the loaded plugins, so that removing a plugin removes its theme.
  std::vector<std::string> visible_themes;
  // Search exactly what was typed: no spelling correction is applied or
  // offered (the user chose "Zoek in plaats daarvan op …").
  bool exact = false;
  std::size_t offset = 0;
  std::size_t limit = 10;            // at most max_limit
  static constexpr std::size_t max_limit = 100;
};

struct SearchHit {
  std::string id;
  std::string path;
  std::string title;
  std::string type;
  std::vector<std::string> themes;
  std::string summary;
  std::string source;        // bron document id
  int year = 0;
  double score = 0;
  std::string snippet_html;  // escaped text with <mark> around matches
  // In a search over several banks: the bank's name, and the entry's page in
  // its own bank (<url>/doc/<id>; empty when the bank has no url).
  std::string bank;
  std::string bank_url;
  // Words (or "phrases") of the query this entry does not have; empty when it
  // has them all. Entries with every word rank before those without.
  std::vector<std::string> missing;
};

struct SearchResult {
  std::string query;  // as typed
  // A spelling correction of `query` from the index's own words, offered when
  // fewer than five entries have every word and the correction finds more
  // ("" if none). Never for abbreviations or thesaurus terms.
  std::string suggestion;
  // The correction is clearly better (far more entries with every word), so
  // the hits are those of `suggestion`; `query` is offered back ("Zoek in
  // plaats daarvan op …", with SearchRequest::exact).
  bool corrected = false;
  // Entries that have every word of the query (the first hits); the rest
  // have most of them. Equal to `total` for one word or the advanced syntax.
  std::size_t total_all_words = 0;
  // Words (or "phrases") of the query that no entry has: "Niet gevonden: …".
  std::vector<std::string> not_found;
  std::size_t total = 0;        // estimated matches
  bool total_exact = true;
  // Facets are counted exactly over up to kFacetSample matches (500); beyond that
  // they are scaled from that sample and marked approximate ("ongeveer").
  bool facets_exact = true;
  static constexpr std::size_t kFacetSample = 500;
  std::vector<SearchHit> hits;
  // facet name ("type", "thema", and each plugin's sub-facet such as
  // "onderdeel"; "voor" for the entries' `doelgroep`) -> value -> count within
  // the current query. A group the
  // request filters on is counted with its own selection left out (the other
  // groups' selections do apply), as search tools with disjunctive facets do.
  std::map<std::string, std::map<std::string, std::size_t>> facets;
  // In a search over several banks: the names of those left out because they
  // did not answer (or could not be opened).
  std::vector<std::string> unanswered_banks;
};

class Searcher {
 public:
  // Opens the index read-only. Throws IndexError when it is missing or of an
  // incompatible schema.
  explicit Searcher(const std::filesystem::path& index_dir);
  // Searches several lesson banks as one (see lessenbank/bank.h): ranking,
  // facets and paging over all of them, each hit naming its bank. A bank that
  // cannot be opened, or does not answer within `timeout_ms` during a search,
  // is left out and named in SearchResult::unanswered_banks. Throws IndexError
  // when not a single bank can be opened.
  Searcher(const std::vector<Bank>& banks, unsigned timeout_ms = kDefaultBankTimeoutMs);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Throws QueryError (Dutch message) for a malformed query.
  SearchResult search(const SearchRequest& request);

  // The stored document with this id, as indexed.
  std::optional<Document> document(const std::string& id);

  // Entries most like `id` (relevance feedback on its own terms), best first,
  // without `id` itself. Empty when `id` is unknown.
  std::vector<SearchHit> more_like_this(const std::string& id, std::size_t limit = 5);

  // Entries whose title, organisations or places hold what is typed so far
  // (the last word as a prefix; case and diacritics ignored: "Sudwest" finds
  // "Súdwest-Fryslân"), for suggestions as you type: id, title and type are
  // set, nothing else.
  std::vector<SearchHit> suggest(const std::string& typed, std::size_t limit = 8);

  // Ids of the entries that link to `id`.
  std::vector<std::string> backlinks(const std::string& id);

  // Number of entries in the index.
  std::size_t size();

  // Sees the latest committed state of the index.
  void reopen();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lessenbank
