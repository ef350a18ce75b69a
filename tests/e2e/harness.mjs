// Shared e2e harness: a static server for dist/ on 127.0.0.1, Debian's
// chromium driven by playwright-core, a network guard that fails any request
// leaving 127.0.0.1, axe-core with WCAG 2.2 A/AA and target-size, and
// screenshots under tests/e2e/output/.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, process.env.NEARER_DIST ?? '../../dist');
export const OUT = resolve(here, 'output');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const PHONE = { name: 'phone', width: 390, height: 844 };
export const DESKTOP = { name: 'desktop', width: 1280, height: 800 };

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serve(root = DIST) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Chromium flags that switch off everything that phones home (shared with the audit). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** The static server and browser of the current test file (see useBrowser). */
export let server;
export let browser;

/** Starts the static server and Chromium before this file's tests and stops them after. */
export function useBrowser() {
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Debian's chromium, headless, with everything that phones home switched off. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/** Lets only requests for 127.0.0.1 through; every other one is aborted and recorded in `offenders`. */
export async function guardNetwork(context, offenders) {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    offenders.push(url.href);
    return route.abort('blockedbyclient');
  });
}

/**
 * A fresh context and page at `viewport`. Every request is checked: anything
 * not for 127.0.0.1 is aborted and recorded, and `finish()` fails the test if
 * there was any, or any console error, page error or cookie.
 */
export async function open(browser, viewport, { initScript, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme });
  const offenders = [];
  const errors = [];
  await guardNetwork(context, offenders);
  await context.addInitScript(shadowHelpers);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !fromAxeScratch(page, msg)) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') offenders.push(url.href);
  });
  return {
    context,
    page,
    errors,
    async finish() {
      const cookies = await context.cookies();
      await context.close();
      assert.deepEqual(offenders, [], 'requests left 127.0.0.1');
      assert.deepEqual(errors, [], 'console or page errors');
      assert.deepEqual(cookies, [], 'cookies were set');
    },
  };
}

/**
 * Page globals for tests that evaluate in the page: the widget renders in an
 * open shadow root, which document.activeElement and querySelector stop at.
 * `activeEl()` is the focused element inside it; `nearerRoot(i)` the i-th
 * widget's shadow root (or the document when there is none).
 */
function shadowHelpers() {
  window.activeEl = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  window.nearerRoot = (i = 0) => document.querySelectorAll('nearer-widget, [data-nearer]')[i]?.shadowRoot ?? document;
}

/**
 * axe-core reads a shadow root's style sheets by copying each into a <style>
 * in a scratch document it makes (`@import "<href>"` for a <link>), and that
 * document inherits the page's CSP, which blocks the inline style: one
 * console error (and one securitypolicyviolation, without a source file) per
 * style sheet per run. `axe()` records, before each run, exactly the texts
 * it will copy; only a CSP error naming one of their hashes is excused.
 * Every other CSP error, with a URL or without, fails the test.
 */
const scratch = new WeakMap();

/** The texts axe-core copies into its scratch document on `page` (so far). */
export const axeScratchTexts = (page) => [...(scratch.get(page)?.keys() ?? [])];

const fromAxeScratch = (page, msg) => {
  const hashes = scratch.get(page);
  if (!hashes || msg.location().url !== '' || !/Content Security Policy/.test(msg.text())) return false;
  return [...hashes.values()].some((h) => msg.text().includes(`'sha256-${h}'`));
};

/** What axe-core will copy: each open shadow root's <style> text and `@import "<href>"` for each style sheet link. */
function shadowSheetTexts() {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      for (const node of el.shadowRoot.children) {
        if (node.localName === 'style') out.push(node.textContent);
        else if (node.localName === 'link' && /\bstylesheet\b/i.test(node.rel) && node.getAttribute('href')) out.push(`@import "${node.href}"`);
      }
      walk(el.shadowRoot);
    }
  };
  walk(document);
  return out;
}

/** Loads the widget and waits until it has rendered. */
export async function load(page, url) {
  await page.goto(url);
  await page.waitForSelector('.nearer[data-screen]');
}

export const screen = (page) => page.getAttribute('.nearer', 'data-screen');

/** axe-core, WCAG 2.0/2.1/2.2 A and AA, plus the target-size rule (off by default). */
export async function axe(page, label) {
  // evaluated by the driver, not added as a <script>: the pages run under a
  // strict CSP that forbids inline scripts (axe reads open shadow roots itself)
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(AXE, 'utf8'));
  if (!scratch.has(page)) scratch.set(page, new Map());
  for (const text of await page.evaluate(shadowSheetTexts)) {
    scratch.get(page).set(text, createHash('sha256').update(text).digest('base64'));
  }
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    }),
  );
  const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id);
  assert.ok(ran.includes('target-size'), `${label}: the target-size rule did not run`);
  const detail = result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(detail, [], `${label}: axe violations`);
}

