// The iframe channel: the coach's page (first origin) pastes the iframe
// snippet from dist/EMBED.md as it is (only the example static host's
// address becomes a second local origin, which serves the package's files
// under /nearer/). The frame must follow the widget's height on every
// screen with no inner scrollbar and no clipped focus ring; ignore height
// messages from any other origin or window; lead the whole tab away only
// from the "Leave quickly" click; work in memory, and say so, when storage
// is blocked in the frame; be usable by keyboard; and pass axe.
// Screenshots: output/{phone,desktop}/iframe-host-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  launch, open, serveFiles, recordViolations, violationsIn, embedSnippets, walkEveryScreen, axe, axeIn, shot,
  blockStorage, screenIn, JSDELIVR_HEADERS, PHONE, DESKTOP, coachPage,
} from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE_HOST = 'https://widget-host.example';
let browser;
let scratch;
let frameHost; // the coach's static host: /nearer/ (the package's files) and /other.html
let stranger; // a third origin, with /other.html
let host; // the coach's page

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nearer-iframe-'));
  const site = join(scratch, 'site');
  await mkdir(site);
  host = await serveFiles(site); // first: its address is the quick exit's
  const made = execFileSync('node', [join(root, 'scripts/package.mjs'), join(root, 'dist'), '--out', scratch], { encoding: 'utf8', stdio: 'pipe' });
  execFileSync('tar', ['xzf', made.match(/package: (.*\.tgz)/)[1], '-C', scratch]);
  const statics = join(scratch, 'static');
  await mkdir(statics);
  await cp(join(scratch, 'package'), join(statics, 'nearer'), { recursive: true });
  const other = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another frame</title></head><body><p>Another frame</p></body></html>';
  await writeFile(join(statics, 'other.html'), other);
  // a static host that sends CORS headers (as GitHub Pages does), for the host script's integrity
  frameHost = await serveFiles(statics, { headers: JSDELIVR_HEADERS });
  const strangerRoot = join(scratch, 'stranger');
  await mkdir(strangerRoot);
  await writeFile(join(strangerRoot, 'other.html'), other);
  // the neutral page the quick exit leaves for, on a site of its own
  await writeFile(join(strangerRoot, 'left.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body><p>Sunny.</p></body></html>');
  stranger = await serveFiles(strangerRoot);

  const { iframe } = await embedSnippets(join(scratch, 'package'));
  const local = (s) => s.replaceAll(EXAMPLE_HOST, frameHost.origin);
  assert.match(iframe.html, /title="[^"]+" loading="lazy" allow="clipboard-write"/);
  assert.doesNotMatch(iframe.html, /sandbox|allow-same-origin|allow="[^"]*(camera|microphone|geolocation)/);
  const snippet = local(iframe.html)
    .replace('namespace=your-practice', `namespace=iframe-test&amp;quick-exit=${encodeURIComponent(`${stranger.url}left.html`)}`);
  const policy = [
    "default-src 'none'",
    // the snippet's CSP line, and for this test's two other frames
    ...local(iframe.csp).split(';').map((d) => d.trim()).map((d) => (d.startsWith('frame-src') ? `${d} ${stranger.origin}` : d)),
    "style-src 'self' 'report-sample'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const page = (body) => coachPage({
    policy,
    main: `        <section id="reflection" class="reflection" aria-labelledby="reflection-title">
            <h1 id="reflection-title">Start with a private reflection</h1>
            <p>It runs in your browser: I never see your answers.</p>
${body}
        </section>
        <section class="about"><h2>How I work</h2><p>Six to eight sessions online, on small changes you can make yourself.</p></section>`,
  });
  await writeFile(join(site, 'index.html'), page(`            <!-- pasted from EMBED.md, "Iframe" -->\n${snippet}\n`
    + `            <iframe id="same-host" title="Another frame" src="${frameHost.origin}/other.html" height="60"></iframe>\n`
    + `            <iframe id="stranger" title="A stranger's frame" src="${stranger.origin}/other.html" height="60"></iframe>`));
  // Every port of 127.0.0.1 is one site, and Chromium lets a same-site frame
  // lead the whole tab without a click. A frame on another site may do it
  // only right after a click; this page imposes that very rule with the
  // sandbox flag for it, to see what the visitor of a real coach's site gets.
  await writeFile(join(site, 'cross-site.html'), page(snippet.replace('<iframe ',
    '<iframe sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation" ')));
  await writeFile(join(site, 'host.css'), await readFile(join(root, 'examples/host.css')));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of [frameHost, stranger, host]) await s?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The coach's page with the widget's frame loaded and mounted; `frame` is the widget's frame. */
