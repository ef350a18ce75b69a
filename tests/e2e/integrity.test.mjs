// Subresource Integrity on the standalone page (dist/index.html): every
// asset it loads carries a sha384 hash of that file's exact bytes in dist/,
// and the browser refuses a tampered copy where it enforces the hash. Where
// it would not by itself (the preloaded wasm, the style sheet the widget
// links in its shadow root), the entry module applies the page's declared
// hash; the module the entry imports is pinned by an import map
// (scripts/importmap.mjs, a Trunk post_build hook).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DIST, server, browser, useBrowser, open } from './harness.mjs';

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
  // (the one inline script, the import map, is checked below)
  assert.deepEqual(found.filter((t) => t.tag === 'style' || (t.tag === 'script' && !('src' in t.attrs) && t.attrs.type !== 'importmap')),
    [], 'no other inline script, no inline style');
  const assets = found.filter((t) => (t.tag === 'script' && 'src' in t.attrs)
    || (t.tag === 'link' && /^(stylesheet|modulepreload|preload)$/.test(t.attrs.rel)));
  const others = found.filter((t) => t.tag === 'link' && !assets.includes(t));
  assert.deepEqual(others.map((t) => [t.attrs.rel, t.attrs.href]), [['icon', 'data:,']], 'no other linked resource');

  const kind = (t) => (t.tag === 'script' ? `script type=${t.attrs.type}` : `${t.attrs.rel}${t.attrs.as ? ` as=${t.attrs.as}` : ''}`);
  assert.deepEqual(Object.fromEntries(assets.map((t) => [t.attrs.href ?? t.attrs.src, kind(t)])), {
    '/nearer.css': 'stylesheet',
    '/nearer-widget.js': 'script type=module',
    '/nearer.js': 'modulepreload',
    '/nearer_bg.wasm': 'preload as=fetch',
  });
  for (const t of assets) {
    const path = t.attrs.href ?? t.attrs.src;
    assert.match(t.attrs.integrity ?? '', /^sha384-[A-Za-z0-9+/]{64}$/, `${path}: one sha384 integrity value`);
    assert.equal(t.attrs.integrity, sha384(await readFile(join(DIST, path))), `${path}: the hash of the file in dist/`);
  }
  // and nothing in dist/ is loaded some other way, without a hash (packages
  // made from dist/, such as the WordPress plugin's zip, are not loaded)
  const files = (await readdir(DIST, { withFileTypes: true }))
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.endsWith('.zip')).map((e) => `/${e.name}`);
  assert.deepEqual(files.filter((f) => f !== '/index.html').sort(), assets.map((t) => t.attrs.href ?? t.attrs.src).sort());
});

/**
 * Loads the standalone page with `file` altered on the way (a comment, or a
 * valid empty custom section for the wasm) and reports what happened.
 */
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
  await page.goto(server.url);
  const rendered = await page.locator('[data-nearer] .nearer[data-screen]').waitFor({ timeout: 3000 }).then(() => true, () => false);
  const outline = (sel) => page.evaluate((s) => getComputedStyle(nearerRoot().querySelector(s) ?? document.querySelector(s)).outlineStyle, sel)
    .catch(() => null);
  const result = {
    rendered,
    pageSheet: await page.evaluate(() => getComputedStyle(document.body).outlineStyle),
    widgetSheet: rendered ? await outline('.nearer') : null,
    integrityErrors: errors.filter((e) => /integrity/.test(e)).length,
    otherErrors: errors.filter((e) => !/integrity/.test(e)),
  };
  await context.close();
  return result;
}

test('the browser refuses a tampered entry module and a tampered page style sheet', async () => {
  const clean = await loadTampered(null);
  assert.equal(clean.rendered, true);
  assert.equal(clean.integrityErrors, 0);
  assert.deepEqual(clean.otherErrors, []);

  const entry = await loadTampered('nearer-widget.js');
  assert.equal(entry.rendered, false, 'an altered nearer-widget.js does not run');
  assert.equal(entry.integrityErrors, 1);
  assert.deepEqual(entry.otherErrors, []);

  const sheet = await loadTampered('nearer.css');
  assert.equal(sheet.integrityErrors, 2, 'refused by the page and by the widget in its shadow root');
  assert.equal(sheet.pageSheet, 'none', 'the page does not use an altered nearer.css');
  assert.deepEqual(sheet.otherErrors, []);
});

test('the browser refuses a tampered wasm and a tampered widget style sheet (the hashes the page declared)', async () => {
  const wasm = await loadTampered('nearer_bg.wasm');
  assert.equal(wasm.rendered, false, 'an altered wasm does not run');
  assert.ok(wasm.integrityErrors >= 1);
  const sheet = await loadTampered('nearer.css');
  assert.equal(sheet.rendered, true, 'the widget still works without its style sheet');
  assert.equal(sheet.widgetSheet, 'none', 'the shadow root does not use an altered nearer.css either');
});

test('the browser refuses a tampered nearer.js (the import map pins it)', async () => {
  const glue = await loadTampered('nearer.js');
  assert.equal(glue.rendered, false, 'an altered nearer.js does not run');
  assert.ok(glue.integrityErrors >= 1);
});

test("the import map is the page's only inline script, and the policy allows it by its hash alone", async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)].filter((m) => m[2].length > 0);
  assert.equal(inline.length, 1);
  assert.match(inline[0][1], /type=importmap/);
  const map = JSON.parse(inline[0][2]);
  assert.deepEqual(Object.keys(map), ['integrity']);
  assert.equal(map.integrity['./nearer.js'], sha384(await readFile(join(DIST, 'nearer.js'))));
  const policy = html.match(/content="([^"]*script-src[^"]*)"/)[1];
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  const hash = `'sha256-${createHash('sha256').update(inline[0][2]).digest('base64')}'`;
  assert.equal(scriptSrc, `script-src 'self' 'wasm-unsafe-eval' ${hash}`);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
});
