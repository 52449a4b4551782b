// Real-browser tests of the Lessenbank web UI: headless Debian Chromium driven
// by playwright-core, accessibility checked with axe-core (every rule axe runs
// by default: 0 violations of any impact). Every page type is photographed at
// desktop (1366x900) and mobile (390x844) size.
//
//   node ui_test.js <lessenbank-binary> <corpus-dir> <screenshot-dir>
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');
const { chromium } = require('playwright-core');

const [binary, corpus, shots] = process.argv.slice(2).map((a) => path.resolve(a));
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const results = { passed: 0, failed: 0 };

const PASSWORD = 'browser-test-wachtwoord';
const DESKTOP = { width: 1366, height: 900 };
const MOBILE = { width: 390, height: 844 };

// A copy of the corpus (the editor flow writes to it) and one editor account.
function startServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessenbank-browser-'));
  fs.cpSync(corpus, path.join(dir, 'corpus'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'lessenbank.xml'),
    '<lessenbank><corpus>corpus</corpus><index>index</index><redacteuren>redacteuren.xml</redacteuren></lessenbank>');
  const config = path.join(dir, 'lessenbank.xml');
  const added = spawnSync(binary, ['editor', 'add', 'tester', '--config', config], { input: PASSWORD + '\n', cwd: dir });
  if (added.status !== 0) throw new Error('editor add failed: ' + added.stderr);
  const server = spawn(binary, ['serve', '--port', '0', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + out)), 60000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve({ server, base: `http://127.0.0.1:${m[1]}`, dir }); }
    });
    server.stderr.on('data', (chunk) => { out += chunk; });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

// Every rule axe runs by default (WCAG 2.x A/AA and best practices): nothing of any impact.
async function checkAccessibility(page, name) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3), help: v.help }));
  });
  for (const v of found) console.log(`  axe ${name}: ${v.impact} ${v.id} ${v.help} at ${v.nodes.join(', ')}`);
  assert.deepStrictEqual(found.map((v) => `${v.impact} ${v.id}`), [], `${name}: accessibility violations`);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