async function openHost(viewport, options = {}) {
  const session = await open(browser, viewport, {
    ...options,
    initScript: options.initScript ? `(${recordViolations})(); (${options.initScript})();` : recordViolations,
  });
  await session.page.goto(`${host.url}${options.path ?? ''}`);
  const element = session.page.locator('iframe[data-nearer-frame]');
  await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle()).contentFrame();
  await frame.locator('.nearer[data-screen]').waitFor();
  await session.page.locator('iframe[data-nearer-frame][data-nearer-ready]').waitFor();
  return { ...session, frame, element };
}

/** Waits until the frame is as tall as the page inside it; returns that height. */
async function followed(page, frame, label) {
  let last;
  for (let i = 0; i < 40; i += 1) {
    const inner = await frame.evaluate(() => ({
      body: Math.ceil(document.body.getBoundingClientRect().height),
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
      wide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      overflow: getComputedStyle(document.documentElement).overflowY,
    }));
    const outer = await page.locator('iframe[data-nearer-frame]').evaluate((f) => f.getBoundingClientRect().height);
    last = { inner, outer };
    if (Math.abs(outer - inner.body) <= 1 && inner.scroll <= inner.client + 1 && inner.wide <= 0) return outer;
    await page.waitForTimeout(50);
  }
  assert.fail(`${label}: the frame did not follow its content (${JSON.stringify(last)})`);
}

test('the documented iframe follows the widget\'s height on every screen, with axe clean inside and out', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, frame, finish } = await openHost(viewport);
    const heights = new Map();
    await walkEveryScreen(frame, async (name) => {
      heights.set(name, await followed(page, frame, `${viewport.name} ${name}`));
      await axeIn(page, frame, `iframe ${viewport.name} ${name}`);
      if (['01-intro', '03-statements', '04-results', '10-moments', '11-list'].includes(name)) {
        await page.locator('iframe[data-nearer-frame]').scrollIntoViewIfNeeded();
        await shot(page, viewport, `iframe-host-${name}`);
      }
    });
    // it grew and shrank with the screens: intro, statements, results, picker and list differ
    const seen = ['01-intro', '03-statements', '04-results', '10-moments', '11-list'].map((n) => heights.get(n));
    assert.ok(new Set(seen).size >= 4, `${viewport.name}: the height changed between screens (${seen})`);
    await axe(page, `iframe host page ${viewport.name}`);
    assert.deepEqual(await violationsIn(page), [], 'host page: no CSP violation');
    assert.deepEqual(await violationsIn(page, frame), [], 'frame: no CSP violation');
    await finish();
  }
});

