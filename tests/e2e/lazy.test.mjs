// The widget as a guest on a coach's page (issue 15): it never competes with
// the page's own content. With the widget far below the fold, nothing but
// the small entry module loads until the visitor scrolls near it (idle
// start held back here, so only nearness can start it), while a quiet,
// accessible placeholder holds its place; then the widget mounts and works.
// When the browser is idle after the page's load event, the widget's files
// are fetched and compiled without any scrolling, but nothing is
// instantiated or rendered until the visitor comes near. A widget marked
// data-load="eager" (the standalone page) starts at once.
// Screenshots: output/phone/lazy-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, open, serveFiles, axe, shot, clickButton, DIST, OUT, PHONE } from './harness.mjs';

let browser;
let site;
let scratch;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'">
<title>A coach's long page</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="page.css">
<script type="module" src="/nearer/nearer-widget.js"></script>
</head>
<body>
<main>
<h1>Coaching for couples</h1>
<div class="tall">A long page of the coach's own words.</div>
<h2 id="reflection">A private reflection</h2>
<nearer-widget data-namespace="lazy-test"></nearer-widget>
</main>
</body>
</html>`;

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nearer-lazy-'));
  await cp(DIST, join(scratch, 'nearer'), { recursive: true });
  await writeFile(join(scratch, 'index.html'), PAGE);
  await writeFile(join(scratch, 'page.css'), 'body{margin:0;font-family:Georgia,serif}main{padding:1rem}.tall{height:4000px}.gap{height:150vh}');
  site = await serveFiles(scratch);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** An init script: requestIdleCallback never calls back, so only coming near can start the widget. */
function noIdle() {
  window.requestIdleCallback = () => 0;
}

/** An init script: neither idleness nor coming near is ever reported. */
function neverStart() {
  window.requestIdleCallback = () => 0;
  window.IntersectionObserver = class { observe() {} unobserve() {} disconnect() {} };
}

const heavy = (path) => /\/nearer\/(nearer-start\.js|nearer\.js|nearer_bg\.wasm|nearer\.css|lang\/)/.test(path);
const placeholderText = (page) => page.evaluate(() => window.nearerRoot().querySelector('.nearer-placeholder')?.textContent ?? null);

test('below the fold: only the entry module loads until the visitor comes near, then the widget mounts and works', async () => {
  const t = await open(browser, PHONE, { initScript: noIdle });
  try {
    site.requests.length = 0;
    await t.page.goto(site.url, { waitUntil: 'load' });
    await t.page.waitForTimeout(1500);
    const early = site.requests.map((r) => r.path);
    assert.deepEqual(early.filter((p) => p.startsWith('/nearer/')), ['/nearer/nearer-widget.js'], 'only the entry module loads with the page');
    assert.equal(await placeholderText(t.page), 'The reflection is loading…', 'a placeholder holds the place');
    await t.page.locator('nearer-widget').scrollIntoViewIfNeeded();
    await t.page.waitForSelector('.nearer[data-screen="intro"]');
    assert.ok(site.requests.some((r) => r.path === '/nearer/nearer_bg.wasm'), 'the wasm loads once the widget is near');
    assert.equal(await placeholderText(t.page), null, 'the placeholder is gone once the widget shows');
    await axe(t.page, 'phone/lazy-mounted');
    await clickButton(t.page, 'Begin');
    await t.page.waitForSelector('.nearer[data-screen="situation"]');
    await shot(t.page, PHONE, 'lazy-mounted');
  } finally {
    await t.finish();
  }
});

test('the placeholder passes axe, in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // seen, but never started: neither idleness nor nearness reaches the widget
    const t = await open(browser, PHONE, { initScript: neverStart, colorScheme });
    try {
      await t.page.goto(site.url, { waitUntil: 'load' });
      assert.equal(await placeholderText(t.page), 'The reflection is loading…');
      await t.page.locator('#reflection').scrollIntoViewIfNeeded();
      await axe(t.page, `phone/lazy-placeholder-${colorScheme}`);
      await mkdir(join(OUT, PHONE.name), { recursive: true });
      await t.page.screenshot({ path: join(OUT, PHONE.name, `lazy-placeholder-${colorScheme}.png`) });
    } finally {
      await t.finish();
    }
  }
});

/** An init script: the widget records its start-up phases as User Timing measures (as for make bench). */
function timing() {
  window.nearerTiming = true;
}
const measured = (page) => page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('nearer:')));

test('when the browser is idle after the load event, the files are fetched and compiled without any scrolling; the widget renders only when the visitor comes near', async () => {
  const t = await open(browser, PHONE, { initScript: timing });
  try {
    site.requests.length = 0;
    await t.page.goto(site.url, { waitUntil: 'load' });
    // idle: the start module fetches the glue, the wasm and the style sheet, compiles and parses them
    await t.page.waitForFunction(() => performance.getEntriesByName('nearer:prepare').length > 0, null, { timeout: 15_000 });
    const fetched = site.requests.map((r) => r.path).filter((p) => p.startsWith('/nearer/')).sort();
    assert.deepEqual(fetched, ['/nearer/nearer-start.js', '/nearer/nearer-widget.js', '/nearer/nearer.css', '/nearer/nearer.js', '/nearer/nearer_bg.wasm']);
    // ... and then nothing more: not instantiated, not mounted, the placeholder in place
    await t.page.waitForTimeout(500);
    assert.equal(await t.page.evaluate(() => window.scrollY), 0, 'the page was not scrolled');
    assert.deepEqual(await measured(t.page), ['nearer:prepare'], 'prepared, but not instantiated nor mounted');
    assert.equal(await placeholderText(t.page), 'The reflection is loading…');
    assert.equal(await t.page.evaluate(() => window.nearerRoot().querySelector('.nearer')), null, 'nothing rendered');
    // coming near: instantiated and rendered from what was prepared, nothing fetched again
    const before = site.requests.length;
    await t.page.locator('nearer-widget').scrollIntoViewIfNeeded();
    await t.page.waitForSelector('.nearer[data-screen="intro"]');
    assert.deepEqual(site.requests.slice(before).map((r) => r.path), [], 'nothing fetched again');
    assert.deepEqual((await measured(t.page)).filter((n) => n !== 'nearer:load'), ['nearer:prepare', 'nearer:instantiate', 'nearer:mount', 'nearer:render']);
    assert.equal(await placeholderText(t.page), null, 'the placeholder is gone once the widget shows');
    await clickButton(t.page, 'Begin');
    await t.page.waitForSelector('.nearer[data-screen="situation"]');
  } finally {
    await t.finish();
  }
});

/** An init script: no idle start, and the start-up phases recorded as User Timing measures. */
function noIdleTimed() {
  window.requestIdleCallback = () => 0;
  window.nearerTiming = true;
}

test('within a screen of the visitor the widget is fetched and compiled; it is instantiated and rendered only within a quarter of a screen', async () => {
  // the widget's top about one and a half screens down: within the screen ahead, not yet the quarter
  await writeFile(join(scratch, 'mid.html'), PAGE.replace('<div class="tall">', '<div class="gap">'));
  const t = await open(browser, PHONE, { initScript: noIdleTimed });
  try {
    site.requests.length = 0;
    await t.page.goto(`${site.url}mid.html`, { waitUntil: 'load' });
    const top = await t.page.evaluate(() => document.querySelector('nearer-widget').getBoundingClientRect().top / innerHeight);
    assert.ok(top > 1.3 && top < 1.9, `the widget's top is ${top.toFixed(2)} screens down`);
    await t.page.waitForFunction(() => performance.getEntriesByName('nearer:prepare').length > 0, null, { timeout: 15_000 });
    await t.page.waitForTimeout(500);
    assert.deepEqual(await measured(t.page), ['nearer:prepare'], 'prepared, not instantiated');
    assert.equal(await placeholderText(t.page), 'The reflection is loading…');
    // half a screen further down: now within a quarter of a screen
    await t.page.evaluate(() => scrollBy(0, innerHeight / 2));
    await t.page.waitForSelector('.nearer[data-screen="intro"]');
    assert.equal(site.requests.filter((r) => r.path === '/nearer/nearer_bg.wasm').length, 1, 'the wasm fetched once');
  } finally {
    await t.finish();
  }
});

