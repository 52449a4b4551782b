#include "related.h"

#include <algorithm>
#include <cmath>

#include "lessenbank/thesaurus.h"
#include "schema.h"
#include "stopwords.h"

namespace lessenbank {

namespace {

constexpr std::size_t kTerms = 24;
constexpr Xapian::doccount kSmallCorpus = 30;
constexpr double kThemeWeight = 0.6;  // the themes lift, the words decide

// A term's share of what the entry is about: wdf damped, rarer terms more.
double importance(Xapian::termcount wdf, Xapian::doccount df, Xapian::doccount n) {
  return (1.0 + std::log(double(wdf))) * std::log(double(n + 1) / double(df));
}

Xapian::Document own_words(const Document& doc, const Xapian::Stem& stemmer) {
  Xapian::TermGenerator tg;
  tg.set_stemmer(stemmer);
  tg.set_stopper(&dutch_stopper());
  tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  Xapian::Document d;
  tg.set_document(d);
  tg.index_text(doc.meta.title, 3);
  tg.index_text(doc.meta.summary, 2);
  bool skipping = false;
  int skip_level = 0;
  for (const auto& s : doc.sections) {
    if (skipping && s.level > skip_level) continue;  // inside a boilerplate section
    skipping = is_boilerplate_heading(s.heading);
    skip_level = s.level;
    if (skipping) continue;
    tg.index_text(s.heading);
    tg.index_text(s.text);
  }
  return d;
}

}  // namespace

bool is_boilerplate_heading(const std::string& heading) {
  static const char* const starts[] = {"zie ook", "verwant", "verband met andere bronnen", "geinterviewd", "interview",
                                       "bronnen", "bron ", "bijlage", "literatuur", "colofon", "de vragenlijst",
                                       "deelnemers", "respondenten", "dekking"};
  const std::string h = fold_diacritics(heading);
  return std::any_of(std::begin(starts), std::end(starts), [&](const char* s) { return h.rfind(s, 0) == 0; });
}

Xapian::Query related_query(const Xapian::Database& db, const Document& doc, const Xapian::Stem& stemmer) {
  const Xapian::Document words = own_words(doc, stemmer);
  const Xapian::doccount n = db.get_doccount();
  std::vector<std::pair<double, std::string>> scored;
  for (auto t = words.termlist_begin(); t != words.termlist_end(); ++t) {
    const std::string term = *t;
    if (term.size() < 4 || term[0] != 'Z') continue;
    const Xapian::doccount df = db.get_termfreq(term);
    if (df < 2 || (n >= kSmallCorpus && df > n / 3)) continue;  // only this entry, or a third of all
    scored.emplace_back(importance(t.get_wdf(), df, n), term);
  }
  std::sort(scored.rbegin(), scored.rend());
  if (scored.size() > kTerms) scored.resize(kTerms);
  std::vector<Xapian::Query> parts;
  for (const auto& [w, term] : scored) parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term), w);
  Xapian::Query like(Xapian::Query::OP_OR, parts.begin(), parts.end());
  std::vector<Xapian::Query> themes;
  for (const auto& t : doc.effective_themes()) {
    themes.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(schema::kTheme + t), kThemeWeight);
  }
  if (themes.empty() || like.empty()) return like;
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, like, Xapian::Query(Xapian::Query::OP_OR, themes.begin(), themes.end()));
}

}  // namespace lessenbank
