// make bench, part 8 and 9: the widget as a guest on a coach's page, and the
// standalone first screen against a plain-JS one.
//
// The host page (pages/host.html) has a large hero image and text above the
// fold and the widget far below; `?bare` is the same page without the embed.
// Each run is a fresh context with the HTTP cache off, phone-sized, and the
// two variants alternate so a busy machine hurts both alike. Measured in the
// page (PerformanceObserver) and over CDP:
// - the host's Largest Contentful Paint;
// - Total Blocking Time: each long task's time beyond 50 ms, from the first
//   contentful paint until 5 s after the load event (the window in which a
//   widget that starts on idle does all its start-up work);
// - the bytes the page fetched for the widget (/nearer/...) before its load
//   event, and in the 5 s after it with no scrolling;
// - a visitor who scrolls straight to the widget as soon as the page has
//   loaded: from that scroll to the widget's first screen being interactive.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage } from './browser.mjs';
import { TYPES as HARNESS_TYPES } from '../../tests/e2e/harness.mjs';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), 'pages');
const TYPES = { ...HARNESS_TYPES, '.png': 'image/png' };

/** A deterministic 1600x900 photo-like PNG (soft gradients and grain), about the weight of a real hero image. */
export function heroPng(width = 1600, height = 900) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let seed = 0x9e3779b9;
  const noise = () => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return (seed >>> 0) & 3;
  };
  // grain in 4-pixel runs: about the weight of a well-compressed hero photo
  let grain = 0;
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x += 1) {
      const i = row + 1 + x * 3;
      if (x % 4 === 0) grain = noise();
      const light = Math.sin((x / width) * Math.PI) * 60 + (1 - y / height) * 80 + grain;
      raw[i] = Math.min(255, 150 + light * 0.9);
      raw[i + 1] = Math.min(255, 120 + light * 0.8);
      raw[i + 2] = Math.min(255, 95 + light * 0.6);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Serves pages/ at /, `dist` at /nearer/, and the hero image, on 127.0.0.1 at a free port. */
export async function serveHost(dist) {
  const hero = heroPng();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (path === '/hero.png') {
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(hero);
      return;
    }
    const [root, rest] = path.startsWith('/nearer/') ? [dist, path.slice('/nearer'.length)] : [PAGES, path];
    const file = normalize(join(root, rest));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, heroBytes: hero.length, close: () => new Promise((ok) => server.close(ok)) };
}

/** Installed before the page's scripts: LCP, FCP and long tasks, relative to navigation start. */
function paintProbe() {
  const p = (window.__host = { lcp: null, fcp: null, tasks: [] });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) p.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') p.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) p.tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  } catch {
    p.unsupported = true;
  }
}

/** One load of `url`; returns the host's figures. With `scroll`, scrolls to the widget right after the load event. */
async function hostRun(browser, url, { rate, scroll = false, settle = 5000 }) {
  const t = await openPage(browser, { rate });
  try {
    await t.context.addInitScript(paintProbe);
    const fetched = [];
    const started = new Map();
    t.cdp.on('Network.requestWillBeSent', (e) => started.set(e.requestId, { url: e.request.url, at: e.timestamp }));
    t.cdp.on('Network.loadingFinished', (e) => {
      const r = started.get(e.requestId);
      if (r) fetched.push({ url: r.url, bytes: e.encodedDataLength, at: e.timestamp });
    });
    await t.page.goto(url, { waitUntil: 'load' });
    let scrolled = null;
    if (scroll) {
      scrolled = await t.page.evaluate(() => {
        const el = document.querySelector('nearer-widget');
        el.scrollIntoView({ block: 'start' });
        return performance.now();
      });
      await t.page.waitForFunction(() => window.__bench && window.__bench.interactive !== null, null, { timeout: 60_000 });
    } else {
      await t.page.waitForTimeout(settle);
    }
    const probe = await t.page.evaluate(() => ({ ...window.__host, interactive: window.__bench.interactive, loadEnd: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null }));
    if (probe.unsupported) throw new Error('largest-contentful-paint or longtask entries are not supported by this browser');
    const t0 = Math.min(...[...started.values()].map((r) => r.at));
    const widgetBytes = (until) => fetched.filter((f) => new URL(f.url).pathname.startsWith('/nearer/') && f.at - t0 <= until).reduce((s, f) => s + f.bytes, 0);
    if (probe.loadEnd === null) throw new Error(`${url}: no navigation timing entry`);
    const until = probe.loadEnd + settle;
    const tbt = probe.tasks
      .filter((k) => probe.fcp !== null && k.start >= probe.fcp && k.start <= until)
      .reduce((s, k) => s + Math.max(0, k.duration - 50), 0);
    return {
      lcp: probe.lcp,
      tbt,
      longest: probe.tasks.reduce((m, k) => Math.max(m, k.duration), 0),
      bytesBeforeLoad: widgetBytes(probe.loadEnd / 1000),
      bytesAfterIdle: widgetBytes(Infinity),
      scrollToInteractive: scroll ? probe.interactive - scrolled : null,
      errors: t.errors,
      offenders: t.offenders,
    };
  } finally {
    await t.close();
  }
}

