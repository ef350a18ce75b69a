// In-browser measurements: Debian's chromium through the e2e harness (same
// flags, a static server on 127.0.0.1), a fresh context per run, the HTTP
// cache disabled over CDP, optional CPU throttling over CDP. Every request
// that is not for 127.0.0.1 is aborted and recorded.
import { serve, launch, guardNetwork, PHONE, DESKTOP } from '../../tests/e2e/harness.mjs';

export { serve, launch, PHONE, DESKTOP };

/**
 * Installed before any page script (addInitScript). Records, relative to the
 * navigation start (performance.now()):
 * - `interactive`: when `.nearer[data-screen] button` first exists (MutationObserver),
 *   and `painted`: the next frame after it (rAF, then a message);
 * - `cls`: layout shifts without recent input, summed;
 * - `events`: Event Timing entries of at least 16 ms;
 * - `wasm`: the wasm exports, from the TrunkApplicationStarted event (src/nearer-widget.js
 *   sends it when `nearerTiming` is set);
 * - an armed click: its input time stamp, handler start and next paint.
 */
function probe() {
  if (window.__bench) return;
  // the widget records its nearer:load / nearer:save measures only when asked
  window.nearerTiming = true;
  const b = (window.__bench = {
    interactive: null, painted: null, screen: null, cls: 0, shifts: 0, events: [], wasm: null,
    armed: false, resolve: null, result: null,
  });
  const nextPaint = (done) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => done(performance.now());
    ch.port2.postMessage(0);
  });
  const seen = () => {
    if (b.interactive !== null) return;
    // the widget renders in its host's shadow root
    const root = document.querySelector('nearer-widget, [data-nearer]')?.shadowRoot ?? document;
    const button = root.querySelector('.nearer[data-screen] button');
    if (!button) return;
    b.interactive = performance.now();
    b.screen = button.closest('.nearer').getAttribute('data-screen');
    observer.disconnect();
    nextPaint((t) => { b.painted = t; });
  };
  const observer = new MutationObserver(seen);
  const watch = { childList: true, subtree: true, attributes: true, attributeFilter: ['data-screen'] };
  observer.observe(document, watch);
  // a document observer does not see into shadow roots: watch the widget's once it is mounted
  addEventListener('nearer:ready', (e) => {
    const root = e.target.shadowRoot;
    if (root) observer.observe(root, watch);
    seen();
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) { b.cls += e.value; b.shifts += 1; }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch { b.cls = null; }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.events.push({ name: e.name, id: e.interactionId, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch { b.events = null; }
  addEventListener('TrunkApplicationStarted', (e) => { b.wasm = (e.detail && e.detail.wasm) || null; });
  addEventListener('click', (e) => {
    if (!b.armed) return;
    b.armed = false;
    const input = e.timeStamp;
    const handler = performance.now();
    nextPaint((paint) => b.resolve({ input, handler, paint }));
  }, true);
}

/** Puts `value` under `key` in localStorage before the page's scripts run, on every load. */
function seed({ key, value }) {
  if (location.hostname === '127.0.0.1') localStorage.setItem(key, value);
}

/**
 * A fresh context and page: phone-sized unless `viewport` says otherwise, the
 * probe installed, `state` seeded, cache disabled, CPU slowed `rate` times.
 */
export async function openPage(browser, { viewport = PHONE, rate = 1, state = null } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const offenders = [];
  const errors = [];
  await guardNetwork(context, offenders);
  await context.addInitScript(probe);
  if (state) await context.addInitScript(seed, state);
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') offenders.push(url.href);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp, offenders, errors, close: () => context.close() };
}

/** Navigates (or reloads) and waits for the widget's first screen to be interactive and painted. */
export async function loadWidget(page, url) {
  if (url) await page.goto(url, { waitUntil: 'load' });
  else await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench && window.__bench.painted !== null, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const b = window.__bench;
    return { interactive: b.interactive, painted: b.painted, screen: b.screen };
  });
}

/** Durations of the User Timing measures named `name` (an empty list if there are none). */
export const measures = (page, name) => page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);

/**
 * Clicks `target(i)` `reps` times; for each: the click's input time stamp to
 * the next paint, measured in the page. Also returns the worst Event Timing
 * duration per interaction among those the browser reported (≥ 16 ms).
 * `before(i)` may prepare the next repetition (e.g. reload); it runs unmeasured.
 */
export async function clicks(page, reps, target, { before } = {}) {
  const samples = [];
  await page.evaluate(() => { if (window.__bench.events) window.__bench.events.length = 0; });
  for (let i = 0; i < reps; i += 1) {
    if (before) await before(i);
    const locator = await target(i);
    await locator.scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const b = window.__bench;
      b.result = new Promise((ok) => { b.resolve = ok; });
      b.armed = true;
    });
    await locator.click();
    const r = await page.evaluate(() => window.__bench.result);
    samples.push({ toPaint: r.paint - r.input, handlerToPaint: r.paint - r.handler, inputDelay: r.handler - r.input });
    await page.waitForTimeout(20);
  }
  const events = await page.evaluate(() => window.__bench.events);
  let eventTiming = null;
  if (events) {
    const worst = new Map();
    for (const e of events) if (e.id) worst.set(e.id, Math.max(worst.get(e.id) ?? 0, e.duration));
    eventTiming = { reported: worst.size, worst: worst.size ? Math.max(...worst.values()) : null };
  }
  return { samples, eventTiming };
}

/** JS heap (after a forced GC) and the wasm's linear memory, in bytes. */
export async function memory(page, cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => {
    const w = window.__bench.wasm;
    return w && w.memory instanceof WebAssembly.Memory ? w.memory.buffer.byteLength : null;
  });
  return { heapUsed: heap.usedSize, heapTotal: heap.totalSize, wasm };
}

/**
 * The calibration workload: a tight integer loop (xorshift) of fixed size,
 * run in the page (so at that page's CPU throttling). Returns ms.
 */
export const CALIBRATION_ITERATIONS = 20_000_000;
const loop = (n) => {
  const t0 = performance.now();
  let x = 0x2545f491;
  let s = 0;
  for (let k = 0; k < n; k += 1) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    s = (s + (x & 1023)) | 0;
  }
  const ms = performance.now() - t0;
  return s === 0.5 ? -1 : ms; // keeps `s` alive
};
const middle = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The calibration loop `runs` times in `page`, right after a measurement there: the median, in ms. */
export async function calibrateHere(page, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push(await page.evaluate(loop, CALIBRATION_ITERATIONS));
  return middle(times);
}

/** The calibration loop in a blank page of its own, `rate` times slowed: median of 7 after 2 warm-up runs, in ms. */
export async function calibrate(browser, rate) {
  const { page, close } = await openPage(browser, { rate });
  try {
    await page.setContent('<!doctype html><title>calibration</title>');
    await calibrateHere(page, 2);
    return await calibrateHere(page, 7);
  } finally {
    await close();
  }
}
