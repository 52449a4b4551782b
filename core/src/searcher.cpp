#include "lessenbank/search.h"

#include <sys/stat.h>
#include <xapian.h>

#include <algorithm>

#include "document_codec.h"
#include "facet_groups.h"
#include "facet_spy.h"
#include "federation.h"
#include "hit_record.h"
#include "hit_values.h"
#include "known_terms.h"
#include "lessenbank/error.h"
#include "query_builder.h"
#include "related.h"
#include "schema.h"
#include "correction.h"
#include "snippet.h"
#include "suggestions.h"
#include "term_limits.h"
#include "term_presence.h"
#include "text.h"

namespace lessenbank {

namespace {

// A request that only filters by type: for ranking a theme page by centrality.
SearchRequest types_only(const std::vector<std::string>& types) {
  SearchRequest r;
  r.types = types;
  return r;
}

// Spelling suggestions are offered when a query finds fewer entries than this:
// the spelling data knows only the corpus's words, not abbreviations or names.
constexpr std::size_t kSuggestBelow = 5;
// A correction replaces the query only when nothing had every word, or when
// this many times more entries have every word of it (and at least kSuggestBelow).
constexpr std::size_t kClearlyBetter = 5;
constexpr Xapian::doccount kCountAllWordsUpTo = 200;

// Which folder a path names now: a rebuild swaps a new folder in (index_swap.h).
std::uint64_t folder_id(const std::filesystem::path& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) return 0;
  return static_cast<std::uint64_t>(st.st_ino) ^ (static_cast<std::uint64_t>(st.st_dev) << 40);
}

}  // namespace

struct Searcher::Impl {
  explicit Impl(const std::filesystem::path& d) : dir(d), folder(folder_id(d)), db(open(d)), stemmer(stemmer_of(db)) {
    load_thesaurus();
  }
  explicit Impl(std::unique_ptr<Federation> banks)
      : folder(0), federation(std::move(banks)), db(federation->db()), stemmer(stemmer_of(db)) {
    load_thesaurus();
  }

  // A bank stopped answering: search on without it. False when that is not it.
  bool leave_out_unanswering() {
    if (!federation || !federation->drop_unanswering()) return false;
    db = federation->db();
    known.clear();
    return true;
  }

  void load_thesaurus() { thesaurus = Thesaurus::parse(db.get_metadata(schema::kMetaThesaurus)); }

  static Xapian::Database open(const std::filesystem::path& dir) {
    try {
      Xapian::Database db(dir.string());
      if (db.get_metadata(schema::kMetaSchema) != schema::kVersion) {
        throw IndexError("de index in '" + dir.string() +
                         "' is van een andere versie; voer 'lessenbank index' opnieuw uit");
      }
      return db;
    } catch (const Xapian::DatabaseOpeningError&) {
      throw IndexError("geen index gevonden in '" + dir.string() + "'; voer eerst 'lessenbank index' uit");
    } catch (const Xapian::Error& e) {
      throw IndexError("kan index '" + dir.string() + "' niet openen: " + e.get_description());
    }
  }

  static Xapian::Stem stemmer_of(const Xapian::Database& db) {
    const std::string name = db.get_metadata(schema::kMetaStemmer);
    return Xapian::Stem(name.empty() ? "dutch" : name);
  }

  Xapian::MSet run(Xapian::Enquire& enquire, const SearchRequest& r, FacetSpy& spy) {
    enquire.add_matchspy(&spy);
    switch (r.sort) {
      case SearchRequest::Sort::YearNewest:
        enquire.set_sort_by_value_then_relevance(schema::kSlotYear, true);
        break;
      case SearchRequest::Sort::Title:
        enquire.set_sort_by_value(schema::kSlotTitle, false);
        break;
      case SearchRequest::Sort::Relevance:
      case SearchRequest::Sort::Centrality:
        // Equal weights in entry id order, so every way of splitting the
        // entries over banks ranks alike; and each hit brings its id along
        // for hit_records().
        if (federation) enquire.set_sort_by_relevance_then_value(schema::kSlotId, false);
        break;
    }
    const std::size_t limit = std::min(r.limit, SearchRequest::max_limit);
    const Xapian::doccount sample = std::min<Xapian::doccount>(db.get_doccount(), SearchResult::kFacetSample);
    return enquire.get_mset(r.offset, limit, sample);
  }