/** A full-page screenshot at output/<viewport>/<name>.png. */
export async function shot(page, viewport, name) {
  const dir = join(OUT, viewport.name);
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Checks a screen: axe with no violations, then a screenshot. */
export async function check(page, viewport, name) {
  await axe(page, `${viewport.name}/${name}`);
  await shot(page, viewport, name);
}

/** Chooses option `index` of every question on the current screen, by clicking its label. */
export async function answerAll(page, pick) {
  const groups = page.locator('.nearer fieldset');
  const n = await groups.count();
  for (let g = 0; g < n; g += 1) {
    const index = pick(g);
    if (index !== null) await groups.nth(g).locator('label').nth(index).click();
  }
  return n;
}

/** The results as text: every source with its score, in ranked order. */
export const chartText = (page) =>
  page.locator('.nearer-chart__row').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim()));

export async function clickButton(page, name) {
  await page.getByRole('button', { name, exact: true }).click();
  await pickerMade(page);
}

/** Opened by a click, the list shows its first screenful, then the rest: waits until `n` items are made. */
export const listMade = (page, n) => page.waitForFunction((k) => nearerRoot().querySelectorAll('.nearer-item').length >= k, n);

/**
 * Opened by a click, the picker makes its heading and suggestions first and
 * the rest (browsing, filters, one's own moment, starters) just after the
 * paint: when a picker is on screen, waits until it is whole, so what a test
 * reads next is the whole picker.
 */
export async function pickerMade(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('nearer-widget, [data-nearer]')].every((host) => {
    const view = (host.shadowRoot ?? host).querySelector('.nearer-moments-view:not([data-away])');
    return !view || view.querySelector('#nearer-custom-title') !== null;
  }));
}

/** An init script: localStorage throws SecurityError, as in some privacy modes. */
export function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
}

/**
 * Keys stored by the widget's origin, as { key: value }: read once the
 * widget has saved what it shows (it saves after the next paint).
 */
export const storage = (page) => page.evaluate(async () => {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return Object.fromEntries(Object.entries(window.localStorage));
});

