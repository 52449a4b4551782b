#include "term_builder.h"

#include "document_codec.h"
#include "facet_spy.h"
#include "hit_record.h"
#include "schema.h"
#include "stopwords.h"
#include "suggestions.h"
#include "term_limits.h"

namespace lessenbank {

std::string fold_case(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
    Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(*it));
  }
  return out;
}

TermBuilder::TermBuilder(const std::string& stemmer) : stemmer_(stemmer) {
  generator_.set_stemmer(stemmer_);
  generator_.set_stopper(&dutch_stopper());
}

void TermBuilder::index_field(const std::string& text, Xapian::termcount weight, const char* prefix) {
  generator_.index_text(text, weight);
  // Field terms (titel:, samenvatting:, organisatie:) need no positions: phrases
  // are searched in the unprefixed text.
  if (prefix) generator_.index_text_without_positions(text, 1, prefix);
  generator_.increase_termpos();
}

void TermBuilder::add_themes(const Document& doc, Xapian::Document& xd) {
  using namespace schema;
  if (doc.theme_assignments.empty()) {
    for (const auto& t : doc.meta.themes) xd.add_term(kTheme + t, 1);
    return;
  }
  std::string subfacets;
  for (const auto& a : doc.theme_assignments) {
    const auto wdf = 1 + static_cast<Xapian::termcount>(a.score * (kThemeWdfMax - 1) + 0.5);
    xd.add_term(bounded_term(kTheme, a.theme), wdf);
    for (const auto& v : a.subfacet_values) {
      xd.add_boolean_term(bounded_term(kSubfacet, fold_case(a.subfacet + ":" + v)));
      subfacets += a.subfacet + "\t" + v + "\n";
    }
  }
  xd.add_value(kSlotSubfacets, subfacets);
}

std::vector<std::string> word_form_terms(const std::string& word, const Lexicon& lexicon, const Xapian::Stem& stemmer) {
  std::vector<std::string> terms;
  for (auto& part : CompoundSplitter(lexicon, stemmer).split(word)) {
    terms.push_back("Z" + stemmer(part));
    terms.push_back(std::move(part));
  }
  const auto lemma = lexicon.lemmas.find(word);
  if (lemma != lexicon.lemmas.end()) terms.push_back("Z" + stemmer(lemma->second));
  return terms;
}

void remember_word_forms(Lexicon& lexicon, const Xapian::Stem& stemmer) {
  for (const auto& w : lexicon.words) {
    if (w.size() < kMinCompoundWord) continue;
    std::string joined;
    for (const auto& t : word_form_terms(w, lexicon, stemmer)) joined.append(t).push_back('\0');
    if (!joined.empty()) lexicon.word_forms.emplace(w, std::move(joined));
  }
  lexicon.forms_of_all_words = true;
}

void TermBuilder::add_word_forms(Xapian::Document& xd, const Lexicon& lexicon) {
  // Gathered first: a Xapian document's term list must not change while it is read.
  std::vector<std::string_view> remembered;
  std::vector<std::string> met;
  for (auto t = xd.termlist_begin(); t != xd.termlist_end(); ++t) {
    const std::string term = *t;
    if (!schema::is_word_term(term)) continue;
    if (term.size() >= kMinCompoundWord && lexicon.forms_of_all_words) {
      if (const auto f = lexicon.word_forms.find(term); f != lexicon.word_forms.end()) {
        remembered.push_back(f->second);
        continue;
      }
      if (lexicon.words.count(term)) continue;  // worked out: it adds no terms
    }
    for (auto& x : word_form_terms(term, lexicon, stemmer_)) met.push_back(std::move(x));
  }
  for (const std::string_view joined : remembered) {
    for (std::size_t at = 0, end; at < joined.size(); at = end + 1) {
      end = joined.find('\0', at);
      xd.add_term(std::string(joined.substr(at, end - at)), schema::kCompoundPartWdf);
    }
  }
  for (const auto& x : met) xd.add_term(x, schema::kCompoundPartWdf);
}

void TermBuilder::add_key_terms(const Document& doc, Xapian::Document& xd) {
  for (const auto& w : key_terms(doc.meta.title)) xd.add_term(schema::kKeyTerm + w, 2);
  for (const auto& o : doc.meta.organisations) {
    for (const auto& w : key_terms(o)) xd.add_term(schema::kKeyTerm + w, 1);
  }
  for (const auto& p : doc.meta.places) {
    for (const auto& w : key_terms(p)) xd.add_term(schema::kKeyTerm + w, 1);
  }
}

Xapian::Document TermBuilder::build(const Document& doc, const Lexicon* lexicon) {
  using namespace schema;
  const Metadata& m = doc.meta;
  Xapian::Document xd;
  generator_.set_document(xd);
  index_field(m.title, kTitleWeight, kTitleText);
  index_field(m.summary, kSummaryWeight, kSummaryText);
  for (const auto& org : m.organisations) index_field(org, kOrgWeight, kOrgText);
  for (const auto& place : m.places) index_field(place, kOrgWeight, kOrgText);
  for (const auto& s : doc.sections) {
    if (!s.heading.empty()) index_field(s.heading, kHeadingWeight, nullptr);
    index_field(s.text, 1, nullptr);
  }

  if (lexicon && !lexicon->words.empty()) add_word_forms(xd, *lexicon);
  add_key_terms(doc, xd);
  // parse_document refused values too long for a term; bounded_term() keeps
  // a Document built any other way from failing the whole index run.
  xd.add_boolean_term(bounded_term(kId, m.id));
  xd.add_boolean_term(bounded_term(kType, m.type));
  add_themes(doc, xd);
  for (const auto& o : m.organisations) xd.add_boolean_term(bounded_term(kOrganisation, fold_case(o)));
  for (const auto& p : m.places) xd.add_boolean_term(bounded_term(kPlace, fold_case(p)));
  if (m.year) xd.add_boolean_term(kYear + std::to_string(m.year));
  if (!m.domain.empty()) xd.add_boolean_term(bounded_term(kDomain, m.domain));
  for (const auto& a : m.audience) xd.add_boolean_term(bounded_term(kAudience, a));
  if (!m.source.document.empty()) xd.add_boolean_term(bounded_term(kSource, m.source.document));
  for (const auto& target : doc.outgoing_links()) xd.add_boolean_term(bounded_term(kLink, target));

  std::string themes;
  for (const auto& t : doc.effective_themes()) themes += (themes.empty() ? "" : "\n") + t;
  xd.add_value(kSlotTitle, fold_case(m.title));
  xd.add_value(kSlotYear, Xapian::sortable_serialise(m.year));
  xd.add_value(kSlotType, m.type);
  xd.add_value(kSlotId, m.id);
  xd.add_value(kSlotTitleShown, m.title);
  xd.add_value(kSlotHit, encode_hit_record(doc, themes));
  std::string audiences;
  for (const auto& a : m.audience) audiences += (audiences.empty() ? "" : "\n") + a;
  xd.add_value(kSlotFacets, facet_key(m.type, themes, xd.get_value(kSlotSubfacets), audiences));
  xd.set_data(codec::encode(doc));
  return xd;
}

}  // namespace lessenbank