// A page type at both sizes: screenshot and axe at each.
async function capture(page, name) {
  const before = page.viewportSize();
  for (const [size, viewport] of [['desktop', DESKTOP], ['mobiel', MOBILE]]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(50);
    await shot(page, `${name}-${size}`);
    await checkAccessibility(page, `${name} (${size})`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name} (${size}): the page is ${overflow}px wider than the screen`);
  }
  await page.setViewportSize(before);
}

async function test(name, fn) {
  try {
    await fn();
    results.passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    results.failed++;
    console.log(`not ok - ${name}\n  ${String(e.stack || e).split('\n').join('\n  ')}`);
  }
}

const numberIn = (text) => Number(String(text).match(/\d+/)[0]);

async function signIn(page, base) {
  await page.goto(base + '/inloggen');
  await page.fill('#naam', 'tester');
  await page.fill('#wachtwoord', PASSWORD);
  await page.click('button:has-text("Inloggen")');
  await page.waitForURL(base + '/redactie');
}

// The count shown beside a filter value (checkbox `name`=`value`).
async function facetCount(page, name, value) {
  const li = page.locator(`#filterform li:has(input[name="${name}"][value="${value}"])`);
  return numberIn(await li.locator('.aantal').textContent());
}

async function fillNewCase(page, title) {
  await page.fill('#titel', title);
  await page.selectOption('#type', 'casus');
  await page.check('input[name="themas"][value="participatie"]');
  await page.fill('#samenvatting', 'Inwoners werden mede-eigenaar van het zonnepark.');
  await page.fill('#bron_document', 'bron-leren-decentraliseren');
  await page.selectOption('#domein', 'fysiek');
  await page.fill('#jaar', '2025');
  await page.fill('#organisaties', 'Gemeente Eemnes');
  await page.check('input[name="doelgroep"][value="gemeente"]');
  await page.fill('#peildatum', '2021-06-09');
  await page.fill('#tekst', '## Aanpak\n\nDe gemeente organiseerde drie avonden met bewoners.');
}

(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const { server, base, dir } = await startServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // bypassCSP only lets the test inject axe-core; the server's CSP stays as it is.
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'nl-NL', bypassCSP: true });
  const page = await context.newPage();
  const mobile = await browser.newContext({ viewport: MOBILE, locale: 'nl-NL', bypassCSP: true, isMobile: true, hasTouch: true });
  const phone = await mobile.newPage();
  const noScript = await browser.newContext({ viewport: DESKTOP, locale: 'nl-NL', javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const external = [];
  for (const p of [page, phone, plain]) p.on('request', (req) => { if (!req.url().startsWith(base)) external.push(req.url()); });
  const scriptErrors = [];
  for (const p of [page, phone]) p.on('pageerror', (e) => scriptErrors.push(String(e)));

  await test('start page shows what is in the knowledge base', async () => {
    await page.goto(base + '/');
    assert.strictEqual(await page.getAttribute('html', 'lang'), 'nl');
    assert.strictEqual(await page.textContent('h1'), 'Wat staat er in de lessenbank?');
    assert.ok(await page.isVisible('.themakaarten a[href="/thema/dso"]'));
    assert.ok(await page.isVisible('a[href="/?type=casus"]'));
    await capture(page, '01-start');
  });

  await test('item 1: results follow the query as it is typed, and the URL follows too', async () => {
    await page.goto(base + '/');
    await page.type('#q', 'participatie inwoners', { delay: 20 });
    await page.waitForFunction(() => /resultaten? voor “participatie inwoners”/.test(document.getElementById('kop').textContent));
    assert.ok(page.url().endsWith('/?q=participatie+inwoners'), page.url());
    assert.strictEqual(await page.isVisible('#intro'), false, 'the introduction gives way to the results');
    assert.ok((await page.locator('#hits .hit mark').count()) > 0, 'highlighted matches');
    assert.ok((await page.locator('#hits .hit .type').count()) > 0, 'each result shows its type');
    // The instant result equals the server's page for the same URL.
    const instant = await page.locator('#hits .hit h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const kop = await page.textContent('#kop');
    await page.reload();
    assert.deepStrictEqual(await page.locator('#hits .hit h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), instant);
    assert.strictEqual((await page.textContent('#kop')).trim(), kop.trim());
    // On a wide screen the tall filter column must not push the results down:
    // the sort line follows the heading and its notes directly.
    const kopBottom = await page.evaluate(() => document.getElementById('meldingen').getBoundingClientRect().bottom);
    const firstTop = await page.evaluate(() => document.querySelector('#hits .hit').getBoundingClientRect().top);
    assert.ok(firstTop - kopBottom < 120, `gap of ${firstTop - kopBottom}px between the heading and the first result`);
    await capture(page, '02-zoeken');
  });

  await test('item 1: without JavaScript the search and the filter form work as plain pages', async () => {
    await plain.goto(base + '/');
    await plain.fill('#q', 'participatie');
    await plain.press('#q', 'Enter');
    await plain.waitForURL(/\?q=participatie/);
    assert.match(await plain.textContent('h1'), /^\d+ resultaten voor “participatie”$/);
    await plain.click('#filterpaneel summary');
    await plain.check('input[name="type"][value="casus"]');
    await plain.check('input[name="type"][value="les"]');
    await plain.click('button:has-text("Filters toepassen")');
    await plain.waitForURL((u) => u.searchParams.getAll('type').sort().join() === 'casus,les');
    const types = await plain.locator('#hits .hit .type').allTextContents();
    assert.ok(types.length > 0 && types.every((t) => t === 'Casus' || t === 'Les'), types.join());
  });

  await test('item 2: facets are OR within a group, AND across groups, counted without their own selection', async () => {
    await page.goto(base + '/?q=gemeente');
    const casus = await facetCount(page, 'type', 'casus');
    const les = await facetCount(page, 'type', 'les');
    await page.check('input[name="type"][value="casus"]');
    await page.waitForFunction((n) => Number(document.getElementById('kop').textContent.match(/\d+/)[0]) === n, casus);
    // Regression: the other types stayed, with their own counts.
    assert.ok(await page.isVisible('input[name="type"][value="les"]'), 'Les can still be chosen');
    assert.strictEqual(await facetCount(page, 'type', 'les'), les);
    await page.check('input[name="type"][value="les"]');
    await page.waitForFunction((n) => Number(document.getElementById('kop').textContent.match(/\d+/)[0]) === n, casus + les);
    assert.deepStrictEqual(new URL(page.url()).searchParams.getAll('type').sort(), ['casus', 'les']);
    // Themes: choosing a second theme widens the results by at most its count.
    const before = numberIn(await page.textContent('#kop'));
    const dso = await facetCount(page, 'thema', 'dso');
    await page.check('input[name="thema"][value="participatie"]');
    await page.waitForFunction(() => document.getElementById('filtertal').textContent === '(3)');
    await page.waitForFunction(() => location.search.includes('thema=participatie'));
    await page.waitForTimeout(300);
    const one = numberIn(await page.textContent('#kop'));
    assert.ok(one <= before);
    assert.strictEqual(await facetCount(page, 'thema', 'dso'), dso, 'the other theme keeps its count');
    await page.check('input[name="thema"][value="dso"]');
    await page.waitForFunction(() => location.search.includes('thema=dso'));
    await page.waitForTimeout(300);
    const two = numberIn(await page.textContent('#kop'));
    assert.ok(two >= one && two <= one + dso, `${one} <= ${two} <= ${one} + ${dso}`);
    // The URL is the state: the server renders the same page from it.
    const url = page.url();
    await page.goto(url);
    assert.strictEqual(numberIn(await page.textContent('#kop')), two);
    assert.strictEqual(await page.locator('#filterform input:checked').count(), 4);
    assert.ok(await page.isVisible('ul.actief a:has-text("Thema: DSO")'));
    await capture(page, '03-filters');
    // A chip removes its filter.
    await page.click('ul.actief a:has-text("Thema: DSO")');
    await page.waitForURL((u) => !u.search.includes('thema=dso'));
    assert.strictEqual(numberIn(await page.textContent('#kop')), one);
  });

  await test('item 3: on a phone the first result is above the fold; filters wait behind "Filters (n)"', async () => {
    await phone.goto(base + '/?q=participatie');
    const summary = phone.locator('#filterpaneel > summary');
    assert.strictEqual((await summary.textContent()).trim(), 'Filters (0)');
    assert.strictEqual(await phone.getAttribute('#filterpaneel', 'open'), null, 'closed on a phone');
    const first = await phone.locator('#hits .hit').first().boundingBox();
    assert.ok(first.y + 40 < MOBILE.height, `first result at y=${first.y}`);
    await summary.click();
    await phone.check('input[name="thema"][value="participatie"]');
    await phone.waitForFunction(() => document.getElementById('filtertal').textContent === '(1)');
    await phone.goto(base + '/?q=participatie&thema=participatie&type=casus');
    assert.strictEqual((await summary.textContent()).trim(), 'Filters (2)');
    const again = await phone.locator('#hits .hit').first().boundingBox();
    assert.ok(again.y + 40 < MOBILE.height, `first filtered result at y=${again.y}`);
    await shot(phone, '12-mobiel-filters-dicht');
    await summary.click();
    await shot(phone, '12-mobiel-filters-open');
  });

  await test('item 3: document pages fit a phone: no horizontal overflow, long theme names wrap', async () => {
    const ids = ['ld-casus-borne-mijn-borne-2030'];
    await phone.goto(base + '/?thema=organisatieontwikkeling&thema=regionale-samenwerking&sortering=titel');
    ids.push(...(await phone.locator('#hits .hit h2 a').evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href').slice(5)))));
    for (const id of ids) {
      await phone.goto(base + '/doc/' + id);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${id}: page overflows by ${overflow}px`);
      const box = await phone.locator('dl.metadata').boundingBox();
      assert.ok(box.x + box.width <= MOBILE.width, `${id}: metadata box ends at ${box.x + box.width}`);
      const inner = await phone.evaluate(() => {
        const dl = document.querySelector('dl.metadata');
        return dl.scrollWidth - dl.clientWidth;
      });
      assert.ok(inner <= 0, `${id}: metadata content overflows by ${inner}px`);
      for (const link of await phone.locator('dl.metadata .themalijst > li > a').all()) {
        const b = await link.boundingBox();
        assert.ok(b.x + b.width <= box.x + box.width, `${id}: theme name cut off`);
      }
    }
  });

  await test('item 4: an unclosed quote keeps the query in the box and searches as if closed', async () => {
    const r = await page.goto(base + '/?q=' + encodeURIComponent('"omgevingsvisie'));
    assert.strictEqual(r.status(), 200);
    assert.strictEqual(await page.inputValue('#q'), '"omgevingsvisie');
    assert.match(await page.textContent('#meldingen'), /aanhalingsteken.*niet gesloten/);
    assert.ok((await page.locator('#hits .hit').count()) > 0, 'results for the closed phrase');
    await capture(page, '04-open-aanhalingsteken');
    // Typing one keeps the results coming (the API closes it too).
    await page.goto(base + '/');
    await page.type('#q', '"omgevings', { delay: 20 });
    await page.waitForFunction(() => /niet gesloten/.test(document.getElementById('meldingen').textContent));
    // A stray operator is dropped, not refused (issue 12).
    const stray = await page.goto(base + '/?q=' + encodeURIComponent('zaak EN'));
    assert.strictEqual(stray.status(), 200);
    assert.ok((await page.locator('#hits .hit').count()) > 0, 'results for "zaak"');
    // An unreadable query: the query stays in the box, with the reason.
    const bad = await page.goto(base + '/?q=' + encodeURIComponent('zaak )'));
    assert.strictEqual(bad.status(), 400);
    assert.strictEqual(await page.inputValue('#q'), 'zaak )');
    assert.match(await page.textContent('main'), /zonder/);
    await capture(page, '05-onleesbare-zoekvraag');
  });

  await test('item 5: a page past the end says which pages exist and links back', async () => {
    await page.goto(base + '/?q=participatie&pagina=99');
    const h1 = (await page.textContent('h1')).trim();
    assert.strictEqual(h1, 'Pagina 99 bestaat niet');
    const text = await page.textContent('main');
    assert.ok(!/Er zijn geen items gevonden/.test(text), 'no "nothing found" beside a count');
    assert.match(text, /heeft \d+ resultaten, verdeeld over \d+ pagina/);
    await capture(page, '06-voorbij-laatste-pagina');
    await page.click('a:has-text("(de laatste)")');
    await page.waitForURL(/pagina=\d+/);
    assert.ok((await page.locator('#hits .hit').count()) > 0);
  });

  await test('item 6: "relevantie" is offered only with a query', async () => {
    await page.goto(base + '/?type=casus');
    assert.ok(!(await page.textContent('#sortering')).includes('relevantie'));
    assert.match(await page.textContent('#sortering strong'), /titel/);
    await page.goto(base + '/?q=participatie');
    assert.ok((await page.textContent('#sortering')).includes('relevantie'));
    await page.fill('#q', '');
    await page.waitForFunction(() => !document.getElementById('sortering').textContent.includes('relevantie'));
  });

  await test('item 7: theme reasons are folded under "Waarom dit thema?" in plain Dutch', async () => {
    await page.goto(base + '/doc/ld-casus-borne-mijn-borne-2030');
    const text = await page.textContent('main');
    assert.ok(!/getagd in|herkend aan|\(tekst\)/.test(text), 'no technical reasons');
    const why = page.locator('details.waarom').first();
    assert.strictEqual(await why.getAttribute('open'), null, 'folded');
    assert.match(await why.locator('summary').textContent(), /^Waarom dit thema\?/);
    await why.locator('summary').click();
    assert.match(await why.locator('p').textContent(), /^(De redactie heeft|Dit thema is automatisch herkend)/);
    assert.strictEqual(await page.locator('h1').count(), 1, 'one h1 per page');
    await capture(page, '07-document');
  });

  await test('item 8: a theme on nearly every entry points to the sub-facets that do filter', async () => {
    await page.goto(base + '/?sortering=titel');
    assert.match(await page.textContent('#filterform li:has(input[value="organisatieontwikkeling"])'), /bijna alle items/);
    for (const name of ['Doelgroep', 'Onderdeel', 'Samenwerkingsverband', 'Instrument']) {
      assert.ok(await page.isVisible(`#filterform .verfijnen legend:has-text("${name}")`), name);
    }
    const all = numberIn(await page.textContent('#kop'));
    const instrument = page.locator('#filterform fieldset[data-groep="instrument"] input').first();
    await instrument.check();
    await page.waitForFunction(() => location.search.includes('sub=instrument'));
    await page.waitForTimeout(300);
    const fewer = numberIn(await page.textContent('#kop'));
    assert.ok(fewer > 0 && fewer < all / 2, `${fewer} of ${all}`);
    await page.goto(base + '/thema/organisatieontwikkeling');
    assert.match(await page.textContent('main'), /staat bij bijna alle items/);
    await capture(page, '08-thema-breed');
    await page.goto(base + '/thema/participatie');
    assert.strictEqual((await page.textContent('h1')).trim(), 'Participatie');
    await capture(page, '09-thema');
  });

  await test('keyboard only: skip link, search box, a result, with visible focus', async () => {
    const kb = await context.newPage();
    await kb.goto(base + '/');
    await kb.keyboard.press('Tab');
    assert.strictEqual(await kb.evaluate(() => document.activeElement.className), 'skiplink');
    await kb.keyboard.press('Tab');
    await kb.keyboard.press('Tab');
    assert.strictEqual(await kb.evaluate(() => document.activeElement.id), 'q');
    const outline = await kb.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notStrictEqual(outline, 'none', 'focus is visible');
    await kb.keyboard.type('Borne');
    await kb.keyboard.press('Enter');
    await kb.waitForSelector('#hits .hit');
    for (let i = 0; i < 80; i++) {
      await kb.keyboard.press('Tab');
      const href = await kb.evaluate(() => document.activeElement.getAttribute('href') || '');
      if (href.startsWith('/doc/')) break;
    }
    const target = await kb.evaluate(() => document.activeElement.getAttribute('href'));
    assert.ok(target && target.startsWith('/doc/'), 'reached a result by Tab');
    await shot(kb, '10-toetsenbord-focus');
    await kb.keyboard.press('Enter');
    await kb.waitForURL(base + target);
    await kb.close();
  });

  await test('suggestions appear while typing on pages without instant results', async () => {
    await page.goto(base + '/thema/dso');
    await page.type('#q', 'omgevingsv', { delay: 30 });
    await page.waitForFunction(() => document.querySelectorAll('#suggesties option').length > 0, null, { timeout: 5000 });
    const first = await page.getAttribute('#suggesties option', 'value');
    assert.match(first, /omgevingsvisie/i);
  });

  await test('empty result, misspelling and 404 pages', async () => {
    await page.goto(base + '/?q=zeppelinhangaar');
    assert.ok(await page.isVisible('#leeg'));
    await capture(page, '11-leeg');
    // A clear misspelling is searched as corrected, says so, and offers the typed query back.
    await page.goto(base + '/?q=particpatie');
    assert.match(await page.textContent('#kop'), /voor “participatie”/);
    const back = page.locator('.suggestie a:has-text("particpatie")');
    assert.ok(await back.isVisible(), 'the original query is offered back');
    assert.match(await back.getAttribute('href'), /precies=1/);
    await capture(page, '13-spelling');
    const r = await page.goto(base + '/bestaat-niet');
    assert.strictEqual(r.status(), 404);
    await capture(page, '14-niet-gevonden');
  });

  await test('the document page prints without search chrome', async () => {
    await page.goto(base + '/doc/ld-casus-borne-mijn-borne-2030');
    await page.emulateMedia({ media: 'print' });
    assert.strictEqual(await page.isVisible('header.site form'), false);
    await page.emulateMedia({ media: 'screen' });
  });

  await test('sign-in and editor home', async () => {
    await page.goto(base + '/inloggen');
    await capture(page, '20-inloggen');
    await signIn(page, base);
    await capture(page, '21-redactie');
    await signIn(phone, base);
  });

  await test('item 9: a new entry\'s id follows the title until the editor sets it; never "item"', async () => {
    await page.goto(base + '/redactie/nieuw');
    await capture(page, '22-nieuw-item');
    await page.fill('#samenvatting', 'Zonder titel verstuurd.');
    await page.click('button:has-text("Opslaan")');
    await page.waitForSelector('#foutoverzicht');
    assert.strictEqual(await page.inputValue('#id'), '', 'no id "item" after a missing title');
    assert.strictEqual(await page.locator('#foutoverzicht a[href="#id"]').count(), 0, 'the empty id is not an error of its own');
    await page.type('#titel', 'Zonnepark Eemnes met inwoners');
    assert.strictEqual(await page.inputValue('#id'), 'zonnepark-eemnes-met-inwoners');
    await page.fill('#id', 'eigen-id');
    await page.type('#titel', ' (2)');
    assert.strictEqual(await page.inputValue('#id'), 'eigen-id', 'an id the editor typed stays');
    // Without JavaScript the server derives the id from the title.
    for (const c of await context.cookies()) await noScript.addCookies([c]);
    await plain.goto(base + '/redactie/nieuw');
    await fillNewCase(plain, 'Windpark Houten zonder script');
    await plain.click('button:has-text("Opslaan")');
    await plain.waitForURL(/\/doc\/windpark-houten-zonder-script\?opgeslagen=1/);
  });

  await test('item 10: fields keep what was typed; wrong years stay visible and are refused; focus on the summary', async () => {
    await page.goto(base + '/redactie/nieuw');
    await fillNewCase(page, 'Jaartallen proberen');
    await page.fill('#jaar', 'twintig');
    await page.fill('#peildatum', 'gisteren');
    await page.fill('#organisaties', 'Gemeente Eemnes\nProvincie Utrecht');
    await page.click('button:has-text("Opslaan")');
    await page.waitForSelector('#foutoverzicht');
    assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'foutoverzicht', 'focus on the error summary');
    assert.strictEqual(await page.inputValue('#jaar'), 'twintig', 'the wrong year stays visible');
    assert.strictEqual(await page.inputValue('#organisaties'), 'Gemeente Eemnes\nProvincie Utrecht');
    assert.strictEqual(await page.inputValue('#titel'), 'Jaartallen proberen');
    assert.strictEqual(await page.inputValue('#peildatum'), 'gisteren');
    assert.ok(await page.isVisible('#foutoverzicht a[href="#peildatum"]'));
    assert.ok(await page.isChecked('input[name="doelgroep"][value="gemeente"]'));
    assert.ok(await page.isChecked('input[name="themas"][value="participatie"]'));
    assert.match(await page.title(), /^Fout: /);
    await capture(page, '23-foutmeldingen');
    await page.click('#foutoverzicht a[href="#jaar"]');
    assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'jaar');
    await page.fill('#peildatum', '2021-06-09');
    for (const year of ['2099', '1989', String(new Date().getUTCFullYear() + 2)]) {
      await page.fill('#jaar', year);
      await page.click('button:has-text("Opslaan")');
      await page.waitForSelector('#foutoverzicht a[href="#jaar"]');
      assert.strictEqual(await page.inputValue('#jaar'), year, `${year} stays visible`);
      assert.match(await page.textContent('#jaar-fout'), /1990 tot en met/);
    }
    const ok = String(new Date().getUTCFullYear() + 1);
    await page.fill('#jaar', ok);
    await page.click('button:has-text("Opslaan")');
    await page.waitForURL(/\/doc\/jaartallen-proberen\?opgeslagen=1/);
  });

  await test('item 11: Enter in a one-line field previews and does not save; text areas in a proportional font', async () => {
    await page.goto(base + '/redactie/nieuw');
    await fillNewCase(page, 'Zonnepark Eemnes met inwoners');
    await page.press('#titel', 'Enter');
    await page.waitForSelector('section.voorbeeld h2:has-text("Aanpak")');
    assert.ok(!fs.existsSync(path.join(dir, 'corpus/casus/zonnepark-eemnes-met-inwoners.md')), 'nothing saved');
    const font = await page.evaluate(() => getComputedStyle(document.getElementById('tekst')).fontFamily);
    assert.ok(!/mono/i.test(font), font);
    assert.strictEqual(font, await page.evaluate(() => getComputedStyle(document.body).fontFamily));
    await capture(page, '24-voorbeeld');
    await page.click('button:has-text("Opslaan")');
    await page.waitForURL(/\/doc\/zonnepark-eemnes-met-inwoners/);
    assert.ok(await page.isVisible('.melding:has-text("opgeslagen")'));
    assert.match(await page.textContent('dl.metadata'), /Doelgroep\s*Gemeente/);
    assert.match(await page.textContent('dl.metadata'), /Peildatum\s*9 juni 2021/);
    await capture(page, '25-opgeslagen');
    // Its doelgroep is a facet on the search page.
    await page.click('dl.metadata a:has-text("Gemeente")');
    await page.waitForURL(/\?voor=gemeente/);
    assert.ok(await page.isChecked('#filterform input[name="voor"][value="gemeente"]'));
    assert.ok((await page.locator('#hits .hit').count()) > 0);
  });

  await test('item 12: deleting asks for confirmation first; "no" keeps the entry, "yes" moves it to the recycle folder', async () => {
    await page.goto(base + '/?q=zonnepark');
    const found = await page.locator('#hits .hit h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(found.includes('/doc/zonnepark-eemnes-met-inwoners'), 'found at once: ' + found.join() + ' ' + await page.textContent('#kop'));
    await page.goto(base + '/doc/zonnepark-eemnes-met-inwoners');
    await page.click('a:has-text("Dit item bewerken")');
    await capture(page, '26-bewerken');
    await page.click('a:has-text("Verwijderen")');
    await page.waitForURL(/\/redactie\/verwijderen\?id=zonnepark-eemnes-met-inwoners/);
    assert.strictEqual((await page.textContent('h1')).trim(), 'Item verwijderen?');
    assert.match(await page.textContent('main'), /Zonnepark Eemnes met inwoners/);
    assert.ok(fs.existsSync(path.join(dir, 'corpus/casus/zonnepark-eemnes-met-inwoners.md')), 'not yet deleted');
    await capture(page, '27-verwijderen-bevestigen');
    await page.click('a:has-text("Nee, terug")');
    await page.waitForURL(/\/redactie\/bewerken\/zonnepark-eemnes-met-inwoners/);
    assert.ok(fs.existsSync(path.join(dir, 'corpus/casus/zonnepark-eemnes-met-inwoners.md')), '"no" keeps it');
    await page.click('a:has-text("Verwijderen")');
    await page.click('button:has-text("Ja, verwijderen")');
    await page.waitForURL(/\/redactie\?verwijderd=/);
    await capture(page, '28-verwijderd');
    const gone = await page.request.get(base + '/doc/zonnepark-eemnes-met-inwoners');
    assert.strictEqual(gone.status(), 404);
    await page.click('.melding button:has-text("Ongedaan maken")');
    await page.waitForURL(/\/doc\/zonnepark-eemnes-met-inwoners/);
    assert.strictEqual((await page.textContent('h1')).trim(), 'Zonnepark Eemnes met inwoners');
  });

  await test('regression: the edit form of a source keeps its authors, publisher and page numbers', async () => {
    await page.goto(base + '/redactie/bewerken/bron-leren-decentraliseren');
    assert.strictEqual(await page.inputValue('#auteurs'), 'Charlotte Nauta\nJoris Stok\nRuben Polderman');
    assert.strictEqual(await page.inputValue('#uitgever'), 'BMC Advies');
    assert.ok(await page.isChecked('#paginas'));
    assert.ok(await page.isChecked('input[name="doelgroep"][value="gemeentesecretaris"]'));
    await page.click('button:has-text("Voorbeeld bekijken")');
    await page.waitForSelector('section.voorbeeld');
    assert.strictEqual(await page.inputValue('#uitgever'), 'BMC Advies', 'kept through a preview');
  });

  await test('no script errors, nothing loaded from outside the server', async () => {
    assert.deepStrictEqual(scriptErrors, []);
    assert.deepStrictEqual(external, []);
  });

  await browser.close();
  server.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
