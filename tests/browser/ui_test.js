// Real-browser tests of the Lessenbank web UI: headless Debian Chromium driven
// by playwright-core, accessibility checked with axe-core (WCAG 2.1 A/AA: no
// serious or critical violations). Screenshots of every page are kept.
//
//   node ui_test.js <lessenbank-binary> <corpus-dir> <screenshot-dir>
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');
const { chromium } = require('playwright-core');

const [binary, corpus, shots] = process.argv.slice(2);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const results = { passed: 0, failed: 0 };

const PASSWORD = 'browser-test-wachtwoord';

// A copy of the corpus (the editor flow writes to it) and one editor account.
function startServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lessenbank-browser-'));
  fs.cpSync(corpus, path.join(dir, 'corpus'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'lessenbank.xml'),
    '<lessenbank><corpus>corpus</corpus><index>index</index><redacteuren>redacteuren.xml</redacteuren></lessenbank>');
  const config = path.join(dir, 'lessenbank.xml');
  const added = spawnSync(binary, ['editor', 'add', 'tester', '--config', config], { input: PASSWORD + '\n' });
  if (added.status !== 0) throw new Error('editor add failed: ' + added.stderr);
  const server = spawn(binary, ['serve', '--port', '0', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
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

async function checkAccessibility(page, name) {
  await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
  for (const v of found) console.log(`  axe ${name}: ${v.impact} ${v.id} (${v.nodes}x) ${v.help}`);
  const serious = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepStrictEqual(serious, [], `${name}: serious or critical accessibility violations`);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
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

(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const { server, base, dir } = await startServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // bypassCSP only lets the test inject axe-core; the server's CSP stays as it is.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', bypassCSP: true });
  const external = [];
  page.on('request', (req) => { if (!req.url().startsWith(base)) external.push(req.url()); });

  await test('start page shows what is in the knowledge base', async () => {
    await page.goto(base + '/');
    assert.strictEqual(await page.getAttribute('html', 'lang'), 'nl');
    assert.strictEqual(await page.textContent('h1'), 'Wat staat er in de lessenbank?');
    assert.ok(await page.isVisible('.themakaarten a[href="/thema/dso"]'));
    assert.ok(await page.isVisible('a[href="/?type=casus"]'));
    await shot(page, '01-start');
    await checkAccessibility(page, 'start');
  });

  await test('search shows counted, highlighted results', async () => {
    await page.fill('#q', 'participatie inwoners');
    await page.press('#q', 'Enter');
    await page.waitForSelector('ol.hits');
    assert.match(await page.textContent('h1'), /^\d+ resultaten voor “participatie inwoners”$/);
    assert.ok((await page.locator('.hit mark').count()) > 0, 'highlighted matches');
    assert.ok((await page.locator('.hit .type').count()) > 0, 'each result shows its type');
    await shot(page, '02-zoeken');
    await checkAccessibility(page, 'search');
  });

  await test('a theme filter narrows the results and one click removes it', async () => {
    const before = Number((await page.textContent('h1')).match(/^\d+/)[0]);
    await page.click('aside.filters a:has-text("DSO")');
    await page.waitForURL(/thema=dso/);
    const after = Number((await page.textContent('h1')).match(/^\d+/)[0]);
    assert.ok(after < before, `filtered ${after} < ${before}`);
    assert.ok(await page.isVisible('ul.actief a:has-text("Thema: DSO")'));
    await shot(page, '03-filter');
    await page.click('ul.actief a:has-text("Thema: DSO")');
    await page.waitForURL((url) => !url.search.includes('thema='));
    assert.strictEqual(Number((await page.textContent('h1')).match(/^\d+/)[0]), before);
  });

  await test('a result opens its document with metadata, source and links', async () => {
    const first = page.locator('ol.hits .hit h2 a').first();
    const title = (await first.textContent()).trim();
    await first.click();
    await page.waitForURL(/\/doc\//);
    assert.strictEqual((await page.textContent('h1')).trim(), title);
    assert.ok(await page.isVisible('dl.metadata dt:has-text("Bron")'));
    assert.strictEqual(await page.locator('h1').count(), 1, 'one h1 per page');
    await shot(page, '04-document');
    await checkAccessibility(page, 'document');
  });

  await test('keyboard only: skip link, search box, a result, with visible focus', async () => {
    const kb = await browser.newPage({ viewport: { width: 1280, height: 900 } });
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
    await kb.waitForSelector('ol.hits');
    for (let i = 0; i < 60; i++) {
      await kb.keyboard.press('Tab');
      const href = await kb.evaluate(() => document.activeElement.getAttribute('href') || '');
      if (href.startsWith('/doc/')) break;
    }
    const target = await kb.evaluate(() => document.activeElement.getAttribute('href'));
    assert.ok(target && target.startsWith('/doc/'), 'reached a result by Tab');
    await shot(kb, '05-toetsenbord-focus');
    await kb.keyboard.press('Enter');
    await kb.waitForURL(base + target);
    await kb.close();
  });

  await test('suggestions appear while typing', async () => {
    await page.goto(base + '/');
    await page.type('#q', 'omgevingsv', { delay: 30 });
    await page.waitForFunction(() => document.querySelectorAll('#suggesties option').length > 0, null, { timeout: 5000 });
    const first = await page.getAttribute('#suggesties option', 'value');
    assert.match(first, /omgevingsvisie/i);
  });

  await test('theme page, empty result and 404 page are accessible', async () => {
    await page.goto(base + '/thema/participatie');
    assert.strictEqual((await page.textContent('h1')).trim(), 'Participatie');
    await shot(page, '06-thema');
    await checkAccessibility(page, 'theme');
    await page.goto(base + '/?q=zeppelinhangaar');
    assert.ok(await page.isVisible('.leeg'));
    await shot(page, '07-leeg');
    await checkAccessibility(page, 'empty');
    const r = await page.goto(base + '/bestaat-niet');
    assert.strictEqual(r.status(), 404);
    await checkAccessibility(page, '404');
  });

  await test('a misspelt query offers the correction', async () => {
    await page.goto(base + '/?q=particpatie');
    assert.ok(await page.isVisible('.suggestie a:has-text("participatie")'));
    await shot(page, '08-spelling');
  });

  await test('the document page prints without search chrome', async () => {
    await page.goto(base + '/doc/ld-casus-borne-mijn-borne-2030');
    await page.emulateMedia({ media: 'print' });
    assert.strictEqual(await page.isVisible('header.site form'), false);
    await page.emulateMedia({ media: 'screen' });
  });

  await test('editor flow: sign in, add a case with themes, find it, edit, delete and restore it', async () => {
    await page.goto(base + '/inloggen');
    await checkAccessibility(page, 'sign-in');
    await page.fill('#naam', 'tester');
    await page.fill('#wachtwoord', PASSWORD);
    await page.click('button:has-text("Inloggen")');
    await page.waitForURL(base + '/redactie');
    await page.click('a.knop:has-text("Nieuw item")');
    await page.fill('#titel', 'Zonnepark Eemnes met inwoners');
    await page.selectOption('#type', 'casus');
    await page.check('input[name="themas"][value="participatie"]');
    await page.fill('#samenvatting', 'Inwoners werden mede-eigenaar van het zonnepark.');
    await page.fill('#bron_document', 'bron-leren-decentraliseren');
    await page.selectOption('#domein', 'fysiek');
    await page.fill('#jaar', '2025');
    await page.fill('#organisaties', 'Gemeente Eemnes');
    await page.fill('#tekst', '## Aanpak\n\nDe gemeente organiseerde drie avonden met bewoners.');
    await page.click('button:has-text("Voorbeeld bekijken")');
    await page.waitForSelector('section.voorbeeld h3:has-text("Aanpak")');
    await shot(page, '09-redactie-voorbeeld');
    await checkAccessibility(page, 'editor form');
    await page.click('button:has-text("Opslaan")');
    await page.waitForURL(/\/doc\/zonnepark-eemnes-met-inwoners/);
    assert.ok(await page.isVisible('.melding:has-text("opgeslagen")'));
    await shot(page, '10-opgeslagen');
    await page.goto(base + '/?q=zonnepark');
    assert.ok(await page.isVisible('a[href="/doc/zonnepark-eemnes-met-inwoners"]'), 'found at once');
    await page.goto(base + '/doc/zonnepark-eemnes-met-inwoners');
    await page.click('a:has-text("Dit item bewerken")');
    await page.fill('#samenvatting', 'Inwoners werden mede-eigenaar; de opbrengst gaat naar het dorp.');
    await page.click('button:has-text("Opslaan")');
    await page.waitForURL(/opgeslagen=1/);
    assert.match(await page.textContent('.samenvatting'), /opbrengst gaat naar het dorp/);
    await page.click('a:has-text("Dit item bewerken")');
    await page.click('button:has-text("Verwijderen")');
    await page.waitForURL(/\/redactie\?verwijderd=/);
    await shot(page, '11-verwijderd');
    const gone = await page.request.get(base + '/doc/zonnepark-eemnes-met-inwoners');
    assert.strictEqual(gone.status(), 404);
    await page.click('.melding button:has-text("Ongedaan maken")');
    await page.waitForURL(/\/doc\/zonnepark-eemnes-met-inwoners/);
    assert.strictEqual((await page.textContent('h1')).trim(), 'Zonnepark Eemnes met inwoners');
  });

  await test('nothing was loaded from outside the server', async () => {
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