  static bool visible(const SearchRequest& r, const std::string& theme) {
    return r.visible_themes.empty() ||
           std::find(r.visible_themes.begin(), r.visible_themes.end(), theme) != r.visible_themes.end();
  }

  // `records`: hit records already read (hit_records()), by docid.
  SearchHit hit(const SearchRequest& r, const SnippetTerms& terms, const Xapian::MSetIterator& it,
                const std::unordered_map<Xapian::docid, std::string>& records = {}) {
    // One value read: no document data, JSON, Markdown or clean-text pass.
    const auto read = records.find(*it);
    const std::string value = read != records.end() ? read->second : it.get_document().get_value(schema::kSlotHit);
    HitRecord rec;
    if (!decode_hit_record(value, rec)) throw IndexError("beschadigd zoekresultaat in de index; voer 'lessenbank index --opnieuw' uit");
    SearchHit h;
    h.id = rec.id;
    h.path = rec.path;
    h.title = rec.title;
    h.type = rec.type;
    for (std::string_view rest = rec.themes; !rest.empty();) {
      const std::size_t end = std::min(rest.find('\n'), rest.size());
      const std::string t(rest.substr(0, end));
      if (visible(r, t)) h.themes.push_back(t);
      rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    h.summary = rec.summary;
    h.source = rec.source;
    h.year = rec.year;
    h.score = it.get_weight();
    if (federation) federation->attribute(h, *it);
    h.snippet_html = make_snippet(rec.snippet_source, terms);
    return h;
  }

  SearchResult search_once(const SearchRequest& r) {
    QueryBuilder builder(db, stemmer, thesaurus, &known);
    SearchResult result = run_query(builder, r);
    if (r.exact || result.total_all_words >= kSuggestBelow || r.query.empty()) return result;
    return with_correction(builder, r, std::move(result));
  }

  // Offers a correction only when it finds more entries with every word, and
  // applies it only when it is clearly better (far more such entries).
  SearchResult with_correction(QueryBuilder& builder, const SearchRequest& r, SearchResult result) {
    const auto in_index = [this](const std::string& word) { return known.exists(db, word); };
    // Xapian's spelling search costs more than the query: skip it when no word may change.
    if (!has_correctable_word(r.query, thesaurus, in_index)) return result;
    const std::string suggestion =
        acceptable_correction(r.query, builder.spelling_suggestion(r.query), thesaurus, in_index);
    // A suggestion that only adds accents is no correction: the synonyms already found those.
    if (suggestion.empty() || fold_diacritics(suggestion) == fold_diacritics(r.query)) return result;
    SearchRequest again = r;
    again.query = suggestion;
    // Counted first; the full search (hits, facets) only for a correction that is applied.
    const std::size_t with_every_word = count_all_words(builder, again);
    if (with_every_word <= result.total_all_words) return result;
    // Nothing had every word and the correction does; or it has far more.
    const bool clearly_better =
        r.offset == 0 && (result.total_all_words == 0 || (with_every_word >= kSuggestBelow &&
                                                          with_every_word >= kClearlyBetter * result.total_all_words));
    if (!clearly_better) {
      result.suggestion = suggestion;
      return result;
    }
    SearchResult corrected = run_query(builder, again);
    corrected.query = r.query;
    corrected.suggestion = suggestion;
    corrected.corrected = true;
    return corrected;
  }

  // How many entries have every word of `r` (up to kCountAllWordsUpTo).
  std::size_t count_all_words(QueryBuilder& builder, const SearchRequest& r) {
    const std::optional<QueryBuilder::Ranked> ranked = builder.build_ranked(r);
    if (!ranked) return run_query(builder, r).total_all_words;  // advanced syntax
    return count_matches(ranked->every_word);
  }

  // Counted, not estimated (an AND estimate from term statistics can be 0),
  // up to a number well beyond what decides a correction; no BM25 weights.
  std::size_t count_matches(const Xapian::Query& q) {
    Xapian::Enquire every(db);
    every.set_weighting_scheme(Xapian::BoolWeight());
    every.set_query(q);
    return every.get_mset(0, 0, kCountAllWordsUpTo).get_matches_estimated();
  }

  SearchResult run_query(QueryBuilder& builder, const SearchRequest& r) {
    Xapian::Enquire enquire(db);
    FacetSpy all_words;
    std::optional<QueryBuilder::Ranked> ranked;
    if (r.sort == SearchRequest::Sort::Centrality && r.themes.size() == 1 && r.query.empty()) {
      // The theme term's wdf is the plugin's evidence: rank by it alone.
      enquire.set_weighting_scheme(Xapian::TfIdfWeight("nnn"));
      Xapian::Query q(schema::kTheme + r.themes[0]);
      if (!r.types.empty()) q = Xapian::Query(Xapian::Query::OP_FILTER, q, builder.build(types_only(r.types), Xapian::Query::OP_AND));
      enquire.set_query(q);
    } else if ((ranked = builder.build_ranked(r))) {
      enquire.set_query(ranked->query);
    } else {
      enquire.set_query(builder.build(r, Xapian::Query::OP_AND));
    }
    Xapian::MSet mset = run(enquire, r, all_words);
    const FacetSpy* spy = &all_words;
    std::optional<Xapian::Enquire> fallback;
    FacetSpy some_words;
    if (!ranked && mset.empty() && r.offset == 0 && !r.query.empty()) {
      // Advanced syntax and nothing has every word: rank what has most of them instead.
      fallback.emplace(db);
      fallback->set_query(builder.build(r, Xapian::Query::OP_OR));
      mset = run(*fallback, r, some_words);
      spy = &some_words;
    }
    SearchResult result;
    result.query = r.query;
    result.total = mset.get_matches_estimated();
    result.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
    result.total_all_words = spy == &all_words ? result.total : 0;
    const Xapian::Enquire& used = spy == &all_words ? enquire : *fallback;
    const SnippetTerms terms(used.get_query(), stemmer);
    const auto records = federation ? hit_records(db, mset) : std::unordered_map<Xapian::docid, std::string>();
    for (auto it = mset.begin(); it != mset.end(); ++it) result.hits.push_back(hit(r, terms, it, records));
    if (ranked && ranked->words.size() > 1) note_missing_words(*ranked, mset, result);
    // Counting every match costs more than the search itself on big corpora:
    // beyond the sample, counts are scaled and said to be approximate.
    const double scale = spy->seen() && result.total > spy->seen() ? double(result.total) / spy->seen() : 1.0;
    result.facets_exact = scale == 1.0;
    auto scaled = [scale](std::size_t n) { return static_cast<std::size_t>(n * scale + 0.5); };
    for (const auto& [type, n] : spy->types()) result.facets["type"][type] = scaled(n);
    for (const auto& [theme, n] : spy->themes()) {
      if (visible(r, theme)) result.facets["thema"][theme] = scaled(n);
    }
    for (const auto& [audience, n] : spy->audiences()) result.facets[kAudienceGroup][audience] = scaled(n);
    for (const auto& [name, values] : spy->subfacets()) {
      for (const auto& [v, n] : values) result.facets[name][v] = scaled(n);
    }
    result.facets.try_emplace("thema");
    result.facets.try_emplace("type");
    // Disjunctive facets: a group with a selection is counted without it.
    const auto op = fallback ? Xapian::Query::OP_OR : Xapian::Query::OP_AND;
    for (const auto& group : selected_facet_groups(r)) {
      const SearchRequest without = without_facet_group(r, group);
      std::optional<QueryBuilder::Ranked> ranked_without = ranked ? builder.build_ranked(without) : std::nullopt;
      const Xapian::Query others = ranked_without ? ranked_without->query : builder.build(without, op);
      result.facets[group] = count_facet_group(db, others, r, group, result.facets_exact);
    }
    return result;
  }

  // Which words each hit lacks, how many entries have them all, and which
  // words no entry has.
  void note_missing_words(const QueryBuilder::Ranked& ranked, const Xapian::MSet& mset, SearchResult& result) {
    const std::vector<std::vector<std::string>> matching = matching_terms(ranked, mset, result.hits);
    for (std::size_t i = 0; i < matching.size(); ++i) result.hits[i].missing = missing_words(ranked.words, matching[i]);
    result.total_all_words = count_matches(ranked.every_word);
    for (const auto& w : ranked.words) {
      if (has_only_terms(w.query) && found_in_a_hit(w.label, result.hits)) continue;  // no look-up needed
      Xapian::Enquire one(db);
      one.set_weighting_scheme(Xapian::BoolWeight());
      one.set_query(w.query);
      if (one.get_mset(0, 1).empty()) result.not_found.push_back(w.label);
    }
  }

  // Whether `q` matches every entry that has one of its terms: no phrase,
  // NEAR, AND, wildcard or filter in it.
  static bool has_only_terms(const Xapian::Query& q) {
    switch (q.get_type()) {
      case Xapian::Query::LEAF_TERM:
        return true;
      case Xapian::Query::OP_OR:
      case Xapian::Query::OP_SYNONYM:
      case Xapian::Query::OP_SCALE_WEIGHT:
        for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
          if (!has_only_terms(q.get_subquery(i))) return false;
        }
        return q.get_num_subqueries() > 0;
      default:
        return false;
    }
  }

