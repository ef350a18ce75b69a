// The WordPress plugin in a real WordPress (Debian's 6.1, PHP 8.2, MariaDB
// 10.11; tests/wordpress/site.mjs sets it up on 127.0.0.1 with no network):
// a coach uploads dist/nearer-wordpress-<version>.zip through wp-admin and
// activates it, the plugin renders hostile values inertly (PHP level, inside
// this WordPress), one page gets two blocks and one a shortcode full of
// hostile values (through the REST API), and a logged-out visitor takes the
// journey on both: the widget renders, results and list work, nothing leaves
// 127.0.0.1, no console error, axe clean inside the widget, hostile values
// only ever arrive as refused values (console warnings). The block's sidebar
// in the editor is shown too. Screenshots: output/{desktop,phone}/wp-*.png.
// Needs `make wordpress` first (make test runs it before the e2e suite).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, access, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  launch, guardNetwork, open, shot, answerAll, clickButton, storage, OUT, PHONE, DESKTOP,
} from './harness.mjs';
import { startSite, ADMIN } from '../wordpress/site.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const VERSION = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms.exec(await readFile(join(repo, 'Cargo.toml'), 'utf8'))[1];
const ZIP = join(repo, 'dist', `nearer-wordpress-${VERSION}.zip`);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let site;
let browser;
let admin; // the coach's logged-in page
const adminOffenders = [];
const pages = {};

