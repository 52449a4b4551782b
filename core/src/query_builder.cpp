#include "query_builder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

#include "facet_groups.h"
#include "lessenbank/error.h"
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

bool is_operator(const std::string& w) {
  return w == "AND" || w == "OR" || w == "NOT" || w == "EN" || w == "OF" || w == "NIET";
}

// Xapian quietly reads a malformed query as plain words; users are better
// served by being told what is wrong. Returns a Dutch message, or "".
std::string syntax_problem(const std::string& q) {
  if (std::count(q.begin(), q.end(), '"') % 2 != 0) return "een aanhalingsteken (\") is niet gesloten";
  int depth = 0;
  for (char c : q) {
    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (depth < 0) return "er staat een ')' zonder '('";
  }
  if (depth != 0) return "een haakje '(' is niet gesloten";
  std::istringstream words(q);
  std::string w, first, last;
  while (words >> w) {
    if (first.empty()) first = w;
    last = w;
  }
  if (is_operator(last)) return "de zoekvraag eindigt met " + last + "; zet er een woord achter";
  if (first != "NOT" && first != "NIET" && is_operator(first)) return "de zoekvraag begint met " + first;
  return {};
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

QueryBuilder::QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer, const Thesaurus& thesaurus)
    : db_(db), stemmer_(stemmer), thesaurus_(thesaurus) {
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

std::string QueryBuilder::join_compounds(const std::string& text) const {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  static const char* const linkers[] = {"", "s", "e", "en"};
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string joined;
    if (i + 1 < words.size() && is_plain_word(words[i]) && is_plain_word(words[i + 1])) {
      for (const auto& [head, tail] : {std::pair(words[i + 1], words[i]), std::pair(words[i], words[i + 1])}) {
        for (const char* l : linkers) {
          const std::string c = head + l + tail;
          if (joined.empty() && db_.term_exists("Z" + stemmer_(c))) joined = c;
        }
      }
    }
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

std::vector<std::string> QueryBuilder::take_type_words(std::string& text) const {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  std::vector<std::string> types, rest;
  for (const auto& w : words) {
    const auto it = type_words().find(w);
    if (it != type_words().end()) types.push_back(it->second);
    else rest.push_back(w);
  }
  if (types.empty() || rest.empty()) return {};
  text.clear();
  for (const auto& w : rest) text += (text.empty() ? "" : " ") + w;
  return types;
}

Xapian::Query QueryBuilder::parse(const std::string& original, Xapian::Query::op op) {
  if (text::trim(original).empty()) return Xapian::Query::MatchAll;
  if (const std::string problem = syntax_problem(original); !problem.empty()) throw QueryError(problem);
  std::string text = original;
  const std::vector<std::string> types = take_type_words(text);
  // A question is a bag of words: rank by how many of them an entry has.
  parser_.set_default_op(is_question(text) ? Xapian::Query::OP_OR : op);
  try {
    Xapian::Query q = parser_.parse_query(translate_operators(thesaurus_.expand(join_compounds(text))), kFlags);
    for (const auto& type : types) {
      // Boost entries of the named type without requiring it.
      auto* boost = new Xapian::FixedWeightPostingSource(kTypeBoost);
      const Xapian::Query of_type(Xapian::Query::OP_FILTER, Xapian::Query(boost->release()),
                                  Xapian::Query(schema::kType + type));
      q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, of_type);
    }
    // A query of stopwords only: show everything rather than nothing.
    return q.empty() ? Xapian::Query::MatchAll : q;
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("de zoekvraag kon niet worden gelezen (" + e.get_msg() +
                     "); controleer aanhalingstekens, haakjes en EN/OF/NIET");
  } catch (const Xapian::WildcardError&) {
    throw QueryError("het zoekwoord met * past op te veel woorden; maak het langer");
  }
}

std::string QueryBuilder::spelling_suggestion(const std::string& text) {
  if (text::trim(text).empty() || !syntax_problem(text).empty()) return {};
  try {
    parser_.parse_query(translate_operators(text), kFlags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
    return parser_.get_corrected_query_string();
  } catch (const Xapian::Error&) {
    return {};
  }
}

Xapian::Query QueryBuilder::build(const SearchRequest& request, Xapian::Query::op op) {
  Xapian::Query q = parse(request.query, op);
  if (!request.themes.empty()) {
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, any_of(schema::kTheme, request.themes));
  }
  if (!request.types.empty()) {
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, any_of(schema::kType, request.types));
  }
  // Values of one sub-facet are alternatives; different sub-facets narrow each other.
  for (const auto& [name, values] : subfacets_by_name(request.subfacets)) {
    std::vector<std::string> terms;
    for (const auto& v : values) terms.push_back(fold_case(name + ":" + v));
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, any_of(schema::kSubfacet, terms));
  }
  return q;
}

}  // namespace lessenbank