test('height messages from another origin or another window are ignored, and the frame talks to its parent only', async () => {
  const { page, frame, finish } = await openHost(PHONE);
  const before = await followed(page, frame, 'before');
  const sameHost = await (await page.locator('#same-host').elementHandle()).contentFrame();
  const foreign = await (await page.locator('#stranger').elementHandle()).contentFrame();
  // what the other frames receive
  for (const f of [sameHost, foreign]) await f.evaluate(() => { window.got = []; addEventListener('message', (e) => window.got.push(e.data)); });
  // a height from another window of the widget's own origin, from another origin, and from the page itself
  await sameHost.evaluate(() => parent.postMessage({ nearer: 'height', height: 37 }, '*'));
  await foreign.evaluate(() => parent.postMessage({ nearer: 'height', height: 41 }, '*'));
  await page.evaluate(() => window.postMessage({ nearer: 'height', height: 43 }, '*'));
  // a hello to the widget's frame from a window that is not its parent
  await foreign.evaluate(() => parent.frames[0].postMessage({ nearer: 'hello' }, '*'));
  await sameHost.evaluate(() => parent.frames[0].postMessage({ nearer: 'hello' }, '*'));
  await page.waitForTimeout(300);
  assert.equal(await page.locator('iframe[data-nearer-frame]').evaluate((f) => f.getBoundingClientRect().height), before, 'the height stays');
  // the widget's frame answered neither, and still follows its content
  await frame.getByRole('button', { name: 'Begin', exact: true }).click();
  await page.waitForTimeout(200);
  assert.deepEqual(await sameHost.evaluate(() => window.got), []);
  assert.deepEqual(await foreign.evaluate(() => window.got), []);
  assert.notEqual(await followed(page, frame, 'after'), before);
  // nothing but a height and a ready signal crosses: the messages the host page receives
  const seen = await page.evaluate(() => new Promise((ok) => {
    const got = [];
    addEventListener('message', (e) => got.push(e.data));
    setTimeout(() => ok(got), 400);
  }).then((got) => got));
  for (const m of seen) assert.deepEqual(Object.keys(m).sort(), m.nearer === 'height' ? ['height', 'nearer'] : ['nearer']);
  await finish();
});

test('in the frame, "Leave quickly" (a click) leads the whole tab away', async () => {
  for (const path of ['', 'cross-site.html']) {
    const { page, frame, finish } = await openHost(PHONE, { path });
    await frame.getByRole('button', { name: 'Leave quickly' }).click();
    await page.waitForURL(`${stranger.url}left.html`);
    await finish();
  }
});

test('in a frame on another site, Escape twice (no click) empties the widget and replaces only the frame', async () => {
  // Nothing here runs script in the frame (Playwright runs it as a user
  // gesture, which would count as the click): only keys from outside.
  const { page, errors, context } = await open(browser, PHONE, { initScript: recordViolations });
  await page.goto(`${host.url}cross-site.html`);
  await page.locator('iframe[data-nearer-frame][data-nearer-ready]').waitFor();
  await page.locator('.site-name a').focus();
  await page.keyboard.press('Tab'); // into the frame: "Leave quickly"
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  const left = () => page.frames().some((f) => f.url() === `${stranger.url}left.html`);
  for (let i = 0; i < 60 && !left(); i += 1) await page.waitForTimeout(50);
  assert.ok(left(), 'the frame shows the neutral page');
  assert.equal(page.url(), `${host.url}cross-site.html`, 'the coach\'s page stays');
  assert.equal(await page.locator('iframe[data-nearer-frame]').count(), 1);
  // (Chromium says why the frame could not lead the whole tab; nothing else is logged)
  const rest = errors.filter((e) => !/navigat/i.test(e));
  assert.deepEqual(rest, []);
  await context.close();
});