before(async () => {
  try {
    await access(ZIP);
  } catch {
    throw new Error(`${ZIP} is missing: run make wordpress first`);
  }
  const t0 = Date.now();
  site = await startSite();
  console.log(`# WordPress up at ${site.url} in ${Date.now() - t0} ms`);
  browser = await launch();
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
  await guardNetwork(context, adminOffenders);
  admin = await context.newPage();
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

/** The REST API as the logged-in coach (cookie + the wp_rest nonce). */
async function rest(path, body) {
  return admin.evaluate(async ([path, body]) => {
    const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const [route, query] = path.split('?');
    const res = await fetch(`/index.php?rest_route=${encodeURIComponent(route)}${query ? `&${query}` : ''}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'X-WP-Nonce': nonce, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: await res.json() };
  }, [path, body]);
}

/** axe-core inside the widgets only (WCAG 2.0-2.2 A/AA + target-size); the theme's own page is not ours to judge. */
async function axeWidget(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(AXE, 'utf8'));
  const result = await page.evaluate(() =>
    window.axe.run({ include: [['nearer-widget']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    }),
  );
  const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id);
  assert.ok(ran.includes('target-size'), `${label}: the target-size rule did not run`);
  assert.ok(result.passes.length > 10, `${label}: axe found the widget's content (${result.passes.length} rules passed)`);
  const detail = result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(detail, [], `${label}: axe violations inside the widget`);
}

/** The journey to the results and the list, on the first widget of the page. */
async function journey(page, viewport, name, words) {
  const first = page.locator('nearer-widget').first();
  await first.locator('.nearer[data-screen]').waitFor();
  await axeWidget(page, `${name} intro`);
  await shot(page, viewport, `${name}-intro`);
  await first.getByRole('button', { name: words.begin, exact: true }).click();
  await answerAll(first, (g) => (g === 0 ? 1 : 0));
  await first.getByRole('button', { name: words.next, exact: true }).click();
  for (let p = 0; p < 6; p += 1) {
    await answerAll(first, (g) => (p + 2 * g) % 5);
    await first.getByRole('button', { name: p === 5 ? words.results : words.next, exact: true }).click();
  }
  await first.locator('.nearer[data-screen="results"]').waitFor();
  assert.ok((await first.locator('.nearer-chart__row').count()) >= 9, `${name}: a score for every source`);
  await axeWidget(page, `${name} results`);
  await shot(page, viewport, `${name}-results`);
  await first.locator('.nearer-results .nearer-button--primary').click();
  await first.locator('.nearer-moments > li').nth(0).locator('.nearer-button').first().click();
  await first.locator('.nearer-tabs button[data-view="list"]').click();
  await first.locator('.nearer-item').first().waitFor();
  assert.equal(await first.locator('.nearer-item').count(), 1, `${name}: the chosen moment is on the list`);
  await first.locator('.nearer-item').nth(0).locator('.nearer-button').first().click();
  await axeWidget(page, `${name} list`);
  await shot(page, viewport, `${name}-list`);
}

/** A logged-out visitor on `url`, warnings recorded; finish() fails on any off-host request, console error or cookie. */
async function visit(url, viewport, { colorScheme } = {}) {
  const session = await open(browser, viewport, { colorScheme });
  session.warnings = [];
  session.page.on('console', (m) => m.type() === 'warning' && session.warnings.push(m.text()));
  await session.page.goto(url);
  await session.page.locator('nearer-widget .nearer[data-screen]').first().waitFor();
  return session;
}

const ALLOWED = new Set(['class', 'data-namespace', 'data-lang', 'data-parts', 'data-accent', 'data-surface', 'data-cta-label',
  'data-cta-url', 'data-safety-text', 'data-safety-link', 'data-safety-phone', 'data-quick-exit', 'data-pack']);
/** Every <nearer-widget …> start tag in `html`, each checked to hold only escaped values. */
function widgetTags(html) {
  const tags = html.match(/<nearer-widget\b[^>]*>/g) ?? [];
  for (const tag of tags) {
    assert.match(tag, /^<nearer-widget(?: [a-z-]+="[^"<>]*")*>$/, `escaped attributes: ${tag}`);
    for (const [, name] of tag.matchAll(/ ([a-z-]+)=/g)) assert.ok(ALLOWED.has(name), `only the widget's attributes: ${name}`);
  }
  return tags;
}

test('a coach uploads the plugin zip in wp-admin and activates it', async () => {
  await admin.goto(`${site.url}wp-login.php`);
  await admin.fill('#user_login', ADMIN.user);
  await admin.fill('#user_pass', ADMIN.password);
  await Promise.all([admin.waitForURL(/wp-admin/), admin.click('#wp-submit')]);
  // Plugins → Add New → Upload Plugin
  await admin.goto(`${site.url}wp-admin/plugin-install.php`);
  await admin.getByRole('button', { name: 'Upload Plugin' }).click();
  await admin.setInputFiles('#pluginzip', ZIP);
  await Promise.all([admin.waitForURL(/update\.php\?action=upload-plugin/), admin.click('#install-plugin-submit')]);
  await admin.getByText('Plugin installed successfully.').waitFor();
  await shot(admin, DESKTOP, 'wp-admin-uploaded');
  await Promise.all([admin.waitForURL(/plugins\.php/), admin.getByRole('link', { name: 'Activate Plugin' }).click()]);
  await admin.getByText('Plugin activated.').waitFor();
  const row = admin.locator('tr[data-plugin="nearer/nearer.php"]');
  assert.match(await row.getAttribute('class'), /\bactive\b/);
  assert.match(await row.innerText(), new RegExp(`Nearer reflection[\\s\\S]*Version ${VERSION.replaceAll('.', '\\.')}`));
  await shot(admin, DESKTOP, 'wp-admin-plugins');
  // no notice of the plugin's own anywhere in wp-admin
  await admin.goto(`${site.url}wp-admin/`);
  assert.equal(await admin.locator('.notice, .update-nag, .error, .updated').filter({ hasText: /nearer/i }).count(), 0, 'no admin notice');
});

test('inside this WordPress, hostile values render inert (PHP level; and the WordPress 6.5 script module path)', async () => {
  for (const mode of ['classic', 'modules']) {
    let out;
    try {
      out = (await site.php([join(repo, 'tests/wordpress/render-test.php'), site.root, mode])).stdout;
    } catch (err) {
      assert.fail(`render-test.php ${mode}:\n${err.stdout}\n${err.stderr}`);
    }
    const m = /^(\d+) passed, 0 failed$/m.exec(out);
    assert.ok(m && Number(m[1]) > 1000, `render-test.php ${mode}: ${out.slice(-500)}`);
    console.log(`# render-test.php ${mode}: ${m[0]}`);
  }
});

const BLOCK_PAGE = [
  '<!-- wp:paragraph --><p>Take five quiet minutes for yourself. Nothing you answer leaves this device.</p><!-- /wp:paragraph -->',
  '<!-- wp:nearer/reflection {"accent":"#8a3b5c","ctaLabel":"Book a free consultation","ctaUrl":"https://anna-coaching.example/book","safetyText":"Call our local helpline, day or night.","safetyPhone":"0808 2000 247","quickExit":"https://weather.example/","align":"wide"} /-->',
  '<!-- wp:paragraph --><p>Your small moments, kept separately:</p><!-- /wp:paragraph -->',
  '<!-- wp:nearer/reflection {"parts":"moments list","surface":"#f8f4ec"} /-->',
].join('\n\n');

// Every value here must reach the widget as inert text or not at all. The
// first shortcode carries hostile addresses, which arrive as written, for the
// plugin to refuse; the visitor's journey runs on it. The second carries
// markup: WordPress's own text filter (wptexturize) then no longer sees it as
// one shortcode and curls its quotes, so its values arrive mangled: inert
// still, and refused by the widget.
const MARKUP = '[nearer lang="es" accent=\'#8a3b5c"><script>window.__nearerPwned=1</script>\''
  + ' cta_label=\'Reserva"><img src=x onerror="window.__nearerPwned=2">\' cta_url="/reserva"'
  + ' safety_phone="<b>112</b>" parts="assessment <svg onload=window.__nearerPwned=5>"'
  + ' namespace="Bad Namespace!"]';
const ADDRESSES = '[nearer lang="es" cta_label="Reserva" cta_url="javascript:window.__nearerPwned=3"'
  + ' safety_link="JavaScript:window.__nearerPwned=4" quick_exit="data:text/html;base64,PGI+aG9sYTwvYj4="'
  + ' surface="#000000" accent="red"]';
const SHORTCODE_PAGE = `<p>Una reflexión privada, solo para ti.</p>\n\n${ADDRESSES}\n\n<p>Y otra más:</p>\n\n${MARKUP}\n\n<p>Gracias por estar aquí.</p>`;

test('the coach creates a page with two blocks and one with a hostile shortcode (REST API)', async () => {
  for (const [key, title, content] of [['block', 'Reflection', BLOCK_PAGE], ['shortcode', 'Reflexión', SHORTCODE_PAGE]]) {
    const { status, json } = await rest('/wp/v2/pages', { title, content, status: 'publish' });
    assert.equal(status, 201, JSON.stringify(json).slice(0, 300));
    pages[key] = { id: json.id, url: json.link };
  }
  const sample = await rest('/wp/v2/pages?search=Sample');
  pages.plain = { url: sample.json[0].link };
});

test('the pages as served: escaped markup, the module only where a widget is, the same bytes for every visitor', async () => {
  const get = async (url, headers = {}) => (await fetch(url, { headers })).text();
  const block = await get(pages.block.url);
  const tags = widgetTags(block);
  assert.equal(tags.length, 2, 'two blocks, two widgets');
  const ns = tags.map((t) => /data-namespace="([^"]*)"/.exec(t)?.[1] ?? 'nearer');
  assert.notEqual(ns[0], ns[1], `two widgets, two namespaces: ${ns}`);
  assert.deepEqual(ns, ['nearer', `nearer-${pages.block.id}-2`]);
  const src = `${site.url}wp-content/plugins/nearer/assets/${VERSION}/nearer-widget.js`;
  const scripts = block.match(/<script\b[^>]*nearer-widget\.js[^>]*>/g) ?? [];
  assert.equal(scripts.length, 1, `one entry module: ${scripts}`);
  assert.match(scripts[0], /type="module"/);
  assert.ok(scripts[0].includes(`src="${src}"`) || scripts[0].includes(`src='${src}'`), scripts[0]);
  assert.equal((scripts[0].match(/\btype=/g) ?? []).length, 1, 'one type attribute');
  // everything the plugin adds is on this site: no other host in its tags
  for (const [, url] of block.matchAll(/(?:src|href)=["']([^"']*plugins\/nearer[^"']*)["']/g)) assert.ok(url.startsWith(site.url), url);
  // a page without the widget loads nothing of it
  const plain = await get(pages.plain.url);
  assert.doesNotMatch(plain, /nearer-widget|plugins\/nearer/, 'nothing on a page without the widget');
  // the markup depends on the page alone (a page cache serves it to everyone)
  const other = await get(`${pages.block.url}${pages.block.url.includes('?') ? '&' : '?'}utm_source=newsletter`, {
    cookie: 'visitor=1', 'user-agent': 'Another browser', 'accept-language': 'es',
  });
  assert.deepEqual(widgetTags(other), tags, 'the same widget markup for another visitor and request');

  const hostile = await get(pages.shortcode.url);
  const hostileTags = widgetTags(hostile);
  assert.equal(hostileTags.length, 2, 'two widgets on the shortcode page');
  for (const bad of ['<script>window.__nearerPwned', '<img src=x', '<svg onload', '<b>112', '="javascript:', '="data:']) {
    assert.ok(!hostile.includes(bad), `never in the page as markup or an address: ${bad}`);
  }
  // the addresses written as they are reach the widget empty (refused by the plugin)
  const addresses = hostileTags[0];
  for (const name of ['data-cta-url', 'data-safety-link', 'data-quick-exit']) assert.ok(addresses.includes(` ${name}=""`), `${name} refused: ${addresses}`);
  assert.ok(addresses.includes(` data-namespace="nearer-${pages.shortcode.id}-1"`), `the second widget's namespace, refused, takes the default, so the first gets its own: ${hostileTags}`);
});

test('a visitor on the block page: the journey to results and the list, axe, no request off 127.0.0.1', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const session = await visit(pages.block.url, viewport);
    const { page } = session;
    assert.equal(await page.locator('nearer-widget').count(), 2);
    assert.equal(await page.locator('nearer-widget').nth(1).locator('.nearer[data-screen]').count(), 1, 'the second widget renders too');
    await journey(page, viewport, 'wp-block', { begin: 'Begin', next: 'Next', results: 'See my results' });
    const keys = Object.keys(await storage(page));
    assert.ok(keys.includes('nearer:state'), `saved under the first widget's namespace: ${keys}`);
    const cta = page.getByRole('link', { name: 'Book a free consultation' });
    assert.equal(await cta.first().getAttribute('href'), 'https://anna-coaching.example/book');
    assert.deepEqual(session.warnings.filter((w) => w.startsWith('nearer:')), [], 'valid options: nothing to warn about');
    await session.finish(); // no request left 127.0.0.1, no console error, no cookie
  }
});

test('a visitor on the hostile shortcode page: Spanish, the journey works, hostile values only as refused values', async () => {
  const session = await visit(pages.shortcode.url, PHONE);
  const { page } = session;
  const widgets = page.locator('nearer-widget');
  assert.equal(await widgets.count(), 2);
  await widgets.nth(1).locator('.nearer[data-screen]').waitFor();
  // the values arrived as attribute text: nothing of them ran or became markup
  const attrs = await widgets.evaluateAll((els) => els.map((e) => Object.fromEntries([...e.attributes].map((a) => [a.name, a.value]))));
  for (const a of attrs) for (const name of Object.keys(a)) assert.ok(ALLOWED.has(name), `unexpected attribute ${name}`);
  assert.equal(await page.evaluate(() => window.__nearerPwned), undefined, 'no hostile script ran');
  assert.equal(await page.locator('img[src="x"], svg[onload], b:has-text("112"), script:has-text("__nearerPwned")').count(), 0, 'no hostile element');
  // every address the widgets got is empty or resolves to http(s) (tel: for the safety link)
  const protocols = await widgets.evaluateAll((els) => els.flatMap((e) => ['data-cta-url', 'data-safety-link', 'data-quick-exit']
    .filter((n) => e.getAttribute(n)).map((n) => [n, new URL(e.getAttribute(n), document.baseURI).protocol])));
  for (const [name, protocol] of protocols) assert.ok(['http:', 'https:'].includes(protocol) || (name === 'data-safety-link' && protocol === 'tel:'), `${name}: ${protocol}`);
  assert.deepEqual([attrs[0]['data-cta-url'], attrs[0]['data-safety-link'], attrs[0]['data-quick-exit']], ['', '', ''], 'hostile addresses refused by the plugin');
  console.log(`# the shortcode with markup reached its widget as ${JSON.stringify(attrs[1])}`);

  await journey(page, PHONE, 'wp-shortcode', { begin: 'Empezar', next: 'Siguiente', results: 'Ver mis resultados' });
  assert.equal(await page.locator('.nearer').first().getAttribute('lang'), 'es');
  const hrefs = await page.locator('nearer-widget a[href]').evaluateAll((as) => as.map((a) => a.protocol));
  assert.deepEqual(hrefs.filter((p) => !['http:', 'https:', 'tel:'].includes(p)), [], 'no hostile link in the widgets');
  assert.equal(await page.evaluate(() => window.__nearerPwned), undefined, 'still nothing ran');
  // every hostile value the widgets received was refused, with a warning
  const warned = session.warnings.filter((w) => w.startsWith('nearer:'));
  for (const name of ['data-namespace', 'data-lang', 'data-accent', 'data-surface', 'data-cta-url', 'data-safety-link', 'data-safety-phone', 'data-quick-exit', 'data-parts']) {
    assert.ok(warned.some((w) => w.startsWith(`nearer: ${name}=`)), `a warning refusing ${name}:\n${warned.join('\n')}`);
  }
  const keys = Object.keys(await storage(page));
  assert.ok(keys.includes(`nearer-${pages.shortcode.id}-1:state`), `the journey saved under the first widget's own namespace: ${keys}`);
  console.log(`# refused on the shortcode page:\n${warned.map((w) => `#   ${w}`).join('\n')}`);
  await session.finish();
});

test("the block's sidebar in the editor: every option, a static placeholder", async () => {
  const errors = [];
  admin.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  admin.on('pageerror', (e) => errors.push(String(e)));
  await admin.goto(`${site.url}wp-admin/post.php?post=${pages.block.id}&action=edit`);
  const close = admin.getByRole('button', { name: 'Close dialog' });
  await admin.locator('.wp-block-nearer-reflection').first().waitFor();
  if (await close.isVisible().catch(() => false)) await close.click();
  await admin.locator('.wp-block-nearer-reflection').first().click();
  for (const panel of ['Language', 'Sections shown', 'Colours', 'Call to action', 'Safety resources', 'Quick exit', 'Advanced']) {
    await admin.locator('.block-editor-block-inspector').getByRole('button', { name: panel, exact: true }).first().waitFor();
  }
  for (const panel of ['Colours', 'Call to action']) {
    await admin.locator('.block-editor-block-inspector').getByRole('button', { name: panel, exact: true }).click();
  }
  assert.equal(await admin.locator('.block-editor-block-inspector input[type="url"]').first().inputValue(), 'https://anna-coaching.example/book');
  // the placeholder, never the live widget
  assert.equal(await admin.locator('.editor-styles-wrapper nearer-widget, .editor-styles-wrapper .nearer').count(), 0, 'no live widget in the editor');
  assert.ok(await admin.getByText('Nearer reflection').first().isVisible());
  await shot(admin, DESKTOP, 'wp-editor-sidebar');
  if (errors.length) console.log(`# console errors in wp-admin (WordPress's own):\n${errors.map((e) => `#   ${e.slice(0, 200)}`).join('\n')}`);
  assert.deepEqual(errors.filter((e) => /nearer|Each child in a list/i.test(e)), [], 'no editor error about the block');
  assert.deepEqual(adminOffenders, [], 'wp-admin and the editor made no request off 127.0.0.1');
  const log = await readFile(site.debugLog, 'utf8').catch(() => '');
  assert.deepEqual(log.split('\n').filter((l) => l.includes('/plugins/nearer/')), [], 'no PHP notice from the plugin');
});
