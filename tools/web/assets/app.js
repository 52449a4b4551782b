// Lessenbank's only script. Every page works without it; it adds:
// - instant search on the search page: results, counts and filters follow the
//   query as it is typed and the filters as they are ticked (from /api/search),
//   and the URL is kept in step (history.replaceState), so it stays the one
//   source of state;
// - title suggestions in the search box on the other pages;
// - the filter disclosure open on wide screens;
// - in the editor: the id follows the title until the editor sets it, and
//   focus on the error summary.
// Nothing is loaded from elsewhere.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var PAGE_SIZE = 10;

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function byId(id) { return document.getElementById(id); }

  function countText(data) {
    return (data.total_exact ? '' : 'ongeveer ') + data.total + (data.total === 1 ? ' resultaat' : ' resultaten');
  }

  function openQuote(q) { return ((q.match(/"/g) || []).length % 2) === 1; }

  // ---- Instant search ----------------------------------------------------

  function InstantSearch(box, form) {
    this.box = box;
    this.form = form;
    this.seq = 0;
    this.timer = null;
    var url = new URLSearchParams(location.search);
    this.sort = url.get('sortering') || '';
    this.labels = {};
    var self = this;
    form.querySelectorAll('input[type=checkbox]').forEach(function (c) { self.labels[c.name + '=' + c.value] = c.dataset.label; });
    box.addEventListener('input', function () {
      clearTimeout(self.timer);
      self.timer = setTimeout(function () { self.run(); }, 200);
    });
    box.form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(self.timer);
      self.run();
    });
    form.addEventListener('change', function () { self.run(); });
    form.addEventListener('submit', function (e) { e.preventDefault(); self.run(); });
  }

  // The search as URL parameters: the box, the ticked filters, the sort order.
  InstantSearch.prototype.params = function () {
    var p = new URLSearchParams();
    var q = this.box.value.trim();
    if (q) p.append('q', q);
    this.form.querySelectorAll('input[type=checkbox]:checked').forEach(function (c) { p.append(c.name, c.value); });
    if (this.sort && (q || this.sort !== 'relevantie')) p.append('sortering', this.sort);
    return p;
  };

  InstantSearch.prototype.run = function () {
    var self = this;
    var p = this.params();
    var seq = ++this.seq;
    var shown = p.toString();
    history.replaceState(null, '', '/' + (shown ? '?' + shown : ''));
    var api = new URLSearchParams(p);
    if (!p.get('q') && !p.get('sortering')) api.append('sortering', 'titel');
    api.append('limit', String(PAGE_SIZE));
    fetch('/api/search?' + api.toString())
      .then(function (r) { return r.json().then(function (data) { return { ok: r.ok, data: data }; }); })
      .then(function (res) {
        if (seq !== self.seq) return;  // an answer to an older query
        if (res.ok) self.render(res.data, p);
        else self.problem(res.data.error || 'De zoekvraag kan niet worden gelezen.');
      })
      .catch(function () {});
  };

  InstantSearch.prototype.problem = function (message) {
    byId('meldingen').innerHTML = '<p class="notitie">' + esc(message) + '</p>';
    byId('zoekstatus').textContent = message;
  };

  InstantSearch.prototype.render = function (data, p) {
    var q = p.get('q') || '';
    var filtered = p.has('thema') || p.has('type') || p.has('voor') || p.has('sub');
    var intro = byId('intro');
    if (intro) intro.hidden = Boolean(q || filtered);
    this.renderHeading(data, q);
    this.renderNotes(data, q, p);
    this.renderFacets(data);
    this.renderChips(p);
    this.renderSort(p, data.hits.length > 0);
    this.renderHits(data);
    this.renderEmpty(data, q, filtered);
    this.renderPager(data, p);
    document.title = (q ? q + ' – zoeken' : 'Zoeken') + ' – Lessenbank';
    this.form.querySelector('input[name=q]').value = q;
  };

  InstantSearch.prototype.renderHeading = function (data, q) {
    var kop = byId('kop');
    var count = countText(data);
    if (data.corrected) kop.textContent = count + ' voor “' + data.suggestion + '”';
    else if (q) kop.textContent = count + ' voor “' + q + '”';
    else kop.innerHTML = 'Alle items <span class="aantal">(' + esc(count) + ')</span>';
    byId('zoekstatus').textContent = count;
  };

  InstantSearch.prototype.renderNotes = function (data, q, p) {
    var h = '';
    if (openQuote(q)) {
      h += '<p class="notitie">Het aanhalingsteken (") in uw zoekvraag was niet gesloten. ' +
           'Er is gezocht alsof het aan het eind gesloten was.</p>';
    }
    if (data.suggestion) {
      var link = new URLSearchParams(p);
      link.set('q', data.suggestion);
      var a = '<a href="/?' + esc(link.toString()) + '">' + esc(data.suggestion) + '</a>';
      h += data.corrected
        ? '<p class="suggestie" role="status">Geen resultaten voor “' + esc(q) + '”. Hieronder staan de resultaten voor “' + a + '”.</p>'
        : '<p class="suggestie">Bedoelde u: ' + a + '?</p>';
    }
    if (data.unanswered_banks) {
      h += '<p class="notitie" role="status">Niet doorzocht, want gaf geen antwoord: ' +
           data.unanswered_banks.map(esc).join(', ') + '.</p>';
    }
    byId('meldingen').innerHTML = h;
  };

  // Counts per group; values that count nothing and are not ticked are hidden.
  InstantSearch.prototype.renderFacets = function (data) {
    var self = this;
    byId('facethint').hidden = data.facets_exact;
    this.form.querySelectorAll('fieldset.facetgroep').forEach(function (set) {
      var group = set.dataset.groep;
      var counts = data.facets[group] || {};
      var list = set.querySelector('ul');
      Object.keys(counts).forEach(function (v) {
        var value = set.dataset.param === 'sub' ? group + ':' + v : v;
        if (!list.querySelector('input[value="' + CSS.escape(value) + '"]')) self.addChoice(set, list, value, v);
      });
      var any = false;
      list.querySelectorAll('li').forEach(function (li) {
        var input = li.querySelector('input');
        var v = set.dataset.param === 'sub' ? input.value.slice(group.length + 1) : input.value;
        var n = counts[v] || 0;
        li.querySelector('.aantal').textContent = (data.facets_exact ? '' : 'ca. ') + n;
        li.hidden = n === 0 && !input.checked;
        any = any || !li.hidden;
      });
      set.hidden = !any;
    });
    var ticked = this.form.querySelectorAll('input[type=checkbox]:checked').length;
    byId('filtertal').textContent = '(' + ticked + ')';
  };

  InstantSearch.prototype.addChoice = function (set, list, value, label) {
    var id = 'f-' + set.dataset.groep + '-' + list.children.length + '-' + Date.now();
    var li = document.createElement('li');
    li.innerHTML = '<input type="checkbox" id="' + esc(id) + '" name="' + esc(set.dataset.param) + '" value="' + esc(value) +
      '" data-label="' + esc(label) + '"> <label for="' + esc(id) + '">' + esc(label) + ' <span class="aantal"></span></label>';
    list.appendChild(li);
    this.labels[set.dataset.param + '=' + value] = label;
  };

  InstantSearch.prototype.renderChips = function (p) {
    var self = this;
    var h = '';
    [['thema', 'Thema: '], ['voor', 'Voor: '], ['sub', ''], ['type', 'Type: ']].forEach(function (g) {
      p.getAll(g[0]).forEach(function (v) {
        var rest = new URLSearchParams();
        p.forEach(function (val, key) { if (!(key === g[0] && val === v)) rest.append(key, val); });
        var label = g[0] === 'sub' ? v.replace(':', ': ') : g[1] + (self.labels[g[0] + '=' + v] || v);
        h += '<li><a href="/?' + esc(rest.toString()) + '">' + esc(label) +
             ' <span aria-hidden="true">×</span><span class="sr"> (filter verwijderen)</span></a></li>';
      });
    });
    var ul = byId('actief');
    ul.innerHTML = h;
    ul.hidden = !h;
  };

  function withParam(p, key, value) {
    var copy = new URLSearchParams(p);
    copy.delete(key);
    if (value) copy.append(key, value);
    var s = copy.toString();
    return '/' + (s ? '?' + s : '');
  }

  // Relevance is offered only with a query.
  InstantSearch.prototype.renderSort = function (p, shown) {
    var q = p.get('q');
    var current = p.get('sortering') || (q ? 'relevantie' : 'titel');
    if (!q && current === 'relevantie') current = 'titel';
    var options = (q ? [['relevantie', 'relevantie']] : []).concat([['jaar', 'nieuwste eerst'], ['titel', 'titel']]);
    var el = byId('sortering');
    el.innerHTML = 'Sorteer op: ' + options.map(function (o) {
      return o[0] === current ? '<strong aria-current="true">' + o[1] + '</strong>'
                              : '<a href="' + esc(withParam(p, 'sortering', o[0])) + '">' + o[1] + '</a>';
    }).join(' · ');
    el.hidden = !shown;
  };

  InstantSearch.prototype.renderHits = function (data) {
    var self = this;
    var ol = byId('hits');
    ol.start = 1;
    ol.innerHTML = data.hits.map(function (hit) {
      var themes = hit.themes.map(function (t) { return self.labels['thema=' + t] || t; }).join(', ');
      var type = self.labels['type=' + hit.type] || hit.type;
      return '<li><article class="hit"><h2><a href="' + esc(hit.bank_url || '/doc/' + hit.id) + '">' + esc(hit.title) + '</a></h2>' +
        '<p class="meta"><span class="type">' + esc(type) + '</span>' +
        (themes ? ' · <span class="themas">' + esc(themes) + '</span>' : '') + (hit.year ? ' · ' + hit.year : '') +
        (hit.bank ? ' · <span class="bank">uit ' + esc(hit.bank) + '</span>' : '') +
        '</p><p class="snippet">' + hit.snippet + '</p></article></li>';  // the snippet is escaped by the server
    }).join('');
    ol.hidden = data.hits.length === 0;
  };

  InstantSearch.prototype.renderEmpty = function (data, q, filtered) {
    var el = byId('leeg');
    el.hidden = data.hits.length > 0;
    if (!el.hidden) {
      el.innerHTML = '<p>Er zijn geen items gevonden' + (q ? ' voor “' + esc(q) + '”' : '') + '.</p><ul>' +
        '<li>Controleer de spelling of gebruik minder woorden.</li>' +
        '<li>Gebruik een algemener woord, zoals <a href="/?q=participatie">participatie</a> of ' +
        '<a href="/?q=samenwerking">samenwerking</a>.</li>' +
        (filtered ? '<li>Zet een of meer filters uit.</li>' : '') + '</ul>';
    }
  };

  InstantSearch.prototype.renderPager = function (data, p) {
    var pages = Math.ceil(data.total / PAGE_SIZE);
    var nav = byId('pager');
    nav.hidden = pages <= 1 || data.hits.length === 0;
    if (nav.hidden) return;
    var h = '<li><span aria-current="page">1</span></li>';
    for (var i = 2; i <= Math.min(pages, 5); i++) h += '<li><a href="' + esc(withParam(p, 'pagina', String(i))) + '">' + i + '</a></li>';
    h += '<li><a rel="next" href="' + esc(withParam(p, 'pagina', '2')) + '">Volgende</a></li>';
    nav.innerHTML = '<ul>' + h + '</ul>';
  };

  // ---- Suggestions (pages without instant search) ---------------------------

  function suggestions(box, list) {
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
  }

  // ---- Filter disclosure: open beside the results on wide screens -----------

  function filterPanel(panel) {
    var wide = window.matchMedia('(min-width: 50rem)');
    var follow = function () { panel.open = wide.matches; };
    follow();
    wide.addEventListener('change', follow);
  }

  // ---- Editor ----------------------------------------------------------------

  // The same rule as the server's slug_from_title: lowercase, no diacritics,
  // '-' between words, at most 80 characters.
  function slug(title) {
    var s = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '');
    return s.slice(0, 80).replace(/-+$/, '');
  }

  // A new entry's id follows its title until the editor types an id.
  function idFollowsTitle(title, id) {
    var following = id.value === '' || id.value === slug(title.value);
    title.addEventListener('input', function () { if (following) id.value = slug(title.value); });
    id.addEventListener('input', function () { following = id.value === ''; });
  }

  var box = byId('q');
  var filterForm = byId('filterform');
  if (box && filterForm && window.fetch && window.history && window.URLSearchParams) new InstantSearch(box, filterForm);
  else if (box && byId('suggesties') && window.fetch) suggestions(box, byId('suggesties'));
  if (byId('filterpaneel') && window.matchMedia) filterPanel(byId('filterpaneel'));
  var title = byId('titel'), id = byId('id');
  if (title && id && !id.readOnly) idFollowsTitle(title, id);
  var summary = byId('foutoverzicht');
  if (summary) summary.focus();
})();