test('with storage blocked in the frame, the widget works in memory and says so', async () => {
  const { page, frame, finish } = await openHost(PHONE, { initScript: blockStorage });
  const notice = frame.locator('.nearer-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /gone when you close it/);
  assert.match(await frame.locator('.nearer-points').innerText(), /nothing is kept on this device/);
  await followed(page, frame, 'blocked storage');
  await axeIn(page, frame, 'iframe blocked storage');
  await shot(page, PHONE, 'iframe-host-storage-blocked');
  await finish();
});

test('by keyboard alone, from the page into the frame and through a screen, with every focus ring inside the frame', async () => {
  const { page, frame, finish } = await openHost(PHONE);
  const ringInside = () => frame.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const ring = (parseFloat(s.outlineWidth) || 0) + Math.max(0, parseFloat(s.outlineOffset) || 0);
    return {
      name: `${el.localName} ${el.textContent.trim().slice(0, 30)}`,
      inside: r.left - ring >= 0 && r.top - ring >= 0 && r.right + ring <= innerWidth && r.bottom + ring <= innerHeight,
      ring,
    };
  });
  // Tab from the page's first link until focus is inside the frame
  await page.locator('.site-name a').focus();
  let inFrame = false;
  for (let i = 0; i < 10 && !inFrame; i += 1) {
    await page.keyboard.press('Tab');
    inFrame = await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body);
  }
  assert.ok(inFrame, 'Tab reaches the widget in the frame');
  // "Leave quickly" comes first; then on to Begin
  const first = await ringInside();
  assert.match(first.name, /Leave quickly/);
  const visited = [];
  for (let i = 0; i < 12; i += 1) {
    const f = await ringInside();
    if (!f) break;
    visited.push(f);
    assert.ok(f.inside, `focus ring of ${f.name} is inside the frame`);
    assert.ok(f.ring >= 2, `${f.name}: a visible focus ring`);
    if (/^button Begin/.test(f.name)) break;
    await page.keyboard.press('Tab');
  }
  assert.match(visited.at(-1).name, /^button Begin/);
  await page.keyboard.press('Enter');
  await frame.locator('.nearer[data-screen="situation"]').waitFor();
  await followed(page, frame, 'situation by keyboard');
  // choose an answer in each question with the keyboard, then Next
  const groups = await frame.locator('.nearer fieldset').count();
  for (let g = 0; g < groups; g += 1) {
    await frame.locator('.nearer fieldset').nth(g).locator('input').first().focus();
    await page.keyboard.press('Space');
    const f = await ringInside();
    assert.ok(f.inside, `focus ring of answer ${g} is inside the frame`);
  }
  await frame.getByRole('button', { name: 'Next', exact: true }).focus();
  await page.keyboard.press('Enter');
  await frame.locator('.nearer[data-screen="statements"]').waitFor();
  assert.equal(await screenIn(frame), 'statements');
  await followed(page, frame, 'statements by keyboard');
  await finish();
});

test("embed.html's query parameters are the element's attributes: the same validation, warnings and defaults", async () => {
  const { page, finish } = await open(browser, PHONE, { initScript: recordViolations });
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('nearer:') && warnings.push(m.text()));
  const bad = new URLSearchParams({
    namespace: 'Not Valid!',
    parts: 'quiz',
    accent: 'banana',
    'cta-label': 'Book',
    'cta-url': 'javascript:alert(1)',
    'quick-exit': 'ftp://example.org',
    lang: 'xx',
    '<b>': 'x', // not a name: ignored
  });
  await page.goto(`${frameHost.url}nearer/embed.html?${bad}`);
  await page.locator('.nearer[data-screen="intro"]').waitFor();
  for (const n of ['data-namespace', 'data-parts', 'data-accent', 'data-cta-url', 'data-quick-exit', 'data-lang']) {
    assert.ok(warnings.some((w) => w.startsWith(`nearer: ${n}=`)), `a warning about ${n}: ${warnings.join('\n')}`);
  }
  assert.equal(await page.locator('.nearer-tab').count(), 3, 'all parts: the default');
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  // and good values are used, as attributes would be
  await page.goto(`${frameHost.url}nearer/embed.html?accent=%238a3b5c&lang=es&parts=list`);
  await page.locator('.nearer[data-screen]').waitFor();
  assert.equal(await page.locator('.nearer').first().getAttribute('lang'), 'es');
  assert.equal(await page.locator('.nearer').first().getAttribute('data-view'), 'list', 'only the list');
  assert.equal(await page.locator('.nearer-button--primary').first().evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(138, 59, 92)');
  assert.deepEqual(await violationsIn(page), []);
  await finish();
});