/** Fails if the page scrolls sideways or any element of the widget sticks out of the viewport. */
export async function fits(page, label) {
  const result = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sideways = document.documentElement.scrollWidth - width;
    const out = [];
    for (const el of nearerRoot().querySelectorAll('.nearer *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5) out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.left)}..${Math.round(r.right)})`);
      // a control whose words spill out of it (a tab name too long for its tab)
      if (el.matches('button, summary, .nearer-badge') && el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()} "${el.textContent.trim()}" overflows its box`);
    }
    return { sideways, out: out.slice(0, 5) };
  });
  assert.ok(result.sideways <= 0, `${label}: the page scrolls sideways by ${result.sideways}px`);
  assert.deepEqual(result.out, [], `${label}: elements outside the viewport`);
}

/** The buttons `walkEveryScreen` presses by name, in English. */
export const ENGLISH_WORDS = { begin: 'Begin', next: 'Next', results: 'See my results', deleteAll: 'Delete everything' };

/**
 * Walks every screen from a fresh start, calling `step(name)` on each: the
 * introduction, the situation, the first statements page, the results, the
 * picker with one moment added, the list with it checked off and its details
 * and the safety path open, the data section and its delete question.
 * `words` name the buttons in the widget's language; everything else is
 * found by stable attributes.
 */
export async function walkEveryScreen(page, step, words = ENGLISH_WORDS) {
  await step('01-intro');
  await clickButton(page, words.begin);
  await answerAll(page, (g) => (g === 0 ? 1 : 0));
  await step('02-situation');
  await clickButton(page, words.next);
  for (let p = 0; p < 6; p += 1) {
    await answerAll(page, (g) => (p + g) % 5);
    if (p === 0) await step('03-statements');
    await clickButton(page, p === 5 ? words.results : words.next);
  }
  await page.waitForSelector('.nearer[data-screen="results"]');
  await step('04-results');
  // "Find small moments for this", then the first suggestion's "Add to my list"
  await page.locator('.nearer-results .nearer-button--primary').click();
  await pickerMade(page);
  await page.locator('.nearer-moments > li').nth(0).locator('.nearer-button').first().click();
  await step('10-moments');
  await page.locator('.nearer-tabs button[data-view="list"]').click();
  // "Done today", the item's details and the safety path
  await page.locator('.nearer-item').nth(0).locator('.nearer-button').first().click();
  await page.locator('.nearer-details__summary').nth(0).click();
  await page.locator('.nearer-unsafe__summary').click();
  await step('11-list');
  await page.locator('.nearer-footer [data-view="data"]').click();
  await step('12-data');
  await clickButton(page, words.deleteAll);
  await step('13-data-delete-confirm');
}

// ---- The channels (cdn, iframe, package tests) --------------------------------

/** The headers jsDelivr sends with a package file (2026): CORS open to every origin, no sniffing. */
export const JSDELIVR_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': '*',
  'timing-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/**
 * Serves `root` on 127.0.0.1 at a free port under the path `prefix`, with
 * `headers` on every answer; `alter(path, bytes)` may change a file on its
 * way (a tampered CDN). Everything fetched is listed in `requests`.
 */
export async function serveFiles(root, { prefix = '/', headers = {}, alter = (p, b) => b } = {}) {
  const requests = [];
  const srv = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push({ path, origin: req.headers.origin ?? null, mode: req.headers['sec-fetch-mode'] ?? null });
    if (!path.startsWith(prefix)) {
      res.writeHead(404, headers).end();
      return;
    }
    const rel = path.slice(prefix.length);
    const file = normalize(join(root, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel));
    if (!file.startsWith(root)) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      const body = alter(rel, await readFile(file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise((ok) => srv.listen(0, '127.0.0.1', ok));
  const { port } = srv.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((ok) => { srv.closeAllConnections?.(); srv.close(ok); }),
  };
}

/** An init script: records every securitypolicyviolation of the document it runs in (each frame its own). */
export function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({
    directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample,
  }), true);
}

/**
 * The CSP violations `target` (a page or a frame) recorded, except the ones
 * axe-core's scratch copy of a style sheet causes on `page` (as in
 * embed.test.mjs: told apart by their sample, so the page's policy needs
 * 'report-sample' in style-src).
 */
export async function violationsIn(page, target = page) {
  const all = await target.evaluate(() => window.__violations ?? null);
  assert.ok(Array.isArray(all), 'the violation recorder ran');
  const copies = axeScratchTexts(page).map((t) => t.slice(0, 40));
  return all.filter((v) => !(v.directive === 'style-src-elem' && v.blocked === 'inline' && v.source === ''
    && v.sample !== '' && copies.includes(v.sample)));
}

/** axe-core (as `axe`) inside `frame`, one of `page`'s frames; its scratch copies are excused on `page`. */
export async function axeIn(page, frame, label) {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(await readFile(AXE, 'utf8'));
  if (!scratch.has(page)) scratch.set(page, new Map());
  for (const text of await frame.evaluate(shadowSheetTexts)) {
    scratch.get(page).set(text, createHash('sha256').update(text).digest('base64'));
  }
  const result = await frame.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    }),
  );
  const detail = result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(detail, [], `${label}: axe violations`);
}

/**
 * The snippets of dist/EMBED.md: { selfHosted, cdn, iframe } each as
 * { html, csp }, exactly as a coach would copy them.
 */
export async function embedSnippets(dist = DIST) {
  const md = await readFile(join(dist, 'EMBED.md'), 'utf8');
  const section = (title) => {
    const start = md.indexOf(`\n## ${title}\n`);
    assert.ok(start >= 0, `EMBED.md has a "## ${title}" section`);
    const rest = md.slice(start + 1);
    const end = rest.indexOf('\n## ', 3);
    const text = end < 0 ? rest : rest.slice(0, end);
    const html = text.match(/```html\n([\s\S]*?)\n```/)?.[1];
    const csp = text.match(/^CSP: `([^`]*)`/m)?.[1];
    assert.ok(html && csp, `EMBED.md "${title}": a snippet and its CSP line`);
    return { html, csp };
  };
  return { md, selfHosted: section('Self-hosted'), cdn: section('CDN'), iframe: section('Iframe') };
}

/** The screen the widget in `target` (a page or frame) shows. */
export const screenIn = (target) => target.locator('.nearer[data-screen]').first().getAttribute('data-screen');

/**
 * A coach's page (Mara's, styled by examples/host.css) under `policy`, with
 * `main` as its content: the host page the channel tests paste a snippet into.
 */
export const coachPage = ({ policy, main }) => `<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <title>Mara Lindqvist · Couples coaching</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="host.css">
</head>
<body>
    <header class="site-header"><p class="site-name"><a href="#top">Mara Lindqvist</a> <span>Couples coaching</span></p></header>
    <main id="top">
${main}
    </main>
</body>
</html>
`;
