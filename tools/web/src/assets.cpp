// Embedded static assets: nothing is loaded from outside the binary.
#include "handlers.h"

namespace lessenbank::web {

namespace {

constexpr const char* kStylesheet = R"CSS(
:root { --tekst: #1b1b1b; --zacht: #4a4a4a; --accent: #01689b; --accent-donker: #014b70;
  --rand: #c8c8c8; --vlak: #f3f6f8; --markering: #ffe27a; --focus: #e17000; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--tekst); background: #fff; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--accent); }
a:hover { color: var(--accent-donker); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skiplink { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
.skiplink:focus { left: .5rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header.site { background: var(--accent); color: #fff; padding: 1rem 0 1.25rem; }
header.site .logo { color: #fff; font-size: 1.6rem; font-weight: 700; text-decoration: none; }
header.site .tagline { margin: .1rem 0 .8rem; }
.zoekbalk label { display: block; font-weight: 600; margin-bottom: .3rem; }
.zoekveld { display: flex; gap: .5rem; max-width: 46rem; }
.zoekveld input { flex: 1; font: inherit; padding: .55rem .7rem; border: 2px solid #fff; border-radius: 4px; }
.zoekveld button { font: inherit; font-weight: 600; padding: .55rem 1.1rem; border: 2px solid #fff; background: var(--accent-donker); color: #fff; border-radius: 4px; cursor: pointer; }
main { padding: 1.5rem 1.25rem 3rem; }
.kolommen { display: grid; grid-template-columns: 15rem 1fr; gap: 2rem; }
@media (max-width: 50rem) { .kolommen { grid-template-columns: 1fr; } }
.filters h2 { font-size: 1rem; margin: 1rem 0 .4rem; }
.facet { list-style: none; margin: 0; padding: 0; }
.facet a { display: flex; justify-content: space-between; gap: .5rem; padding: .25rem .5rem; border-radius: 4px; text-decoration: none; }
.facet a:hover { background: var(--vlak); }
.facet a.aan { background: var(--accent); color: #fff; font-weight: 600; }
.aantal { color: var(--zacht); font-weight: 400; }
.facet a.aan .aantal { color: #fff; }
.resultaten h1, .resultaten .h1 { font-size: 1.4rem; margin: .5rem 0 .75rem; }
.actief { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.actief a { display: inline-block; padding: .2rem .7rem; border: 1px solid var(--accent); border-radius: 1rem; text-decoration: none; }
.sortering { color: var(--zacht); font-size: .95rem; }
.hits { padding-left: 1.4rem; }
.hit h2 { font-size: 1.15rem; margin: 0 0 .15rem; }
.hit .meta { margin: 0; color: var(--zacht); font-size: .92rem; }
.hit .type { display: inline-block; background: var(--vlak); border: 1px solid var(--rand); border-radius: 3px; padding: 0 .4rem; color: var(--tekst); }
.hit .snippet { margin: .3rem 0 1.2rem; }
mark { background: var(--markering); color: inherit; padding: 0 .1em; }
.pager ul { list-style: none; display: flex; gap: .4rem; padding: 0; flex-wrap: wrap; }
.pager a, .pager span { display: inline-block; min-width: 2.2rem; text-align: center; padding: .3rem .6rem; border: 1px solid var(--rand); border-radius: 4px; }
.pager span[aria-current] { background: var(--accent); color: #fff; border-color: var(--accent); }
.suggestie { background: #fff4d6; border-left: 4px solid var(--focus); padding: .5rem .8rem; }
.leeg, .fout { background: var(--vlak); padding: 1rem 1.25rem; border-radius: 6px; }
.document { max-width: 48rem; }
.document h1 { font-size: 1.8rem; line-height: 1.25; margin: .25rem 0 .5rem; }
.kruimel { color: var(--zacht); margin: 0; }
.samenvatting { font-size: 1.15rem; color: var(--zacht); }
.metadata { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; background: var(--vlak); padding: .8rem 1rem; border-radius: 6px; }
.metadata dt { font-weight: 600; }
.metadata dd { margin: 0; }
.tekst table { border-collapse: collapse; margin: 1rem 0; }
.tekst th, .tekst td { border: 1px solid var(--rand); padding: .3rem .6rem; text-align: left; }
.tekst th { background: var(--vlak); }
.verwijzingen h2 { font-size: 1.15rem; margin-top: 2rem; }
.intro h1 { font-size: 1.5rem; margin: .25rem 0 .5rem; }
.themakaarten { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1rem; margin: 1rem 0 2rem; }
.themakaarten li { border: 1px solid var(--rand); border-radius: 6px; padding: .8rem 1rem; }
.themakaarten a { font-weight: 700; font-size: 1.1rem; }
.themakaarten p { margin: .4rem 0 0; color: var(--zacht); font-size: .95rem; }
.themalijst { margin: 0; padding-left: 1.1rem; }
.reden, .sub { color: var(--zacht); font-size: .92rem; }
.tweedeling { display: grid; grid-template-columns: 1fr 2fr; gap: 2rem; }
@media (max-width: 50rem) { .tweedeling { grid-template-columns: 1fr; } }
.tellingen { list-style: none; padding: 0; }
.kern .meta { color: var(--zacht); font-size: .9rem; }
nav.redacteur { float: right; margin-top: .4rem; }
nav.redacteur, nav.redacteur a { color: #fff; }
nav.redacteur form { display: inline; }
nav.redacteur button { font: inherit; background: none; border: 1px solid #fff; color: #fff; border-radius: 4px; padding: .05rem .5rem; cursor: pointer; }
form.redactie, .inloggen form { max-width: 44rem; }
.veld { margin: 0 0 1rem; }
.veld label, fieldset.veld legend { display: block; font-weight: 600; margin-bottom: .25rem; }
.veld input[type=text], .veld input[type=password], .veld select, .veld textarea { width: 100%; font: inherit; padding: .45rem .6rem; border: 1px solid #6b6b6b; border-radius: 4px; background: #fff; }
.veld textarea { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .95rem; }
.veld input[readonly] { background: var(--vlak); }
fieldset.veld { border: 1px solid var(--rand); border-radius: 4px; padding: .5rem .8rem; }
label.vinkje { display: inline-block; margin-right: 1.2rem; font-weight: 400; }
.hint { margin: 0 0 .3rem; color: var(--zacht); font-size: .92rem; }
.veldfout { margin: .3rem 0 0; color: #b00020; font-weight: 600; }
.heeft-fout input, .heeft-fout textarea, .heeft-fout select { border: 2px solid #b00020; }
.knoppen button, .knop, form.verwijderen button, .melding button, .prullenbak button { font: inherit; font-weight: 600; padding: .5rem 1.1rem; border-radius: 4px; border: 2px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
.knoppen button.tweede, .prullenbak button { background: #fff; color: var(--accent); }
form.verwijderen { margin-top: 2rem; }
form.verwijderen button.gevaar { background: #fff; color: #b00020; border-color: #b00020; }
.prullenbak form { display: inline; margin-left: .5rem; }
.prullenbak li { margin-bottom: .6rem; }
.melding { background: #e6f4ea; border-left: 4px solid #1e7e34; padding: .6rem 1rem; }
.melding form { display: inline; margin-left: .6rem; }
.voorbeeld { border: 2px dashed var(--rand); border-radius: 6px; padding: .5rem 1.2rem; margin-bottom: 1.5rem; }
.voorbeeld h1 { font-size: 1.5rem; }
.bewerken { float: right; }
.fout { color: inherit; }
p.fout { border-left: 4px solid #b00020; background: #fdecee; padding: .6rem 1rem; }
footer.site { border-top: 1px solid var(--rand); color: var(--zacht); font-size: .92rem; padding: 1rem 0 2rem; }
@media print { header.site form, .filters, footer.site, .skiplink { display: none; } header.site { background: none; color: #000; } header.site .logo { color: #000; } a { color: #000; } }
)CSS";

// Suggestions as you type, into the search box's <datalist>. The page works
// without it; nothing is loaded from elsewhere.
constexpr const char* kScript = R"JS(
(function () {
  var box = document.getElementById('q');
  var list = document.getElementById('suggesties');
  if (!box || !list || !window.fetch) return;
  var timer = null, last = '';
  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var typed = box.value.trim();
      if (typed.length < 2 || typed === last) return;
      last = typed;
      fetch('/api/suggest?q=' + encodeURIComponent(typed))
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          while (list.firstChild) list.removeChild(list.firstChild);
          data.suggestions.forEach(function (s) {
            var option = document.createElement('option');
            option.value = s.title;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 120);
  });
})();
)JS";

}  // namespace

Response script() {
  Response r;
  r.content_type = "text/javascript; charset=utf-8";
  r.body = kScript;
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
  r.body = kStylesheet;
  r.headers.emplace_back("Cache-Control", "max-age=3600");
  return r;
}

}  // namespace lessenbank::web
