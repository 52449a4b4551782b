// FacetSpy counts each local document's facet value at once (issue 15 item 2,
// round 2) instead of keeping Xapian's map of whole values: its counts must be
// exactly those of Xapian's own ValueCountMatchSpy, which remote banks still use.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <sstream>

#include "facet_spy.h"
#include "schema.h"

using namespace lessenbank;

// The bundled corpus classified by the four theme plugins (test_facets.cpp).
const std::filesystem::path& corpus_index();

namespace {

// Facet counts decoded from Xapian's own ValueCountMatchSpy (whole values,
// as a remote bank sends them): the reference for FacetSpy.
std::map<std::string, std::size_t> reference_counts(const Xapian::ValueCountMatchSpy& spy) {
  std::map<std::string, std::size_t> out;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    const std::string key = *it;
    std::vector<std::string> fields(1);
    for (char c : key) {
      if (c == '\x1f') {
        fields.emplace_back();
      } else {
        fields.back().push_back(c);
      }
    }
    REQUIRE(fields.size() == 4);
    const auto each_line = [](const std::string& s, const std::function<void(const std::string&)>& f) {
      std::istringstream in(s);
      for (std::string line; std::getline(in, line);) {
        if (!line.empty()) f(line);
      }
    };
    out["type:" + fields[0]] += it.get_termfreq();
    each_line(fields[1], [&](const std::string& t) { out["thema:" + t] += it.get_termfreq(); });
    each_line(fields[2], [&](const std::string& l) { out["sub:" + l] += it.get_termfreq(); });
    each_line(fields[3], [&](const std::string& a) { out["doelgroep:" + a] += it.get_termfreq(); });
  }
  return out;
}

std::map<std::string, std::size_t> flat_counts(const FacetSpy& spy) {
  std::map<std::string, std::size_t> out;
  for (const auto& [v, n] : spy.types()) out["type:" + v] = n;
  for (const auto& [v, n] : spy.themes()) out["thema:" + v] = n;
  for (const auto& [v, n] : spy.audiences()) out["doelgroep:" + v] = n;
  for (const auto& [name, values] : spy.subfacets()) {
    for (const auto& [v, n] : values) out["sub:" + name + "\t" + v] = n;
  }
  return out;
}

}  // namespace

TEST_CASE("facets counted per document give exactly the counts of Xapian's whole-value spy", "[search][cost][facets]") {
  const Xapian::Database db(corpus_index().string());
  REQUIRE(db.get_doccount() > 100);
  for (const std::string word : {"", "participatie", "gemeente", "samenwerking"}) {
    INFO(word);
    Xapian::Enquire enquire(db);
    enquire.set_query(word.empty() ? Xapian::Query::MatchAll : Xapian::Query("Z" + Xapian::Stem("dutch")(word)));
    FacetSpy spy;
    Xapian::ValueCountMatchSpy whole(schema::kSlotFacets);
    enquire.add_matchspy(&spy);
    enquire.add_matchspy(&whole);
    enquire.get_mset(0, 10, 50);  // a sample: both spies see the same documents
    REQUIRE(whole.get_total() > 0);
    CHECK(spy.seen() == whole.get_total());
    const auto expected = reference_counts(whole);
    CHECK(std::count_if(expected.begin(), expected.end(), [](const auto& c) { return c.first.rfind("sub:", 0) == 0; }) > 3);
    CHECK(flat_counts(spy) == expected);
  }
}
