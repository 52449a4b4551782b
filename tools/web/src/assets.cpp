// GET /static/style.css, /static/app.js, /opensearch.xml: the embedded assets
// (tools/web/assets/) and the OpenSearch description.
#include "embedded_assets.h"
#include "handlers.h"

namespace lessenbank::web {

Response script() {
  Response r;
  r.content_type = "text/javascript; charset=utf-8";
  r.body = assets::kScript;
  r.headers.emplace_back("Cache-Control", "max-age=3600");
  return r;
}

Response opensearch(const Request& req) {
  // Browsers want absolute templates: built from the (validated) Host header.
  const std::string base = "http://" + (req.host.empty() ? std::string("127.0.0.1:8080") : req.host);
  Response r;
  r.content_type = "application/opensearchdescription+xml; charset=utf-8";
  r.body =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
      "  <ShortName>Lessenbank</ShortName>\n"
      "  <Description>Lessen en praktijkvoorbeelden bij de invoering van de Omgevingswet</Description>\n"
      "  <InputEncoding>UTF-8</InputEncoding>\n"
      "  <Language>nl</Language>\n"
      "  <Url type=\"text/html\" method=\"get\" template=\"" + base + "/?q={searchTerms}\"/>\n"
      "  <Url type=\"application/json\" method=\"get\" template=\"" + base + "/api/search?q={searchTerms}\"/>\n"
      "</OpenSearchDescription>\n";
  return r;
}

Response stylesheet() {
  Response r;
  r.content_type = "text/css; charset=utf-8";
  r.body = assets::kStylesheet;
  r.headers.emplace_back("Cache-Control", "max-age=3600");
  return r;
}

}  // namespace lessenbank::web
