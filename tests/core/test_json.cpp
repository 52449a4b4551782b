// The API's JSON text (core/src/json_writer.*, lessenbank/json.h): valid for
// every value, escaped as RFC 8259 requires, numbers that read back exactly.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <limits>

#include "json_writer.h"
#include "lessenbank/json.h"

using namespace lessenbank;

namespace {

Poco::JSON::Object::Ptr parse(const std::string& text) {
  return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

SearchHit hit(std::string id, double score) {
  SearchHit h;
  h.id = std::move(id);
  h.title = "Eén \"titel\" met \\ en\ttab";
  h.type = "les";
  h.themes = {"participatie", "dso"};
  h.score = score;
  h.snippet_html = "<mark>Súdwest</mark>-Fryslân\n\x01";
  h.year = 2023;
  return h;
}

}  // namespace

TEST_CASE("JSON writer escapes quotes, backslashes and control bytes and keeps UTF-8", "[json]") {
  JsonWriter w;
  w.begin_object().field("s", std::string("a/b<\"q\"\\ \t\n\r\b\f \x01\x1f\x7f é")).end_object();
  CHECK(w.take() == "{\"s\":\"a/b<\\\"q\\\"\\\\ \\t\\n\\r\\b\\f \\u0001\\u001F\x7f é\"}");
}

TEST_CASE("JSON writer separates members and elements, also after empty arrays and objects", "[json]") {
  JsonWriter w;
  w.begin_object().field("a", std::vector<std::string>{}).key("o").begin_object().end_object();
  w.field("n", 0).field("t", true).field("u", std::uint64_t{18446744073709551615u});
  w.key("l").begin_array().value("x").begin_object().end_object().value(1.5).end_array().end_object();
  CHECK(w.take() == "{\"a\":[],\"o\":{},\"n\":0,\"t\":true,\"u\":18446744073709551615,\"l\":[\"x\",{},1.5]}");
}

TEST_CASE("JSON writer numbers read back exactly", "[json]") {
  for (const double d : {17.84499813542088, 0.1, 1e-7, 3.0, 1e21, -2.5}) {
    JsonWriter w;
    w.begin_object().field("d", d).end_object();
    CHECK(parse(w.take())->getValue<double>("d") == d);
  }
}

// Poco::JSON wrote a score that is not a number as `nan`, which no JSON parser reads.
TEST_CASE("search JSON with a score that is not a number is still valid JSON", "[json]") {
  SearchResult r;
  r.query = "participatie";
  r.hits = {hit("a", std::numeric_limits<double>::quiet_NaN()), hit("b", std::numeric_limits<double>::infinity())};
  const auto o = parse(to_json(r));
  const auto hits = o->getArray("hits");
  REQUIRE(hits->size() == 2);
  CHECK(hits->getObject(0)->isNull("score"));
  CHECK(hits->getObject(1)->isNull("score"));
}

TEST_CASE("search JSON keeps every field of a result and its hits", "[json]") {
  SearchResult r;
  r.query = "participatiemoehied";
  r.suggestion = "participatiemoeheid";
  r.corrected = true;
  r.total = 12;
  r.total_all_words = 3;
  r.not_found = {"xyzzy"};
  r.total_exact = false;
  r.hits = {hit("gen-1", 17.84499813542088)};
  r.facets["type"] = {{"les", 7}, {"casus", 5}};
  r.unanswered_banks = {"noord"};
  const std::string text = to_json(r);
  CHECK(text.rfind("{\"query\":\"participatiemoehied\",\"suggestion\":\"participatiemoeheid\",\"corrected\":true,"
                   "\"original_query\":\"participatiemoehied\",\"total\":12,\"total_all_words\":3,",
                   0) == 0);
  const auto o = parse(text);
  CHECK(o->getValue<bool>("total_exact") == false);
  CHECK(o->getArray("not_found")->getElement<std::string>(0) == "xyzzy");
  const auto h = o->getArray("hits")->getObject(0);
  CHECK(h->getValue<std::string>("title") == "Eén \"titel\" met \\ en\ttab");
  CHECK(h->getValue<std::string>("snippet") == "<mark>Súdwest</mark>-Fryslân\n\x01");
  CHECK(h->getValue<double>("score") == 17.84499813542088);
  CHECK(h->getValue<int>("year") == 2023);
  CHECK(h->getArray("themes")->size() == 2);
  CHECK(h->getArray("missing")->size() == 0);
  CHECK(!h->has("bank"));
  CHECK(o->getObject("facets")->getObject("type")->getValue<int>("casus") == 5);
  CHECK(o->getArray("unanswered_banks")->getElement<std::string>(0) == "noord");
}