/** The host page with and without the widget, `runs` each at 1x and at `rate`x, alternating; then `runs` scroll-straight-to-it runs. */
export async function hostBench(browser, dist, { runs = 7, rate = 4, log = () => {} } = {}) {
  const server = await serveHost(dist);
  const with_ = new URL('host.html', server.url).href;
  const bare = `${with_}?bare`;
  const out = { heroBytes: server.heroBytes, plain: { with: [], bare: [] }, slow: { with: [], bare: [] }, scroll: [], errors: [], offenders: [] };
  const keep = (r) => {
    out.errors.push(...r.errors);
    out.offenders.push(...r.offenders);
    delete r.errors;
    delete r.offenders;
    return r;
  };
  try {
    for (const [mode, r] of [['plain', 1], ['slow', rate]]) {
      log(`host page, ${mode === 'plain' ? 'plain' : `${rate}x CPU`}: ${runs} runs with the widget and ${runs} without, alternating`);
      for (let i = 0; i < runs; i += 1) {
        out[mode].with.push(keep(await hostRun(browser, with_, { rate: r })));
        out[mode].bare.push(keep(await hostRun(browser, bare, { rate: r })));
      }
    }
    log(`host page: ${runs} runs scrolling straight to the widget after the load event`);
    for (let i = 0; i < runs; i += 1) out.scroll.push(keep(await hostRun(browser, with_, { rate: 1, scroll: true })));
  } finally {
    await server.close();
  }
  return out;
}

/** Start-up of plain.html (the plain-JS first screen) against the standalone page, alternating, plain and at `rate`x. */
export async function plainBench(browser, dist, standaloneUrl, { runs = 15, rate = 4, loadWidget, log = () => {} } = {}) {
  const server = await serveHost(dist);
  const plainUrl = new URL('plain.html', server.url).href;
  const out = { plain: { widget: [], reference: [], wasmArrived: [] }, slow: { widget: [], reference: [], wasmArrived: [] } };
  try {
    for (const [mode, r] of [['plain', 1], ['slow', rate]]) {
      log(`plain-JS reference, ${mode === 'plain' ? 'plain' : `${rate}x CPU`}: ${runs} runs each, alternating`);
      for (let i = 0; i < runs; i += 1) {
        for (const [which, url] of [['widget', standaloneUrl], ['reference', plainUrl]]) {
          const t = await openPage(browser, { rate: r });
          try {
            out[mode][which].push((await loadWidget(t.page, url)).interactive);
            // when the wasm had arrived (its response's end): what no start-up work can beat
            if (which === 'widget') out[mode].wasmArrived.push(await t.page.evaluate(() => performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.responseEnd ?? null));
          } finally {
            await t.close();
          }
        }
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

/**
 * Start-up cut into main-thread tasks: the standalone page loaded `runs`
 * times at 1x with a CDP trace. For each run, the duration of the task that
 * holds each phase: compiling (the main thread's share of the streaming
 * compile), instantiating, mounting (nearer-start.js calling the wasm), the
 * first render (the wasm's next call, a task of its own) and the browser's
 * layout after it. The issue asks that none be over 50 ms at 1x.
 */
export async function phaseBench(browser, url, { runs = 5, openPage, loadWidget, log = () => {} } = {}) {
  log(`start-up tasks: ${runs} traced loads of the standalone page, plain`);
  const out = [];
  for (let i = 0; i < runs; i += 1) {
    const t = await openPage(browser, { rate: 1 });
    try {
      const events = [];
      t.cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      const done = new Promise((ok) => t.cdp.once('Tracing.tracingComplete', ok));
      await t.cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.wasm,blink.user_timing,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
      await loadWidget(t.page, url);
      await t.page.waitForTimeout(300);
      await t.cdp.send('Tracing.end');
      await done;
      const threads = new Map();
      for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
      const main = new Set([...threads].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k));
      const onMain = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
      const tasks = onMain.filter((e) => e.name === 'RunTask');
      const task = (ev) => (ev ? tasks.find((k) => k.ts <= ev.ts && ev.ts <= k.ts + k.dur) ?? null : null);
      const dur = (k) => (k ? k.dur / 1000 : null);
      const compile = onMain.find((e) => e.name === 'v8.wasm.compileConsume');
      const instantiate = onMain.find((e) => e.name === 'wasm.AsyncInstantiate' || e.name === 'wasm.SyncInstantiate');
      // the User Timing measures the page records (window.nearerTiming): each ends inside the task it measures
      const ended = (name) => events.find((e) => e.name === name && e.cat.includes('user_timing') && (e.ph === 'e' || e.ph === 'E'));
      const mount = ended('nearer:mount');
      const render = ended('nearer:render');
      const layout = render && onMain.find((e) => e.name === 'Layout' && e.ts > task(render)?.ts + task(render)?.dur);
      const phases = { compile: task(compile), instantiate: task(instantiate), mount: task(mount), render: task(render), layout: task(layout) };
      const missing = Object.entries(phases).filter(([, k]) => !k).map(([n]) => n);
      if (missing.length) throw new Error(`start-up trace: no task found for ${missing.join(', ')}`);
      out.push(Object.fromEntries(Object.entries(phases).map(([n, k]) => [n, dur(k)])));
    } finally {
      await t.close();
    }
  }
  return out;
}
