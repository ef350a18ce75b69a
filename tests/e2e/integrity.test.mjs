// Subresource Integrity on the standalone page (dist/index.html): every
// asset it loads carries a sha384 hash of that file's exact bytes in dist/,
// and the browser refuses a tampered copy. The page's hash on the entry
// module covers everything else: the entry carries the hash of the start
// module (nearer-start.js), which carries the hashes of the files it loads
// (HASHES, written by scripts/bundle.mjs, a Trunk post_build hook); each is
// loaded held to its hash, the glue (nearer.js) included. A refused file
// leaves a plain message in the widget's place and names itself in the
// console. (cdn.test.mjs does the same from another origin.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DIST, server, browser, useBrowser, open, axe, shot, PHONE } from './harness.mjs';

useBrowser();

/** The <link>, <script> and <style> tags of an HTML text, with their attributes (quoted, unquoted or bare, as Trunk minifies them). */
function tags(html) {
  return [...html.matchAll(/<(link|script|style)\b([^>]*)>/gi)].map((m) => ({
    tag: m[1].toLowerCase(),
    attrs: Object.fromEntries([...m[2].matchAll(/([^\s=/]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)]
      .map((a) => [a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ''])),
  }));
}

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

test('dist/index.html loads every asset with a sha384 integrity hash of its exact bytes in dist/', async () => {
  const found = tags(await readFile(join(DIST, 'index.html'), 'utf8'));
  assert.deepEqual(found.filter((t) => t.tag === 'style' || (t.tag === 'script' && !('src' in t.attrs))),
    [], 'no inline script, no inline style');
  const assets = found.filter((t) => (t.tag === 'script' && 'src' in t.attrs)
    || (t.tag === 'link' && /^(stylesheet|modulepreload|preload)$/.test(t.attrs.rel)));
  const others = found.filter((t) => t.tag === 'link' && !assets.includes(t));
  assert.deepEqual(others.map((t) => [t.attrs.rel, t.attrs.href]), [['icon', 'data:,']], 'no other linked resource');

  const kind = (t) => (t.tag === 'script' ? `script type=${t.attrs.type}` : `${t.attrs.rel}${t.attrs.as ? ` as=${t.attrs.as}` : ''}`);
  assert.deepEqual(assets.map((t) => `${t.attrs.href ?? t.attrs.src} ${kind(t)}`).sort(), [
    // the page's own styles (the widget's, nearer.css, are only preloaded:
    // its shadow root adopts them)
    '/page.css stylesheet',
    '/nearer-widget.js script type=module',
    // what the entry module loads next, preloaded (the widget is this page's content)
    '/nearer-start.js modulepreload',
    '/nearer.js modulepreload',
    '/nearer.css preload as=fetch',
    '/nearer_bg.wasm preload as=fetch',
  ].sort());
  for (const t of assets) {
    const path = t.attrs.href ?? t.attrs.src;
    assert.match(t.attrs.integrity ?? '', /^sha384-[A-Za-z0-9+/]{64}$/, `${path}: one sha384 integrity value`);
    assert.equal(t.attrs.integrity, sha384(await readFile(join(DIST, path))), `${path}: the hash of the file in dist/`);
  }
  // and nothing in dist/ is loaded some other way, without a hash: the
  // rest is the iframe channel (embed.test-checked below), the snippets, and
  // the channels' packages (make package)
  const files = (await readdir(DIST, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => `/${e.name}`);
  const channel = ['/index.html', '/embed.html', '/nearer-embed.js', '/nearer-frame.js', '/EMBED.md'];
  assert.deepEqual(files.filter((f) => !channel.includes(f) && !/\.(tgz|zip)$/.test(f)).sort(), [...new Set(assets.map((t) => t.attrs.href ?? t.attrs.src))].sort());
});

/** The HASHES map the build wrote into a module's text. */
const hashesOf = (entry) => JSON.parse(entry.match(/^const HASHES = (\{[^}]*\});$/m)[1]);

test("the entry module carries the sha384 of the start module, which carries those of every file it loads, each loaded only by its hash", async () => {
  const entry = await readFile(join(DIST, 'nearer-widget.js'), 'utf8');
  const start = await readFile(join(DIST, 'nearer-start.js'), 'utf8');
  const first = hashesOf(entry);
  assert.deepEqual(first, { 'nearer-start.js': sha384(start) }, 'the entry holds the start module to its hash, and nothing else');
  const hashes = hashesOf(start);
  const expected = ['nearer.js', 'nearer_bg.wasm', 'nearer.css'];
  const langs = await readdir(join(DIST, 'lang')).catch(() => []);
  for (const f of langs.filter((f) => f.endsWith('.json'))) expected.push(`lang/${f}`);
  assert.deepEqual(Object.keys(hashes).sort(), expected.sort(), 'every file the start module loads, and only those');
  for (const [path, hash] of Object.entries(hashes)) {
    assert.equal(hash, sha384(await readFile(join(DIST, path))), `${path}: the hash of the file in dist/`);
  }
  for (const [name, text] of [['nearer-widget.js', entry], ['nearer-start.js', start]]) {
    assert.doesNotMatch(text, /(^|[;}\s])import\s*[^\s(.]/m, `${name}: no static import: it would carry no hash`);
  }
  // the embed page's scripts are held to their hashes too
  const embed = tags(await readFile(join(DIST, 'embed.html'), 'utf8')).filter((t) => t.tag === 'script');
  assert.deepEqual(embed.map((t) => t.attrs.src), ['nearer-embed.js', 'nearer-widget.js']);
  for (const t of embed) assert.equal(t.attrs.integrity, sha384(await readFile(join(DIST, t.attrs.src))), `embed.html: ${t.attrs.src}`);
});

/**
 * Loads the standalone page with `file` altered on the way (a comment, or a
 * valid empty custom section for the wasm) and reports what happened.
 */
let shotTaken = false;
async function loadTampered(file) {
  const { page, context, errors } = await open(browser, { width: 800, height: 600 });
  if (file) {
    await context.route(`**/${file}`, async (route) => {
      const response = await route.fetch();
      const bytes = await response.body();
      const extra = file.endsWith('.wasm') ? Buffer.from([0, 4, 3, 0x61, 0x62, 0x63])
        : Buffer.from(file.endsWith('.css') ? '\n.nearer-page, .nearer { outline: 9px solid #f00; }\n' : '\n/* altered */\n');
      await route.fulfill({ response, body: Buffer.concat([bytes, extra]) });
    });
  }
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(server.url);
  const rendered = await page.locator('[data-nearer] .nearer[data-screen]').waitFor({ timeout: 3000 }).then(() => true, () => false);
  const outline = (sel) => page.evaluate((s) => getComputedStyle(nearerRoot().querySelector(s) ?? document.querySelector(s)).outlineStyle, sel)
    .catch(() => null);
  const message = await page.locator('[data-nearer] .nearer-failed[role=status]').textContent({ timeout: rendered ? 1 : 3000 }).catch(() => null);
  if (message && file && !shotTaken) {
    shotTaken = true;
    await page.setViewportSize(PHONE);
    await axe(page, `tampered ${file}: the plain message`);
    await shot(page, PHONE, 'integrity-failed-message');
  }
  const browserRefused = (e) => /Failed to find a valid digest in the 'integrity' attribute|SRI's integrity checks failed/.test(e);
  const result = {
    rendered,
    message,
    pageSheet: await page.evaluate(() => getComputedStyle(document.body).outlineStyle),
    pageStyled: await page.evaluate(() => getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)'),
    requested,
    widgetSheet: rendered ? await outline('.nearer') : null,
    integrityErrors: errors.filter(browserRefused).length,
    named: errors.filter((e) => e.startsWith('nearer:')),
    otherErrors: errors.filter((e) => !browserRefused(e) && !e.startsWith('nearer:')),
  };
  await context.close();
  return result;
}

const PLAIN = /^Sorry, this reflection couldn't load just now\. .*Nothing you saved before has been touched\.$/;

test('the browser refuses a tampered entry module or style sheet; the standalone page fetches each file once', async () => {
  const clean = await loadTampered(null);
  assert.equal(clean.rendered, true);
  assert.equal(clean.message, null);
  assert.equal(clean.pageStyled, true, 'page.css styles the page');
  // every file once: the widget's style sheet is not the page's too
  const counts = {};
  for (const p of clean.requested) counts[p] = (counts[p] ?? 0) + 1;
  assert.deepEqual(counts, { '/': 1, '/page.css': 1, '/nearer-widget.js': 1, '/nearer-start.js': 1, '/nearer.css': 1, '/nearer.js': 1, '/nearer_bg.wasm': 1 });
  assert.equal(clean.integrityErrors, 0);
  assert.deepEqual(clean.named, []);
  assert.deepEqual(clean.otherErrors, []);

  // the root of the chain: nothing of the widget runs, and the browser names the file
  const entry = await loadTampered('nearer-widget.js');
  assert.equal(entry.rendered, false, 'an altered nearer-widget.js does not run');
  assert.equal(entry.integrityErrors, 1);
  assert.deepEqual(entry.otherErrors, []);

  // the page's own style sheet: refused, the page plain, the widget unharmed
  const pageCss = await loadTampered('page.css');
  assert.equal(pageCss.integrityErrors, 1);
  assert.equal(pageCss.pageSheet, 'none', 'the page does not use an altered page.css');
  assert.equal(pageCss.pageStyled, false);
  assert.equal(pageCss.rendered, true, 'the widget starts all the same');
  assert.deepEqual(pageCss.named, []);
  assert.deepEqual(pageCss.otherErrors, []);

  const sheet = await loadTampered('nearer.css');
  assert.ok(sheet.integrityErrors >= 1);
  assert.equal(sheet.pageSheet, 'none', 'the page does not use an altered nearer.css');
  assert.equal(sheet.rendered, false, 'nor does the widget');
  assert.match(sheet.message ?? '', PLAIN, 'the visitor sees the plain message in its place');
  assert.deepEqual(sheet.named, ['nearer: nearer.css did not arrive, or failed its integrity check (Failed to fetch)']);
  assert.deepEqual(sheet.otherErrors, []);
});

test('a tampered start module, wasm or glue (nearer.js) is refused by the hashes the modules carry, and the visitor is told', async () => {
  for (const file of ['nearer-start.js', 'nearer_bg.wasm', 'nearer.js']) {
    const r = await loadTampered(file);
    assert.equal(r.rendered, false, `an altered ${file} does not run`);
    assert.ok(r.integrityErrors >= 1, `${file}: the browser refused it`);
    assert.match(r.message ?? '', PLAIN, `${file}: the plain message in the widget's place`);
    assert.equal(r.named.length, 1, `${file}: one message of the widget's own`);
    assert.match(r.named[0], new RegExp(`^nearer: ${file.replace('.', '\\.')} did not arrive, or failed its integrity check`));
    assert.deepEqual(r.otherErrors, []);
  }
});

test('the page has no inline script, and its policy allows scripts from itself only', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)].filter((m) => m[2].length > 0);
  assert.deepEqual(inline, []);
  const policy = html.match(/content="([^"]*script-src[^"]*)"/)[1];
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'");
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
});