  static bool found_in_a_hit(const std::string& label, const std::vector<SearchHit>& hits) {
    return std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) {
      return std::find(h.missing.begin(), h.missing.end(), label) == h.missing.end();
    });
  }

  // The terms of the words of `ranked` that each hit has. From posting lists
  // for local indexes; a remote bank would send whole posting lists, so there
  // one match over the hits finds them (term_presence.h).
  std::vector<std::vector<std::string>> matching_terms(const QueryBuilder::Ranked& ranked, const Xapian::MSet& mset,
                                                       const std::vector<SearchHit>& hits) {
    std::vector<std::string> terms;
    for (const auto& w : ranked.words) terms.insert(terms.end(), w.query.get_unique_terms_begin(), w.query.get_unique_terms_end());
    std::vector<Xapian::docid> docids;
    for (auto it = mset.begin(); it != mset.end(); ++it) docids.push_back(*it);
    if (!federation) return terms_present(db, std::move(terms), docids);
    std::vector<std::string> id_terms;
    for (const auto& h : hits) id_terms.push_back(bounded_term(schema::kId, h.id));
    return terms_present_by_match(db, std::move(terms), id_terms, docids);
  }

  std::vector<SearchHit> more_like_this(const std::string& id, std::size_t limit) {
    const std::string q = schema::kId + id;
    const auto p = db.postlist_begin(q);
    if (p == db.postlist_end(q)) return {};
    const Xapian::Query like = related_query(db, codec::decode(db.get_document(*p).get_data()), stemmer);
    if (like.empty()) return {};
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND_NOT, like, Xapian::Query(q)));
    const Xapian::MSet mset = enquire.get_mset(0, limit);
    std::vector<SearchHit> out;
    SearchRequest none;
    const SnippetTerms terms(like, stemmer);
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(hit(none, terms, it));
    return out;
  }

  std::vector<SearchHit> suggest(const std::string& typed, std::size_t limit) {
    std::vector<SearchHit> out;
    const Xapian::Query q = suggestion_query(typed);
    if (q.empty()) return out;
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    const Xapian::MSet mset = enquire.get_mset(0, limit);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const Xapian::Document d = it.get_document();
      SearchHit h;
      h.id = d.get_value(schema::kSlotId);
      h.type = d.get_value(schema::kSlotType);
      h.title = d.get_value(schema::kSlotTitleShown);
      h.score = it.get_weight();
      out.push_back(std::move(h));
    }
    return out;
  }

  std::filesystem::path dir;
  std::uint64_t folder;  // folder_id(dir) before opening
  std::unique_ptr<Federation> federation;  // null: one local index
  Xapian::Database db;
  Xapian::Stem stemmer;
  Thesaurus thesaurus;
  KnownTerms known;  // vocabulary look-ups of this db; cleared when it changes
};

