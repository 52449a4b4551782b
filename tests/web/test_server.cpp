#include <catch2/catch.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "http_client.h"
#include "server_fixture.h"

using namespace lessenbank;
using namespace lessenbank::test;

namespace {

Poco::JSON::Object::Ptr parse_json(const std::string& body) {
  return Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
}

}  // namespace

TEST_CASE("the search page answers in Dutch with results, filters and snippets", "[web]") {
  ServerFixture f;
  const auto r = http_request(f.port(), "/?q=omgevingsvisie");
  CHECK(r.status == 200);
  CHECK(r.content_type == "text/html; charset=utf-8");
  CHECK(r.body.find("<html lang=\"nl\">") != std::string::npos);
  CHECK(r.body.find("href=\"/doc/les-participatie\"") != std::string::npos);
  CHECK(r.body.find("<mark>") != std::string::npos);
  CHECK(r.body.find("Participatie <span class=\"aantal\">") != std::string::npos);
  CHECK(r.header("Content-Security-Policy").find("default-src 'self'") != std::string::npos);
}

TEST_CASE("a theme filter link narrows the results", "[web]") {
  ServerFixture f;
  const auto r = http_request(f.port(), "/?thema=dso");
  CHECK(r.status == 200);
  CHECK(r.body.find("/doc/casus-dso-aansluiten") != std::string::npos);
  CHECK(r.body.find("/doc/casus-markdal") == std::string::npos);
  CHECK(r.body.find("filter verwijderen") != std::string::npos);
}

TEST_CASE("a script in the query comes back escaped", "[web][security]") {
  ServerFixture f;
  const auto r = http_request(f.port(), "/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  CHECK(r.status == 200);
  CHECK(r.body.find("<script>alert(1)</script>") == std::string::npos);
  CHECK(r.body.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("the document page shows rendered Markdown, metadata and links both ways", "[web]") {
  ServerFixture f;
  const auto r = http_request(f.port(), "/doc/casus-markdal");
  CHECK(r.status == 200);
  CHECK(r.body.find("<h1>Breda: omgevingsplan Markdal</h1>") != std::string::npos);
  CHECK(r.body.find("<table>") != std::string::npos);
  CHECK(r.body.find("Gemeente Breda") != std::string::npos);
  CHECK(r.body.find("Testbron over de Omgevingswet") != std::string::npos);  // source by title
  CHECK(r.body.find("Verwijzingen naar dit item") != std::string::npos);
  const auto les = http_request(f.port(), "/doc/les-participatie");
  CHECK(les.body.find("<a href=\"/doc/casus-markdal\">casus Markdal</a>") != std::string::npos);
}

TEST_CASE("unknown pages are 404, bad parameters 400, other methods 405", "[web]") {
  ServerFixture f;
  CHECK(http_request(f.port(), "/bestaat-niet").status == 404);
  CHECK(http_request(f.port(), "/doc/bestaat-niet").status == 404);
  CHECK(http_request(f.port(), "/doc/..%2F..%2Fetc%2Fpasswd").status == 404);
  const auto theme = http_request(f.port(), "/?thema=sport");
  CHECK(theme.status == 400);
  CHECK(theme.body.find("Onbekend thema") != std::string::npos);
  CHECK(http_request(f.port(), "/?pagina=nul").status == 400);
  CHECK(http_request(f.port(), "/api/search?limit=1000").status == 400);
  const auto query = http_request(f.port(), "/api/search?q=%22open%20AND%20(");
  CHECK(query.status == 400);
  CHECK(parse_json(query.body)->getValue<std::string>("error").find("zoekvraag") != std::string::npos);
  CHECK(http_request(f.port(), "/", "POST").status == 405);
  CHECK(http_request(f.port(), "/?q=%FF%FE").status == 400);
  CHECK(http_request(f.port(), "/?q=" + std::string(600, 'a')).status == 400);
  // And the server is still there.
  CHECK(http_request(f.port(), "/").status == 200);
}

TEST_CASE("the JSON API returns hits, facets and documents", "[web][json]") {
  ServerFixture f;
  const auto r = http_request(f.port(), "/api/search?q=Markdal&thema=participatie");
  CHECK(r.status == 200);
  CHECK(r.content_type == "application/json; charset=utf-8");
  const auto o = parse_json(r.body);
  CHECK(o->getValue<std::string>("query") == "Markdal");
  CHECK(o->getValue<int>("total") == 2);
  CHECK(o->getObject("facets")->getObject("thema")->getValue<int>("participatie") == 2);
  const auto doc = http_request(f.port(), "/api/doc/casus-markdal");
  CHECK(doc.status == 200);
  CHECK(parse_json(doc.body)->getValue<std::string>("title") == "Breda: omgevingsplan Markdal");
  CHECK(http_request(f.port(), "/api/doc/nope").status == 404);
}

TEST_CASE("a missing index gives a clear 503, not a crash", "[web]") {
  TempDir dir;
  web::ServerOptions o;
  o.port = 0;
  o.index_dir = dir / "geen-index";
  web::WebServer server(o);
  server.start();
  const auto r = http_request(server.port(), "/?q=x");
  CHECK(r.status == 503);
  CHECK(r.body.find("lessenbank index") != std::string::npos);
}

TEST_CASE("a misspelt query shows the correction and its results - documents show related entries", "[web]") {
  ServerFixture f;
  const auto r = http_request(f.port(), "/?q=participatiemoehied");
  CHECK(r.status == 200);
  CHECK(r.body.find("Resultaten voor “participatiemoeheid”") != std::string::npos);
  // The original query is always offered back, searched exactly as typed.
  CHECK(r.body.find("Zoek in plaats daarvan op <a href=\"/?q=participatiemoehied&amp;precies=1\">") != std::string::npos);
  const auto back = http_request(f.port(), "/?q=participatiemoehied&precies=1");
  CHECK(back.body.find("Resultaten voor “participatiemoeheid”") == std::string::npos);
  CHECK(r.body.find("/doc/les-participatie") != std::string::npos);
  const auto api = parse_json(http_request(f.port(), "/api/search?q=participatiemoehied").body);
  CHECK(api->getValue<std::string>("suggestion") == "participatiemoeheid");
  CHECK(api->getValue<bool>("corrected"));
  const auto doc = http_request(f.port(), "/doc/casus-markdal");
  CHECK(doc.body.find("Meer zoals dit") != std::string::npos);
  const auto doc_json = parse_json(http_request(f.port(), "/api/doc/casus-markdal").body);
  CHECK(doc_json->getArray("more_like_this")->size() > 0);
  CHECK(doc_json->getArray("backlinks")->size() > 0);
}

TEST_CASE("the theme page shows the description, counts and central entries", "[web]") {
  ServerFixture f;
  const auto r = http_request(f.port(), "/thema/participatie");
  CHECK(r.status == 200);
  CHECK(r.body.find("<h1>Participatie</h1>") != std::string::npos);
  CHECK(r.body.find("Meest kenmerkende items") != std::string::npos);
  CHECK(r.body.find("/doc/les-participatie") != std::string::npos);
  CHECK(http_request(f.port(), "/thema/sport").status == 404);
}