test('two widgets far apart: both are mounted when the first comes near, each with the one style sheet fetched once', async () => {
  const page2 = PAGE.replace('<nearer-widget data-namespace="lazy-test"></nearer-widget>',
    '<nearer-widget data-namespace="lazy-one"></nearer-widget><div class="tall">More of the page.</div><div data-nearer data-namespace="lazy-two"></div>');
  await writeFile(join(scratch, 'two.html'), page2);
  const t = await open(browser, PHONE, { initScript: noIdle });
  try {
    site.requests.length = 0;
    await t.page.goto(`${site.url}two.html`, { waitUntil: 'load' });
    await t.page.locator('nearer-widget').scrollIntoViewIfNeeded();
    await t.page.waitForFunction(() => [0, 1].every((i) => window.nearerRoot(i).querySelector('.nearer[data-screen="intro"]')));
    assert.equal(site.requests.filter((r) => r.path === '/nearer/nearer.css').length, 1, 'nearer.css fetched once');
    // the two shadow roots adopt the same parsed sheet; neither links one
    const sheets = await t.page.evaluate(() => {
      const [a, b] = [0, 1].map((i) => window.nearerRoot(i));
      return { shared: a.adoptedStyleSheets[0] === b.adoptedStyleSheets[0], links: a.querySelectorAll('link').length + b.querySelectorAll('link').length, color: getComputedStyle(a.querySelector('.nearer-button--primary')).backgroundColor };
    });
    assert.equal(sheets.shared, true, 'one style sheet for both');
    assert.equal(sheets.links, 0, 'no <link> in the shadow roots');
    assert.notEqual(sheets.color, 'rgba(0, 0, 0, 0)', 'styled: the primary button has its background');
  } finally {
    await t.finish();
  }
});

test('data-load="eager" starts at once: the standalone page fetches the wasm before its load event ends', async () => {
  const standalone = await serveFiles(DIST);
  const t = await open(browser, PHONE, { initScript: noIdle });
  try {
    await t.page.goto(standalone.url, { waitUntil: 'load' });
    const atLoad = standalone.requests.map((r) => r.path);
    assert.ok(atLoad.includes('/nearer_bg.wasm'), `the wasm was requested by the load event: ${atLoad.join(', ')}`);
    // preloaded by the page: each fetched once, the preload reused by the start module
    for (const file of ['/nearer-start.js', '/nearer.js', '/nearer_bg.wasm']) assert.equal(atLoad.filter((p) => p === file).length, 1, `${file} fetched once`);
    await t.page.waitForSelector('.nearer[data-screen="intro"]');
  } finally {
    await t.finish();
    await standalone.close();
  }
});