Searcher::Searcher(const std::filesystem::path& index_dir) : impl_(std::make_unique<Impl>(index_dir)) {}
Searcher::Searcher(const std::vector<Bank>& banks, unsigned timeout_ms)
    : impl_(std::make_unique<Impl>(std::make_unique<Federation>(banks, timeout_ms, &Impl::open))) {}
Searcher::~Searcher() = default;

SearchResult Searcher::search(const SearchRequest& request) {
  for (int attempt = 0;; ++attempt) {
    try {
      SearchResult result = impl_->search_once(request);
      if (impl_->federation) result.unanswered_banks = impl_->federation->unanswered();
      return result;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == 2) throw IndexError("de index veranderde tijdens het zoeken; probeer het opnieuw");
      reopen();
    } catch (const Xapian::NetworkError& e) {
      if (!impl_->leave_out_unanswering()) throw IndexError("zoeken mislukt: " + e.get_description());
    } catch (const Xapian::Error& e) {
      throw IndexError("zoeken mislukt: " + e.get_description());
    }
  }
}

std::optional<Document> Searcher::document(const std::string& id) {
  try {
    Xapian::PostingIterator p = impl_->db.postlist_begin(schema::kId + id);
    if (p == impl_->db.postlist_end(schema::kId + id)) return std::nullopt;
    return codec::decode(impl_->db.get_document(*p).get_data());
  } catch (const Xapian::Error& e) {
    throw IndexError("document lezen mislukt: " + e.get_description());
  }
}

