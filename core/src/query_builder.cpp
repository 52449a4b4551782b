#include "query_builder.h"

#include <algorithm>
#include <sstream>

#include "lessenbank/error.h"
#include "schema.h"
#include "stopwords.h"
#include "term_builder.h"
#include "text.h"

namespace lessenbank {

namespace {

// No FLAG_LOVEHATE: Dutch writes suspended compounds such as "veranderfilosofie
// en -strategie", where a leading '-' must not mean "exclude".
constexpr unsigned kFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                            Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PURE_NOT;
constexpr Xapian::termcount kMaxWildcardExpansion = 500;

Xapian::Query any_of(const char* prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const auto& v : values) terms.emplace_back(prefix + v);
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
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

QueryBuilder::QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer) {
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
  parser_.add_boolean_prefix("id", schema::kId);
}

Xapian::Query QueryBuilder::parse(const std::string& text, Xapian::Query::op op) {
  if (text::trim(text).empty()) return Xapian::Query::MatchAll;
  if (const std::string problem = syntax_problem(text); !problem.empty()) throw QueryError(problem);
  parser_.set_default_op(op);
  try {
    Xapian::Query q = parser_.parse_query(translate_operators(text), kFlags);
    // A query of stopwords only: show everything rather than nothing.
    return q.empty() ? Xapian::Query::MatchAll : q;
  } catch (const Xapian::QueryParserError& e) {
    throw QueryError("de zoekvraag kon niet worden gelezen (" + e.get_msg() +
                     "); controleer aanhalingstekens, haakjes en EN/OF/NIET");
  } catch (const Xapian::WildcardError&) {
    throw QueryError("het zoekwoord met * past op te veel woorden; maak het langer");
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
  for (const auto& s : request.subfacets) {
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, Xapian::Query(schema::kSubfacet + fold_case(s)));
  }
  return q;
}

}  // namespace lessenbank
