#include "query_builder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

#include "compounds.h"
#include "correction.h"
#include "facet_groups.h"
#include "lessenbank/error.h"
#include "query_repair.h"
#include "schema.h"
#include "stopwords.h"
#include "term_builder.h"
#include "text.h"

namespace lessenbank {

namespace {

// No FLAG_LOVEHATE: Dutch writes suspended compounds such as "veranderfilosofie
// en -strategie", where a leading '-' must not mean "exclude".
// AUTO_SYNONYMS: the index holds diacritic-free synonyms of its words
// (sudwest -> súdwest), so a query typed without accents still matches.
constexpr unsigned kFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                            Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PURE_NOT |
                            Xapian::QueryParser::FLAG_AUTO_SYNONYMS;
constexpr Xapian::termcount kMaxWildcardExpansion = 500;
constexpr double kTypeBoost = 2.0;
constexpr double kContentPrior = 4.0;

Xapian::Query any_of(const char* prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const auto& v : values) terms.emplace_back(prefix + v);
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// A plain lowercase word of at least three letters: a candidate compound part.
bool is_plain_word(const std::string& w) {
  if (w.size() < 3) return false;
  for (unsigned char c : w) {
    if (!((c >= 'a' && c <= 'z') || c >= 0x80)) return false;
  }
  return true;
}

// Words staff use for a type of entry, and the type they mean.
const std::map<std::string, std::string>& type_words() {
  static const std::map<std::string, std::string> words = {
      {"casus", "casus"}, {"casussen", "casus"}, {"praktijkvoorbeeld", "casus"}, {"praktijkvoorbeelden", "casus"},
      {"voorbeeld", "casus"}, {"voorbeelden", "casus"}, {"les", "les"}, {"lessen", "les"},
      {"strategie", "strategie"}, {"strategieen", "strategie"}, {"strategieën", "strategie"},
      {"vragen", "vraagset"}, {"gespreksvragen", "vraagset"}, {"vraagset", "vraagset"},
      {"begrip", "begrip"}, {"begrippen", "begrip"}, {"bevinding", "bevinding"}, {"bevindingen", "bevinding"}};
  return words;
}

bool is_question(const std::string& q) {
  static const std::set<std::string> starts = {"wat", "hoe", "welke", "welk", "waarom", "wie", "waar",
                                               "wanneer", "waarmee", "waardoor", "kan", "kun", "moet", "mag"};
  const std::string t = text::trim(q);
  if (!t.empty() && t.back() == '?') return true;
  std::istringstream in(t);
  std::string first;
  in >> first;
  for (auto& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return starts.count(first) > 0;
}

// "wat is …", "wat betekent …", "wat verstaan we onder …": a question for a
// definition, which a `begrip` entry gives.
bool is_definition_question(const std::string& q) {
  std::istringstream in(text::trim(q));
  std::string first, second;
  in >> first >> second;
  first = fold_case(first);
  second = fold_case(second);
  static const std::set<std::string> verbs = {"is", "zijn", "betekent", "betekenen", "houdt", "verstaan", "bedoelen"};
  return first == "wat" && verbs.count(second) > 0;
}

// Xapian quietly reads unbalanced parentheses as plain words; users of the
// advanced syntax are better served by being told. Stray operators and an
// open quote never get here (without_stray_operators). A Dutch message, or "".
std::string syntax_problem(const std::string& q) {
  int depth = 0;
  for (char c : q) {
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (depth < 0) return "er staat een ')' zonder '('";
  }
  if (depth != 0) return "een haakje '(' is niet gesloten";
  return {};
}

// A token thesaurus and compounds may look at: a word, not a phrase or field.
bool is_plain_token(const std::string& t) {
  return t.find_first_of("\":*()") == std::string::npos && !is_operator(t);
}

// A plain token without trailing punctuation ("gr?" -> "gr").
std::string bare(std::string t) {
  while (!t.empty() && std::string("?!.,;").find(t.back()) != std::string::npos) t.pop_back();
  return t;
}

bool is_stopword(const std::string& token, bool question) {
  static const std::set<std::string> question_words = {"waarom", "wanneer", "waar", "waarmee", "waardoor", "welk",
                                                       "welke", "hoe", "wat", "wie", "je", "jullie"};
  const std::string w = fold_case(bare(token));
  return dutch_stopper()(w) || (question && question_words.count(w) > 0);
}

// The words each add this much to every entry that has them: more than BM25
// ever gives, so that entries with more words come first. In a question the
// words count less strictly: some are only the way it is put.
constexpr double kTierWeight = 100.0;
constexpr double kQuestionTierWeight = 1.0;
// A word found in the title counts this much extra (BM25 of the title field).
constexpr double kTitleWeight = 2.0;
// The form as typed counts this much extra over its thesaurus alternatives.
constexpr double kTypedWeight = 4.0;
// Every word close to the others counts their BM25 this much once more.
constexpr double kNearWeight = 1.0;
WordWeights weights_for(bool question) {
  WordWeights w;
  w.tier = question ? kQuestionTierWeight : kTierWeight;
  w.title = kTitleWeight;
  w.typed = kTypedWeight;
  w.near = question ? 0.0 : kNearWeight;
  return w;
}

}  // namespace

std::string translate_operators(const std::string& query) {
  std::string out;
  std::string word;
  bool quoted = false;
  auto flush = [&] {
    if (!quoted && word == "EN") word = "AND";
    else if (!quoted && word == "OF") word = "OR";
    else if (!quoted && word == "NIET") word = "NOT";
    out += word;
    word.clear();
  };
  for (char c : query) {
    if (c == ' ' || c == '\t' || c == '"' || c == '(' || c == ')') {
      flush();
      if (c == '"') quoted = !quoted;
      out += c;
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

QueryBuilder::QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer, const Thesaurus& thesaurus,
                           KnownTerms* known)
    : db_(db), stemmer_(stemmer), thesaurus_(thesaurus), known_(known) {
  parser_.set_database(db);
  parser_.set_stemmer(stemmer);
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_stopper(&dutch_stopper());
  parser_.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  parser_.add_prefix("titel", schema::kTitleText);
  parser_.add_prefix("samenvatting", schema::kSummaryText);
  parser_.add_prefix("organisatie", schema::kOrgText);
  parser_.add_boolean_prefix("thema", schema::kTheme);
  parser_.add_boolean_prefix("type", schema::kType);
  parser_.add_boolean_prefix("jaar", schema::kYear);
  parser_.add_boolean_prefix("domein", schema::kDomain);
  parser_.add_boolean_prefix("doelgroep", schema::kAudience);
  parser_.add_boolean_prefix("id", schema::kId);
}

std::string QueryBuilder::compound_of(const std::string& a, const std::string& b) const {
  if (!is_plain_word(a) || !is_plain_word(b)) return {};
  for (const auto& [head, tail] : {std::pair(b, a), std::pair(a, b)}) {
    for (const std::string_view l : kCompoundLinkers) {
      const std::string c = head + std::string(l) + tail;
      if (has_term("Z" + stemmer_(c))) return c;
    }
  }
  return {};
}

bool QueryBuilder::has_term(const std::string& term) const {
  return known_ ? known_->exists(db_, term) : db_.term_exists(term);
}

bool QueryBuilder::known_word(const std::string& w) const {
  return has_term(w) || has_term("Z" + stemmer_(w));
}

std::string QueryBuilder::split_unknown(const std::string& word) const {
  if (word.size() < kMinCompoundWord || !is_plain_word(word) || known_word(word)) return {};
  const auto in_index = [this](std::string_view part) { return known_word(std::string(part)); };
  const std::vector<std::string> parts = split_compound(word, in_index, in_index, 2);
  return parts.empty() ? std::string() : parts[0] + " " + parts[1];
}

std::string QueryBuilder::join_compounds(const std::string& text) const {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string joined = i + 1 < words.size() ? compound_of(words[i], words[i + 1]) : std::string();
    out += out.empty() ? "" : " ";
    if (joined.empty()) {
      out += words[i];
    } else {
      out += "((" + words[i] + " AND " + words[i + 1] + ") OR " + joined + ")";
      ++i;
    }
  }
  return out;
}

std::vector<std::string> QueryBuilder::take_type_words(std::vector<std::string>& tokens) const {
  // Words inside "quotes" are a phrase and stay as typed: "zeven lessen van".
  std::vector<std::string> types, rest;
  for (const auto& t : tokens) {
    const auto it = type_words().find(fold_case(bare(t)));
    if (is_plain_token(t) && it != type_words().end()) types.push_back(it->second);
    else rest.push_back(t);
  }
  if (types.empty() || rest.empty()) return {};
  tokens = std::move(rest);
  return types;
}

std::vector<std::string> QueryBuilder::take_type_words(std::string& text) const {
  std::vector<std::string> tokens = tokens_of(text);
  std::vector<std::string> types = take_type_words(tokens);
  if (types.empty()) return types;
  text.clear();
  for (const auto& t : tokens) text += (text.empty() ? "" : " ") + t;
  return types;
}

std::vector<std::string> QueryBuilder::forms_of(const std::vector<std::string>& group) {
  std::vector<std::string> forms;
  for (const auto& term : group) forms.push_back(term.find(' ') != std::string::npos ? "\"" + term + "\"" : term);
  return forms;
}

bool QueryBuilder::in_index(const std::vector<std::string>& forms) {
  const auto ask = [&] {
    Xapian::Enquire enquire(db_);
    enquire.set_weighting_scheme(Xapian::BoolWeight());  // any one entry will do
    enquire.set_query(any_form(forms, ""));
    return !enquire.get_mset(0, 1).empty();
  };
  if (!known_) return ask();
  std::string key = "forms";
  for (const auto& f : forms) key += '\x1f' + f;
  return known_->remember(key, ask);
}

std::pair<const std::vector<std::string>*, std::size_t> QueryBuilder::thesaurus_match(
    const std::vector<std::string>& tokens, std::vector<std::string>& folded, std::size_t i) {
  if (!is_plain_token(tokens[i])) return {nullptr, 0};
  auto found = thesaurus_.match_at(folded, i);
  // A term of several words that no entry has in any form ("stakeholder
  // management"): its words count one by one instead.
  if (found.first && found.second > 1 && !in_index(forms_of(*found.first))) {
    found = thesaurus_.match_at(std::vector<std::string>{folded[i]}, 0);
  }
  if (found.first) return found;
  // A plural or possessive of a term: "OD's", "RUD’s", "ODs" (only after an abbreviation).
  const std::string word = folded[i];
  for (const std::string end : {"'s", "\xE2\x80\x99s", "s"}) {
    if (word.size() <= end.size() + 1 || word.compare(word.size() - end.size(), end.size(), end) != 0) continue;
    if (end == "s" && !is_abbreviation(bare(tokens[i]))) continue;
    folded[i] = word.substr(0, word.size() - end.size());
    found = thesaurus_.match_at(folded, i);
    folded[i] = word;
    if (found.first && found.second == 1) return found;
  }
  return {nullptr, 0};
}

std::vector<QueryWord> QueryBuilder::query_words(const std::vector<std::string>& tokens, bool question) {
  std::vector<std::string> folded;
  for (const auto& t : tokens) folded.push_back(is_plain_token(t) ? fold_diacritics(bare(t)) : std::string("\x01"));
  std::vector<QueryWord> words;
  parser_.set_default_op(Xapian::Query::OP_AND);
  for (std::size_t i = 0; i < tokens.size();) {
    std::string label = tokens[i];
    // The ways of saying this word: each becomes one query, all of them
    // together one synonym (so that an entry with both forms does not count twice).
    std::vector<std::string> forms{is_plain_token(tokens[i]) ? bare(tokens[i]) : tokens[i]};
    std::size_t used = 1;
    const auto [group, len] = thesaurus_match(tokens, folded, i);
    if (group) {
      used = len;
      for (std::size_t k = 1; k < len; ++k) label += " " + tokens[i + k];
      forms = forms_of(*group);
      // "OD's" found by "OD": the form as typed counts too.
      if (len == 1 && !thesaurus_.has_term(folded[i])) forms.push_back(bare(tokens[i]));
    } else if (is_plain_token(tokens[i]) && i + 1 < tokens.size() && is_plain_token(tokens[i + 1])) {
      const std::string a = fold_case(bare(tokens[i])), b = fold_case(bare(tokens[i + 1]));
      if (const std::string c = compound_of(a, b); !c.empty()) {
        used = 2;
        label += " " + tokens[i + 1];
        forms = {a + " " + b, c};
      }
    }
    if (used == 1 && !group && is_plain_token(tokens[i])) {
      if (const std::string parts = split_unknown(fold_case(bare(tokens[i]))); !parts.empty()) forms.push_back(parts);
    }
    i += used;
    if (used == 1 && !group && is_plain_token(tokens[i - 1]) && is_stopword(tokens[i - 1], question)) continue;
    QueryWord w{bare(label), any_form(forms, ""), any_form(forms, schema::kTitleText), {}};
    if (group) w.typed = any_form({used == 1 ? bare(label) : "\"" + bare(label) + "\""}, "");
    if (!w.query.empty()) words.push_back(std::move(w));
  }
  return words;
}

Xapian::Query QueryBuilder::any_form(const std::vector<std::string>& forms, const std::string& prefix) {
  std::vector<Xapian::Query> parts;
  for (const auto& f : forms) {
    Xapian::Query q = parser_.parse_query(translate_operators(f), kFlags, prefix);
    if (!q.empty()) parts.push_back(std::move(q));
  }
  if (parts.size() == 1) return parts[0];
  return Xapian::Query(Xapian::Query::OP_SYNONYM, parts.begin(), parts.end());
}

Xapian::Query QueryBuilder::boosted(Xapian::Query q, const std::vector<std::string>& types) const {
  if (types.empty()) {
    // Staff look for lessons, not for the description of a source: without a
    // type word, every entry but a `bron` gets a small prior.
    auto* prior = new Xapian::FixedWeightPostingSource(kContentPrior);
    const Xapian::Query content(Xapian::Query::OP_AND_NOT, Xapian::Query(prior->release()),
                                Xapian::Query(schema::kType + std::string("bron")));
    q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, content);
  }
  for (const auto& type : types) {
    // Boost entries of the named type without requiring it.
    auto* boost = new Xapian::FixedWeightPostingSource(kTypeBoost);
    const Xapian::Query of_type(Xapian::Query::OP_FILTER, Xapian::Query(boost->release()),
                                Xapian::Query(schema::kType + type));
    q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, of_type);
  }
  return q;
}

std::optional<QueryBuilder::Ranked> QueryBuilder::build_ranked(const SearchRequest& request) {
  const std::string text = without_stray_operators(request.query);
  if (text::trim(text).empty()) return std::nullopt;
  if (const std::string problem = syntax_problem(text); !problem.empty()) throw QueryError(problem);
  std::vector<std::string> tokens = tokens_of(text);
  for (const auto& t : tokens) {
    if (is_operator(t) || (t.find_first_of("()") != std::string::npos && t.find('"') == std::string::npos)) {
      return std::nullopt;
    }
  }
  std::vector<std::string> types = take_type_words(tokens);
  const bool question = is_question(text);
  if (types.empty() && is_definition_question(text)) types.push_back("begrip");
  std::vector<QueryWord> words;
  try {
    words = query_words(tokens, question);
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("de zoekvraag kon niet worden gelezen (" + e.get_msg() +
                     "); controleer aanhalingstekens, haakjes en EN/OF/NIET");
  } catch (const Xapian::WildcardError&) {
    throw QueryError("het zoekwoord met * past op te veel woorden; maak het langer");
  }
  if (words.empty()) return std::nullopt;  // only stopwords: the plain parser decides
  Ranked r;
  WordWeights weights = weights_for(question);
  weights.too_common = [this](const std::string& term) {
    const auto ask = [&] { return db_.get_termfreq(term) > near_max_postings_; };
    const std::string key = "near\x1f" + std::to_string(near_max_postings_) + "\x1f" + term;
    return known_ ? known_->remember(key, ask) : ask();
  };
  r.query = filtered(boosted(most_words_first(words, weights), types), request);
  r.every_word = filtered(boosted(every_word(words), types), request);
  r.words = std::move(words);
  return r;
}

Xapian::Query QueryBuilder::parse(const std::string& typed, Xapian::Query::op op) {
  std::string text = without_stray_operators(typed);
  if (text::trim(text).empty()) return Xapian::Query::MatchAll;
  if (const std::string problem = syntax_problem(text); !problem.empty()) throw QueryError(problem);
  const std::vector<std::string> types = take_type_words(text);
  // A question is a bag of words: rank by how many of them an entry has.
  parser_.set_default_op(is_question(text) ? Xapian::Query::OP_OR : op);
  try {
    Xapian::Query q = boosted(
        parser_.parse_query(translate_operators(thesaurus_.expand(join_compounds(text))), kFlags), types);
    // A query of stopwords only: show everything rather than nothing.
    return q.empty() ? Xapian::Query::MatchAll : q;
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("de zoekvraag kon niet worden gelezen (" + e.get_msg() +
                     "); controleer aanhalingstekens, haakjes en EN/OF/NIET");
  } catch (const Xapian::WildcardError&) {
    throw QueryError("het zoekwoord met * past op te veel woorden; maak het langer");
  }
}

std::string QueryBuilder::spelling_suggestion(const std::string& typed) {
  const std::string text = without_stray_operators(typed);
  if (text::trim(text).empty() || !syntax_problem(text).empty()) return {};
  // Kept per query until the index changes (KnownTerms): Xapian's spelling
  // search costs several times the search itself.
  const auto ask = [&] {
    parser_.parse_query(translate_operators(text), kFlags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
    return parser_.get_corrected_query_string();
  };
  try {
    return known_ ? known_->remember_text(text, ask) : ask();
  } catch (const Xapian::Error&) {
    return {};  // nothing kept: a bank that did not answer may answer next time
  }
}

Xapian::Query QueryBuilder::filtered(Xapian::Query q, const SearchRequest& request) const {
  if (!request.themes.empty()) {
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, any_of(schema::kTheme, request.themes));
  }
  if (!request.types.empty()) {
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, any_of(schema::kType, request.types));
  }
  if (!request.audiences.empty()) {
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, any_of(schema::kAudience, request.audiences));
  }
  // Values of one sub-facet are alternatives; different sub-facets narrow each other.
  for (const auto& [name, values] : subfacets_by_name(request.subfacets)) {
    std::vector<std::string> terms;
    for (const auto& v : values) terms.push_back(fold_case(name + ":" + v));
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, any_of(schema::kSubfacet, terms));
  }
  return q;
}

Xapian::Query QueryBuilder::build(const SearchRequest& request, Xapian::Query::op op) {
  return filtered(parse(request.query, op), request);
}

}  // namespace lessenbank