std::vector<std::string> Searcher::backlinks(const std::string& id) {
  std::vector<std::string> out;
  try {
    const std::string term = schema::kLink + id;
    for (auto p = impl_->db.postlist_begin(term); p != impl_->db.postlist_end(term); ++p) {
      out.push_back(impl_->db.get_document(*p).get_value(schema::kSlotId));
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("links lezen mislukt: " + e.get_description());
  }
  return out;
}

std::size_t Searcher::size() { return impl_->db.get_doccount(); }

std::vector<SearchHit> Searcher::suggest(const std::string& typed, std::size_t limit) {
  try {
    return impl_->suggest(typed, limit);
  } catch (const Xapian::Error& e) {
    throw IndexError("suggesties zoeken mislukt: " + e.get_description());
  }
}

std::vector<SearchHit> Searcher::more_like_this(const std::string& id, std::size_t limit) {
  try {
    return impl_->more_like_this(id, limit);
  } catch (const Xapian::Error& e) {
    throw IndexError("verwante items zoeken mislukt: " + e.get_description());
  }
}

void Searcher::reopen() {
  try {
    if (impl_->federation) {
      if (impl_->federation->refresh()) {
        impl_->db = impl_->federation->db();
        impl_->known.clear();
        impl_->load_thesaurus();
      }
      return;
    }
    if (folder_id(impl_->dir) != impl_->folder) {  // a rebuilt index was swapped in
      impl_ = std::make_unique<Impl>(impl_->dir);
      return;
    }
    if (impl_->db.reopen()) {
      impl_->known.clear();
      impl_->load_thesaurus();
    }
  } catch (const Xapian::Error& e) {
    throw IndexError("index opnieuw openen mislukt: " + e.get_description());
  }
}

}  // namespace lessenbank
