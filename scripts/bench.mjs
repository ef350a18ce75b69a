// The benchmark behind `make bench`: first-load sizes, where the wasm's bytes
// go, start-up, interaction latency with five years of data, storage, memory
// and layout shift, measured in headless Debian chromium, with the machine
// described and a calibration workload so runs on different machines compare.
// Writes bench/out/report.md and bench/out/report.json and prints the Markdown.
// Exits 0 whether or not the budgets are met; non-zero only if a measurement broke.
//
// Usage: node scripts/bench.mjs [dist] [--page index.html] [--runs 15] [--reps 30]
//                               [--out bench/out] [--wasm target/.../nearer.wasm]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSizes, sizesTable } from './sizes.mjs';
import { readDomain, fiveYearState, STATE_KEY } from './bench/state.mjs';
import { profileWasm } from './bench/wasm.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// --- arguments ---
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = argv[at + 1];
  argv.splice(at, 2);
  return value;
};
const PAGE = option('page', 'index.html');
const RUNS = Number(option('runs', 15));
const REPS = Number(option('reps', 30));
const OUT = resolve(option('out', join(ROOT, 'bench/out')));
const RELEASE_WASM = resolve(option('wasm', join(ROOT, 'target/wasm32-unknown-unknown/release/nearer.wasm')));
const DIST = resolve(argv[0] ?? join(ROOT, 'dist'));
const RATE = 4;
const HOST_RUNS = Number(option('host-runs', 7));

const BUDGET = {
  gzip: 140_000,
  brotli: 115_000,
  // a language file and the wasm, for a visitor in another language: no more than an English visitor's first load before languages were data (185.5 kB)
  gzipOtherLanguage: 185_500,
  // bytes fetched for the widget on a coach's page before its load event, widget below the fold
  hostBytes: 5_000,
  hostLcpRatio: 1.05,
  hostTbt: 50,
  // no main-thread task of the start-up over 50 ms at 1x
  startTask: 50,
  // standalone first screen interactive ÷ the plain-JS first screen, same run
  startRatio: 1.8,
  interactionP90: 33,
  interactionWorst: 50,
  stored: 200_000,
  loadSave: 10,
  cls: 0,
};

const log = (...a) => console.error('bench:', ...a);
const PHASES = [['compile', 'compile'], ['instantiate', 'instantiate'], ['mount', 'mount'], ['render', 'first render']];
const fail = (msg) => {
  throw new Error(msg);
};

// --- statistics and formatting ---
const sorted = (xs) => xs.slice().sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const n = s.length;
  return n === 0 ? null : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
/** Nearest-rank percentile. */
const pct = (xs, p) => {
  const s = sorted(xs);
  return s.length ? s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] : null;
};
const stats = (xs) => ({ n: xs.length, median: median(xs), min: Math.min(...xs), max: Math.max(...xs), p90: pct(xs, 90), values: xs });
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);
const int = (n) => n.toLocaleString('en-US');
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const ratio = (x, calib) => (x === null || !calib ? 'n/a' : `${(x / calib).toFixed(2)}`);
const verdict = (ok) => (ok ? '**met**' : '**not met**');
const code = (s, max = 110) => `\`${s.length > max ? `${s.slice(0, max - 1)}…` : s}\``.replace(/\|/g, '\\|');

// --- the machine ---
function machine(chromiumVersion, load) {
  const cpus = os.cpus();
  let distro = `${os.type()} ${os.release()}`;
  try {
    const rel = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?/m);
    if (rel) distro = `${rel[1]} (${os.type()} ${os.release()})`;
  } catch {}
  let commit = 'unknown';
  try {
    const run = (args) => execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    commit = run(['rev-parse', '--short', 'HEAD']) + (run(['status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : '');
  } catch {}
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    ram: os.totalmem(),
    load,
    os: distro,
    node: process.version,
    chromium: chromiumVersion,
    commit,
  };
}

// --- browser measurements ---
async function browserBench() {
  const b = await import('./bench/browser.mjs');
  const domain = readDomain(ROOT);
  const server = await b.serve(DIST);
  const browser = await b.launch();
  const url = new URL(PAGE, server.url).href;
  const offenders = new Set();
  const errors = new Set();
  const track = (t) => {
    t.offenders.forEach((o) => offenders.add(o));
    t.errors.forEach((e) => errors.add(e));
  };
  const results = { chromium: browser.version(), url: PAGE, firstLoad: [] };
  try {
    // calibration, before and after everything else
    log('calibration');
    const calibBefore = { plain: await b.calibrate(browser, 1), slow: await b.calibrate(browser, RATE) };

    // 3. start-up (and 7. layout shift), fresh context each run, plain and slowed runs interleaved
    log(`start-up: ${RUNS} runs plain and ${RUNS} at ${RATE}x CPU throttling`);
    const start = { plain: [], slow: [] };
    const cls = [];
    // what the standalone page fetches before its first screen is interactive: the first load
    const fetched = new Set();
    for (let i = 0; i < RUNS; i += 1) {
      for (const [mode, rate] of [['plain', 1], ['slow', RATE]]) {
        const t = await b.openPage(browser, { rate });
        if (i === 0 && mode === 'plain') t.page.on('requestfinished', (req) => fetched.add(req.url()));
        try {
          const r = await b.loadWidget(t.page, url);
          await t.page.waitForTimeout(300); // any late shift
          const shift = await t.page.evaluate(() => ({ cls: window.__bench.cls, shifts: window.__bench.shifts }));
          start[mode].push({ ...r, calib: await b.calibrateHere(t.page) });
          cls.push({ viewport: 'phone', mode, ...shift });
        } finally {
          track(t);
          await t.close();
        }
      }
    }
    log('layout shift at desktop size: 3 runs');
    for (let i = 0; i < 3; i += 1) {
      const t = await b.openPage(browser, { viewport: b.DESKTOP });
      try {
        await b.loadWidget(t.page, url);
        await t.page.waitForTimeout(300);
        cls.push({ viewport: 'desktop', mode: 'plain', ...(await t.page.evaluate(() => ({ cls: window.__bench.cls, shifts: window.__bench.shifts }))) });
      } finally {
        track(t);
        await t.close();
      }
    }
    if (cls.some((c) => c.cls === null)) fail('layout-shift entries are not supported by this browser');
    for (const u of fetched) {
      const path = decodeURIComponent(new URL(u).pathname).replace(/^\//, '') || 'index.html';
      if (new URL(u).origin === new URL(url).origin && existsSync(join(DIST, path))) results.firstLoad.push(path);
    }
    if (!results.firstLoad.some((f) => f.endsWith('.wasm'))) fail(`the standalone page fetched no .wasm: ${[...fetched].join(', ')}`);

    // 4. and 5. interactions with five years of data; load and save times
    const states = {
      assessment: fiveYearState(domain, { moments: domain.momentIds.length, custom: 8, view: 'reflect', screen: { at: 'statements', page: 0 } }),
      // every catalogue moment but the last ten on the list, so ten can be added (50 → 60, the cap)
      add: fiveYearState(domain, { moments: domain.momentIds.length - 10, custom: 18, view: 'moments' }),
      list: fiveYearState(domain, { moments: domain.momentIds.length, custom: 8, view: 'list' }),
    };
    const expectItems = 50;
    const listTab = (page) => page.locator('.nearer-tabs button[data-view="list"]').innerText();
    const verify = async (page, what) => {
      const text = (await listTab(page)).trim();
      if (text !== `My list (${expectItems})`) fail(`${what}: the five-year state did not load (the list tab says "${text}")`);
    };
    const interactions = {};
    const loads = { plain: [], slow: [] };
    const saves = { plain: [], slow: [] };
    const loadedWith = { plain: [], slow: [] };
    const stored = {};
    for (const [mode, rate] of [['plain', 1], ['slow', RATE]]) {
      log(`interactions at five years of data, ${mode === 'plain' ? 'plain' : `${RATE}x CPU throttling`}: ${REPS} each`);
      const session = async (state, what, body) => {
        const t = await b.openPage(browser, { rate, state: { key: STATE_KEY, value: state } });
        try {
          const loaded = async (navigate) => {
            const r = await b.loadWidget(t.page, navigate ? url : null);
            loadedWith[mode].push(r.interactive);
            loads[mode].push(...(await b.measures(t.page, 'nearer:load')));
            await verify(t.page, what);
          };
          await loaded(true);
          const collectSaves = async () => saves[mode].push(...(await b.measures(t.page, 'nearer:save')));
          const r = await body(t.page, { reload: async () => { await collectSaves(); await loaded(false); } });
          await collectSaves();
          return { ...r, calib: await b.calibrateHere(t.page) };
        } finally {
          track(t);
          await t.close();
        }
      };

      // choosing an answer: the labels of the first statements page, each choice different from the last
      interactions[`assessment-${mode}`] = await session(states.assessment, 'assessment', async (page) => {
        const groups = page.locator('.nearer fieldset');
        const n = await groups.count();
        if (n === 0) fail('assessment: no questions on the statements page');
        const current = await groups.evaluateAll((fs) => fs.map((f) => [...f.querySelectorAll('input')].findIndex((i) => i.checked)));
        return b.clicks(page, REPS, (i) => {
          const g = i % n;
          current[g] = (current[g] + 1) % 5;
          return groups.nth(g).locator('label').nth(current[g]);
        });
      });

      // adding a moment from the picker: 50 → 60 items, then a reload puts the 50 back
      interactions[`add-${mode}`] = await session(states.add, 'add', async (page, { reload }) => {
        // the picker lists its catalogue by kind in closed sections: open them all
        const addable = page.locator('.nearer-moments button.nearer-button--primary:not([disabled]):not([aria-disabled="true"])');
        const openAll = async () => {
          const closed = page.locator('.nearer-group details:not([open]) > summary');
          for (let n = await closed.count(); n > 0; n -= 1) await closed.first().click();
        };
        return b.clicks(page, REPS, () => addable.first(), {
          before: async () => {
            if ((await addable.count()) === 0) await openAll();
            if ((await addable.count()) === 0) {
              await reload();
              await openAll();
            }
            if ((await addable.count()) === 0) fail('add: no moment can be added on a freshly loaded list');
          },
        });
      });

      // checking off: "Done today" on each item in turn
      interactions[`done-${mode}`] = await session(states.list, 'list', async (page) => {
        if (mode === 'plain') {
          const value = await page.evaluate((k) => localStorage.getItem(k), STATE_KEY);
          stored.seeded = value.length;
        }
        const items = page.locator('.nearer-item');
        const n = await items.count();
        if (n !== expectItems) fail(`list: ${n} items shown, expected ${expectItems}`);
        const r = await b.clicks(page, REPS, (i) => items.nth(i % n).getByRole('button', { name: 'Done today', exact: true }));
        if (mode === 'plain') {
          // (the widget saves after the next paint)
          const after = await page.evaluate(async (k) => {
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            return localStorage.getItem(k);
          }, STATE_KEY);
          stored.resaved = after.length;
          if (JSON.parse(after).state.plan.items.length !== expectItems) fail('list: the saved list changed size');
        }
        return r;
      });

      // opening the picker and the list: the two tabs in turn, from the list view
      const tabs = await session(states.list, 'tabs', async (page) => {
        const tab = (view) => page.locator(`.nearer-tabs button[data-view="${view}"]`);
        return b.clicks(page, REPS * 2, (i) => tab(i % 2 === 0 ? 'moments' : 'list'));
      });
      interactions[`picker-${mode}`] = { ...tabs, samples: tabs.samples.filter((_, i) => i % 2 === 0) };
      interactions[`list-${mode}`] = { ...tabs, samples: tabs.samples.filter((_, i) => i % 2 === 1) };
    }

    // 6. memory: after load, and after a full journey (fresh storage, no throttling)
    log('memory: a full journey');
    const mem = {};
    {
      const t = await b.openPage(browser);
      try {
        await b.loadWidget(t.page, url);
        await t.page.waitForTimeout(300);
        mem.load = await b.memory(t.page, t.cdp);
        await journey(t.page, b);
        await t.page.waitForTimeout(300);
        mem.journey = await b.memory(t.page, t.cdp);
        if (mem.load.wasm === null) fail('memory: the wasm exports were not found (no TrunkApplicationStarted event with detail.wasm.memory)');
      } finally {
        track(t);
        await t.close();
      }
    }

    // 8. on a coach's page; 9. against a plain-JS first screen
    const h = await import('./bench/host.mjs');
    const host = await h.hostBench(browser, DIST, { runs: HOST_RUNS, rate: RATE, log });
    host.errors.forEach((e) => errors.add(e));
    host.offenders.forEach((o) => offenders.add(o));
    const reference = await h.plainBench(browser, DIST, url, { runs: RUNS, rate: RATE, loadWidget: b.loadWidget, log });
    // 10. start-up cut into main-thread tasks
    const phases = await h.phaseBench(browser, url, { runs: Math.max(5, Math.min(RUNS, 9)), openPage: b.openPage, loadWidget: b.loadWidget, log });

    log('calibration, again');
    const calibAfter = { plain: await b.calibrate(browser, 1), slow: await b.calibrate(browser, RATE) };

    Object.assign(results, {
      calibration: {
        iterations: b.CALIBRATION_ITERATIONS,
        before: calibBefore,
        after: calibAfter,
        plain: (calibBefore.plain + calibAfter.plain) / 2,
        slow: (calibBefore.slow + calibAfter.slow) / 2,
      },
      start: {
        ...Object.fromEntries(
          Object.entries(start).map(([mode, runs]) => [
            mode,
            {
              interactive: stats(runs.map((r) => r.interactive)),
              painted: stats(runs.map((r) => r.painted)),
              calib: stats(runs.map((r) => r.calib)),
              // each run divided by the calibration loop run in the same page right after it
              interactiveRatio: median(runs.map((r) => r.interactive / r.calib)),
              paintedRatio: median(runs.map((r) => r.painted / r.calib)),
              screens: [...new Set(runs.map((r) => r.screen))],
            },
          ]),
        ),
        fiveYears: { plain: stats(loadedWith.plain), slow: stats(loadedWith.slow) },
      },
      interactions: Object.fromEntries(
        Object.entries(interactions).map(([k, v]) => [
          k,
          {
            toPaint: stats(v.samples.map((s) => s.toPaint)),
            inputDelay: stats(v.samples.map((s) => s.inputDelay)),
            eventTiming: v.eventTiming,
            calib: v.calib,
          },
        ]),
      ),
      storage: {
        chars: stored.seeded,
        utf16Bytes: stored.seeded * 2,
        resavedChars: stored.resaved,
        load: { plain: loads.plain.length ? stats(loads.plain) : null, slow: loads.slow.length ? stats(loads.slow) : null },
        save: { plain: saves.plain.length ? stats(saves.plain) : null, slow: saves.slow.length ? stats(saves.slow) : null },
      },
      memory: mem,
      host: {
        heroBytes: host.heroBytes,
        ...Object.fromEntries(['plain', 'slow'].map((mode) => [mode, Object.fromEntries(['with', 'bare'].map((v) => [v, {
          lcp: stats(host[mode][v].map((r) => r.lcp)),
          tbt: stats(host[mode][v].map((r) => r.tbt)),
          longest: stats(host[mode][v].map((r) => r.longest)),
          bytesBeforeLoad: stats(host[mode][v].map((r) => r.bytesBeforeLoad)),
          bytesAfterIdle: stats(host[mode][v].map((r) => r.bytesAfterIdle)),
        }]))])),
        scroll: stats(host.scroll.map((r) => r.scrollToInteractive)),
        scrollLongest: stats(host.scroll.map((r) => r.longest)),
      },
      phases: { runs: phases, ...Object.fromEntries(Object.keys(phases[0]).map((k) => [k, stats(phases.map((p) => p[k]))])) },
      reference: Object.fromEntries(['plain', 'slow'].map((mode) => [mode, {
        widget: stats(reference[mode].widget),
        reference: stats(reference[mode].reference),
        wasmArrived: stats(reference[mode].wasmArrived.filter((x) => x !== null)),
      }])),
      cls: { runs: cls, max: Math.max(...cls.map((c) => c.cls)), shifts: Math.max(...cls.map((c) => c.shifts)) },
      offenders: [...offenders],
      errors: [...errors],
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** Begin, every question answered, results, three moments added, the list, one check-off. */
async function journey(page, b) {
  const { answerAll, clickButton } = await import('../tests/e2e/harness.mjs');
  await clickButton(page, 'Begin');
  await answerAll(page, (g) => (g === 0 ? 1 : 0));
  await clickButton(page, 'Next');
  for (let p = 0; p < 50; p += 1) {
    await page.waitForSelector('.nearer[data-screen="statements"] fieldset');
    const legends = await page.locator('.nearer fieldset legend').allInnerTexts();
    await answerAll(page, (g) => (/rush|tense|defending|routine|fun together|granted/i.test(legends[g]) ? 4 : 1));
    const last = (await page.getByRole('button', { name: 'See my results', exact: true }).count()) > 0;
    await clickButton(page, last ? 'See my results' : 'Next');
    if (last) break;
  }
  await page.waitForSelector('.nearer[data-screen="results"]');
  await clickButton(page, 'Find small moments for this');
  const enabled = '.nearer-moments button.nearer-button--primary:not([disabled]):not([aria-disabled="true"])';
  const addable = page.locator(enabled);
  for (let i = 0; i < 3; i += 1) {
    const before = await addable.count();
    await addable.first().click();
    await page.waitForFunction(([sel, n]) => (document.querySelector('[data-nearer]')?.shadowRoot ?? document).querySelectorAll(sel).length < n, [enabled, before]);
  }
  await page.locator('.nearer-tabs button', { hasText: 'My list (3)' }).click();
  const done = page.locator('.nearer-item').first().getByRole('button', { name: 'Done today', exact: true });
  await done.click();
  await page.waitForFunction(() => (document.querySelector('[data-nearer]')?.shadowRoot ?? document).querySelector('.nearer-item .nearer-toggle')?.getAttribute('aria-pressed') === 'true');
}

// --- the report ---
function report({ when, took, machine: m, sizes, wasm, web }) {
  const L = [];
  const c = web.calibration;
  const st = web.start;
  const it = web.interactions;
  const sto = web.storage;
  const NA_LOAD = 'n/a (no nearer:load measure in this build)';
  const NA_SAVE = 'n/a (no nearer:save measure in this build)';
  const worst = (kind) => it[`${kind}-slow`].toPaint.max;
  const loadFigure = sto.load.plain ? sto.load.plain.median : null;
  const saveFigure = sto.save.plain ? sto.save.plain.median : null;

  L.push('# Nearer benchmark', '');
  L.push(`${when} · build \`${DIST}\` · page \`${web.url}\` · commit ${m.commit} · took ${took}`, '');
  L.push('## Machine', '');
  L.push('| CPU | cores | RAM | OS | Node | Chromium | load average at start |', '|---|---:|---:|---|---|---|---|');
  L.push(`| ${m.cpu} | ${m.cores} | ${(m.ram / 2 ** 30).toFixed(1)} GiB | ${m.os} | ${m.node} | ${m.chromium} | ${m.load.map((x) => x.toFixed(2)).join(' ')} |`, '');
  L.push(
    `Calibration: a ${int(c.iterations)}-iteration xorshift loop in a blank page of the same browser, median of 7: ` +
      `**${ms(c.plain)}** plain, **${ms(c.slow)}** at ${RATE}x CPU throttling ` +
      `(before ${ms(c.before.plain)} / ${ms(c.before.slow)}, after ${ms(c.after.plain)} / ${ms(c.after.slow)}). ` +
      'Columns marked "÷ calib" divide a time by the same loop run in the same page right after the measurement ' +
      '(median of 3), so they compare across machines and across a busy or quiet machine.',
    '',
  );

  const h = web.host;
  const lcpRatio = h.plain.with.lcp.median / h.plain.bare.lcp.median;
  const lcpRatioSlow = h.slow.with.lcp.median / h.slow.bare.lcp.median;
  const tbtAdded = h.slow.with.tbt.median - h.slow.bare.tbt.median;
  const startRatio = (mode) => web.reference[mode].widget.median / web.reference[mode].reference.median;
  const clickKinds = [['assessment', 'answering'], ['add', 'adding a moment'], ['done', 'checking off'], ['picker', 'opening the picker'], ['list', 'opening the list']];
  const p90 = (kind) => it[`${kind}-slow`].toPaint.p90;
  const interactionsOk = clickKinds.every(([k]) => p90(k) <= BUDGET.interactionP90 && worst(k) <= BUDGET.interactionWorst);

  L.push('## Budgets', '');
  L.push('| budget | figure | target | |', '|---|---:|---|---|');
  L.push(`| first load, English visitor (standalone page), gzip -9 | ${kB(sizes.total.gzip)} | ≤ 140 kB | ${verdict(sizes.total.gzip <= BUDGET.gzip)} |`);
  L.push(`| first load, English visitor (standalone page), brotli | ${kB(sizes.total.brotli)} | ≤ 115 kB | ${verdict(sizes.total.brotli <= BUDGET.brotli)} |`);
  for (const l of sizes.languages) {
    L.push(`| first load, ${l.tag} visitor (the same + \`${l.file}\`), gzip -9 | ${kB(l.total.gzip)} | ≤ 185.5 kB | ${verdict(l.total.gzip <= BUDGET.gzipOtherLanguage)} |`);
  }
  L.push(`| bytes fetched for the widget before a coach's page has loaded (widget below the fold), median | ${int(h.plain.with.bytesBeforeLoad.median)} B | ≤ 5 kB | ${verdict(h.plain.with.bytesBeforeLoad.median <= BUDGET.hostBytes)} |`);
  L.push(`| host LCP with the widget below the fold ÷ without, medians, plain | ${lcpRatio.toFixed(3)} | ≤ 1.05 | ${verdict(lcpRatio <= BUDGET.hostLcpRatio)} |`);
  const phaseWorst = Math.max(...PHASES.map(([k]) => web.phases[k].median));
  L.push(`| longest main-thread task of the widget's start-up (compile, instantiate, mount, first render; median per phase), plain | ${ms(phaseWorst)} | ≤ 50 ms | ${verdict(phaseWorst <= BUDGET.startTask)} |`);
  L.push(`| host LCP with ÷ without, medians, ${RATE}x CPU | ${lcpRatioSlow.toFixed(3)} | ≤ 1.05 | ${verdict(lcpRatioSlow <= BUDGET.hostLcpRatio)} |`);
  L.push(`| Total Blocking Time the widget adds to the host page, ${RATE}x CPU (median with − median without) | ${ms(tbtAdded)} | ≤ 50 ms | ${verdict(tbtAdded <= BUDGET.hostTbt)} |`);
  for (const mode of ['plain', 'slow']) {
    L.push(`| standalone first screen interactive ÷ plain-JS first screen, medians, ${mode === 'plain' ? 'plain' : `${RATE}x CPU`} | ${startRatio(mode).toFixed(2)} | ≤ 1.8 | ${verdict(startRatio(mode) <= BUDGET.startRatio)} |`);
  }
  for (const [k, label] of clickKinds) {
    L.push(`| ${label}, click → next paint, p90 / worst, ${RATE}x CPU, five years of data | ${ms(p90(k))} / ${ms(worst(k))} | ≤ 33 / ≤ 50 ms | ${verdict(p90(k) <= BUDGET.interactionP90 && worst(k) <= BUDGET.interactionWorst)} |`);
  }
  L.push(`| five-year data stored (UTF-16 bytes) | ${kB(sto.utf16Bytes)} | ≤ 200 kB | ${verdict(sto.utf16Bytes <= BUDGET.stored)} |`);
  L.push(`| load (nearer:load), median, plain | ${loadFigure === null ? NA_LOAD : ms(loadFigure)} | ≤ 10 ms | ${loadFigure === null ? 'n/a' : verdict(loadFigure <= BUDGET.loadSave)} |`);
  L.push(`| save (nearer:save), median, plain | ${saveFigure === null ? NA_SAVE : ms(saveFigure)} | ≤ 10 ms | ${saveFigure === null ? 'n/a' : verdict(saveFigure <= BUDGET.loadSave)} |`);
  L.push(`| layout shift (CLS), worst run | ${web.cls.max.toFixed(4)} | 0 | ${verdict(web.cls.max === BUDGET.cls)} |`, '');
  L.push(`Interactions at ${RATE}x CPU with five years of data, all five within p90 33 ms and worst 50 ms: ${verdict(interactionsOk)}. A missed budget never fails the bench.`, '');
  if (web.offenders.length) L.push(`**Requests that left 127.0.0.1 (aborted):** ${web.offenders.map((o) => code(o)).join(', ')}`, '');
  if (web.errors.length) L.push(`**Console or page errors:** ${web.errors.map((e) => code(e, 200)).join(', ')}`, '');

  L.push('## 1. First-load assets (bytes)', '');
  L.push(...sizesTable(sizes), '');
  L.push(`The files the standalone page (\`${web.url}\`) fetched before its first screen was interactive. Total: ${kB(sizes.total.raw)} raw, ${kB(sizes.total.gzip)} gzip -9, ${kB(sizes.total.brotli)} brotli q11.`, '');
  if (sizes.languages.length) {
    L.push('A visitor in another language fetches the same and their language file:', '', '| language | file | total raw | total gzip -9 | total brotli |', '|---|---|---:|---:|---:|');
    for (const l of sizes.languages) L.push(`| ${l.tag} | \`${l.file}\` | ${int(l.total.raw)} | ${int(l.total.gzip)} | ${int(l.total.brotli)} |`);
    L.push('');
  }

  L.push('## 2. Wasm by function and by crate', '');
  L.push(
    `twiggy 0.8 on \`${wasm.file.replace(`${ROOT}/`, '')}\` after wasm-bindgen and wasm-opt -Oz -g (names kept): ` +
      `${int(wasm.codeAndData)} bytes of code and data (custom sections and the name section left out; ` +
      `dist's wasm is ${int(sizes.files.find((f) => f.file.endsWith('.wasm'))?.raw ?? 0)} bytes).`,
    '',
  );
  if (!wasm.matchesDist) L.push('**Warning:** the profiled wasm differs from dist\'s by more than 2%: target/ was probably rebuilt from other sources after dist was built.', '');
  L.push('| # | item | group | bytes | share |', '|---:|---|---|---:|---:|');
  wasm.top.forEach((t, i) => L.push(`| ${i + 1} | ${code(t.name)} | ${t.group} | ${int(t.bytes)} | ${t.share.toFixed(1)}% |`));
  L.push('', '| crate or group | items | bytes | share |', '|---|---:|---:|---:|');
  for (const g of wasm.groups) L.push(`| ${g.group} | ${int(g.items)} | ${int(g.bytes)} | ${g.share.toFixed(1)}% |`);
  L.push('', '"component views" are the instantiations of `<CompStateInner<COMP> as Stateful>::view` (one per Yew component, names indistinguishable).', '');

  L.push('## 3. Start-up: navigation start → first screen interactive', '');
  L.push(
    `Fresh context per run, HTTP cache disabled, phone viewport (390x844), empty storage. "Interactive": \`.nearer[data-screen] button\` first in the DOM; ` +
      `"painted": the frame after it. Screen shown: ${st.plain.screens.join(', ')}.`,
    '',
  );
  L.push('| mode | runs | median | min | max | p90 | median of run ÷ calib |', '|---|---:|---:|---:|---:|---:|---:|');
  const row = (label, s, r) => L.push(`| ${label} | ${s.n} | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} | ${ms(s.p90)} | ${r === null ? '' : r.toFixed(2)} |`);
  row('interactive, plain', st.plain.interactive, st.plain.interactiveRatio);
  row(`interactive, ${RATE}x CPU`, st.slow.interactive, st.slow.interactiveRatio);
  row('painted, plain', st.plain.painted, st.plain.paintedRatio);
  row(`painted, ${RATE}x CPU`, st.slow.painted, st.slow.paintedRatio);
  row('calibration loop in the same page, plain', st.plain.calib, null);
  row(`calibration loop in the same page, ${RATE}x CPU`, st.slow.calib, null);
  row('interactive with five years of data (statements, picker or list), plain', st.fiveYears.plain, null);
  row(`interactive with five years of data (statements, picker or list), ${RATE}x CPU`, st.fiveYears.slow, null);
  L.push('');

  L.push('## 4. Interactions with five years of data: click → next paint', '');
  L.push(
    '50 items on the list (42 catalogue moments and 8 of one\'s own, each with a note), each checked off every day for 1,826 days. ' +
      'Measured in the page from the click event\'s time stamp (capturing listener) to the first task after the next frame (rAF + MessageChannel). ' +
      'Adding uses 32 catalogue moments + 18 of one\'s own so that ten can be added (50 → 60, the cap), then reloads. ' +
      'Event Timing: interactions the browser reported at ≥ 16 ms (durationThreshold 16).',
    '',
  );
  L.push(`| interaction | mode | n | median | p90 | worst | median input delay | Event Timing ≥ 16 ms | median ÷ calib | worst ÷ calib |`, '|---|---|---:|---:|---:|---:|---:|---|---:|---:|');
  for (const [k, label] of [['assessment', 'choosing an answer (radio label)'], ['add', 'adding a moment ("Add to my list")'], ['done', 'checking off ("Done today")'], ['picker', 'opening the picker (its tab, from the list)'], ['list', 'opening the list (its tab, from the picker)']]) {
    for (const mode of ['plain', 'slow']) {
      const r = it[`${k}-${mode}`];
      const et = r.eventTiming ? (r.eventTiming.reported ? `${r.eventTiming.reported}, worst ${ms(r.eventTiming.worst)}` : 'none') : 'n/a';
      L.push(`| ${label} | ${mode === 'plain' ? 'plain' : `${RATE}x CPU`} | ${r.toPaint.n} | ${ms(r.toPaint.median)} | ${ms(r.toPaint.p90)} | ${ms(r.toPaint.max)} | ${ms(r.inputDelay.median)} | ${et} | ${ratio(r.toPaint.median, r.calib)} | ${ratio(r.toPaint.max, r.calib)} |`);
    }
  }
  L.push('');

  L.push('## 5. Storage at five years of data', '');
  L.push('| | figure |', '|---|---:|');
  L.push(`| value under \`${STATE_KEY}\` (characters) | ${int(sto.chars)} |`);
  L.push(`| UTF-16 bytes | ${int(sto.utf16Bytes)} (${kB(sto.utf16Bytes)}) |`);
  L.push(`| as re-saved by the widget after the check-offs (characters) | ${int(sto.resavedChars)} |`);
  const timing = (s, na) => (s ? `${ms(s.median)} median, ${ms(s.max)} worst (n = ${s.n})` : na);
  L.push(`| load (\`nearer:load\`), plain | ${timing(sto.load.plain, NA_LOAD)} |`);
  L.push(`| load (\`nearer:load\`), ${RATE}x CPU | ${timing(sto.load.slow, NA_LOAD)} |`);
  L.push(`| save (\`nearer:save\`), plain | ${timing(sto.save.plain, NA_SAVE)} |`);
  L.push(`| save (\`nearer:save\`), ${RATE}x CPU | ${timing(sto.save.slow, NA_SAVE)} |`, '');

  L.push('## 6. Memory', '');
  L.push('Fresh storage, no throttling; JS heap after a forced GC (CDP Runtime.getHeapUsage); wasm linear memory from the exports in Trunk\'s TrunkApplicationStarted event.', '');
  L.push('| when | JS heap used | JS heap total | wasm memory |', '|---|---:|---:|---:|');
  const mrow = (label, x) => L.push(`| ${label} | ${int(x.heapUsed)} | ${int(x.heapTotal)} | ${x.wasm === null ? 'n/a' : int(x.wasm)} |`);
  mrow('after load', web.memory.load);
  mrow('after a full journey (assessment, results, three moments added, list, one check-off)', web.memory.journey);
  L.push('');

  L.push('## 7. Layout shift while the widget loads', '');
  L.push('| viewport | mode | runs | worst CLS | most shifts in a run |', '|---|---|---:|---:|---:|');
  for (const [vp, mode] of [['phone', 'plain'], ['phone', 'slow'], ['desktop', 'plain']]) {
    const runs = web.cls.runs.filter((r) => r.viewport === vp && r.mode === mode);
    if (!runs.length) continue;
    L.push(`| ${vp} | ${mode === 'plain' ? 'plain' : `${RATE}x CPU`} | ${runs.length} | ${Math.max(...runs.map((r) => r.cls)).toFixed(4)} | ${Math.max(...runs.map((r) => r.shifts))} |`);
  }
  L.push('');

  L.push('## 8. On a coach\'s page: the widget below the fold', '');
  L.push(
    `\`scripts/bench/pages/host.html\`: a hero image (${kB(h.heroBytes)} PNG) and text above the fold, the widget (\`/nearer/nearer-widget.js\` and a \`<nearer-widget>\`) at the bottom; ` +
      '`?bare` is the same page without the embed. Fresh context per run, HTTP cache off, phone viewport; the two alternate. ' +
      'TBT: each long task\'s time beyond 50 ms from the first contentful paint to 5 s after the load event. Bytes: encoded bytes of /nearer/ responses.',
    '',
  );
  L.push('| page | mode | runs | LCP median | LCP max | TBT median | TBT max | longest task median | widget bytes before load | widget bytes within 5 s, no scroll |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const mode of ['plain', 'slow']) {
    for (const v of ['with', 'bare']) {
      const r = h[mode][v];
      L.push(`| ${v === 'with' ? 'with the widget' : 'without'} | ${mode === 'plain' ? 'plain' : `${RATE}x CPU`} | ${r.lcp.n} | ${ms(r.lcp.median)} | ${ms(r.lcp.max)} | ${ms(r.tbt.median)} | ${ms(r.tbt.max)} | ${ms(r.longest.median)} | ${int(r.bytesBeforeLoad.median)} | ${int(r.bytesAfterIdle.median)} |`);
    }
  }
  L.push('', `A visitor who scrolls straight to the widget when the page has loaded: scroll → first screen interactive ${ms(h.scroll.median)} median, ${ms(h.scroll.max)} worst (${h.scroll.n} runs, plain); the longest task in those runs ${ms(h.scrollLongest.median)} median, ${ms(h.scrollLongest.max)} worst. ` +
    'On this page the widget sits about three quarters of a screen below the fold: it is fetched and compiled on its own (idle, or within a screen of the visitor), but instantiated and rendered only when the visitor comes within a quarter of a screen, so the TBT above is what a visitor who does not scroll to it pays.', '');

  L.push('## 9. Against a plain-JS first screen', '');
  L.push('`scripts/bench/pages/plain.html` builds the same introduction screen with DOM calls and the same style sheet. Navigation start → a button on the first screen, the two pages alternating.', '');
  L.push('| mode | runs | standalone widget median | plain JS median | ratio | the widget\'s wasm arrived, median | its arrival ÷ plain JS |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const mode of ['plain', 'slow']) {
    const r = web.reference[mode];
    L.push(`| ${mode === 'plain' ? 'plain' : `${RATE}x CPU`} | ${r.widget.n} | ${ms(r.widget.median)} | ${ms(r.reference.median)} | ${startRatio(mode).toFixed(2)} | ${ms(r.wasmArrived.median)} | ${(r.wasmArrived.median / r.reference.median).toFixed(2)} |`);
  }
  L.push('', 'The last two columns: when the standalone page had received its wasm (Resource Timing responseEnd; it is preloaded with the page), against the plain-JS page being interactive. No start-up work can begin before that; what follows it is section 10\'s compile, instantiate, mount and render.');
  L.push('');

  L.push('## 10. Start-up cut into main-thread tasks', '');
  L.push(`The standalone page, ${web.phases.runs.length} loads, plain, each with a CDP trace (tracing itself adds a little). The duration of the main-thread task that holds each phase: compiling (the main thread's share of \`WebAssembly.compileStreaming\`; the rest runs on other threads while the wasm downloads), instantiating, mounting (storage read, shadow root), the first render (a task of its own) and the browser's layout after it. Nothing of the start-up may be one task over 50 ms at 1x.`, '');
  L.push('| phase | median | worst |', '|---|---:|---:|');
  for (const [k, label] of [...PHASES, ['layout', 'layout after the first render (the browser\'s)']]) L.push(`| ${label} | ${ms(web.phases[k].median)} | ${ms(web.phases[k].max)} |`);
  L.push('');
  return L.join('\n');
}

// --- main ---
async function main() {
  const t0 = Date.now();
  const loadAtStart = os.loadavg();
  const when = new Date().toISOString();
  if (!existsSync(join(DIST, PAGE))) fail(`no ${PAGE} in ${DIST}: build first (make dist)`);
  if (!existsSync(RELEASE_WASM)) fail(`no ${RELEASE_WASM}: build first (make dist)`);
  const distWasm = measureSizes(DIST).files.find((f) => f.file.endsWith('.wasm'));
  if (!distWasm) fail(`no .wasm in ${DIST}`);
  log('wasm profile (wasm-bindgen, wasm-opt -g, twiggy)');
  const wasm = profileWasm(RELEASE_WASM);
  // The profiled copy should be dist's wasm plus names: about the same code and data.
  wasm.matchesDist = Math.abs(wasm.codeAndData - distWasm.raw) <= 0.02 * distWasm.raw;
  if (!wasm.matchesDist) log(`warning: the profiled wasm (${wasm.codeAndData} bytes of code and data) does not look like dist's (${distWasm.raw} bytes)`);
  const web = await browserBench();
  log('sizes of what the standalone page fetched, and of each language file');
  const sizes = measureSizes(DIST, web.firstLoad);
  const langDir = join(DIST, 'lang');
  sizes.languages = (existsSync(langDir) ? readdirSync(langDir) : [])
    .filter((f) => f.endsWith('.json') && f !== 'en.json')
    .sort()
    .map((f) => ({ tag: f.replace(/\.json$/, ''), file: `lang/${f}`, total: measureSizes(DIST, [...web.firstLoad.filter((x) => !x.startsWith('lang/')), `lang/${f}`]).total }));
  const took = `${Math.round((Date.now() - t0) / 1000)} s`;
  const m = machine(web.chromium, loadAtStart);
  const md = report({ when, took, machine: m, sizes, wasm, web });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'report.md'), `${md}\n`);
  writeFileSync(
    join(OUT, 'report.json'),
    `${JSON.stringify({ when, took, dist: DIST, page: PAGE, runs: RUNS, reps: REPS, throttling: RATE, budgets: BUDGET, machine: m, sizes, wasm, ...web }, null, 2)}\n`,
  );
  console.log(md);
  log(`wrote ${join(OUT, 'report.md')} and report.json in ${took}`);
}

main().catch((err) => {
  console.error(`bench: measurement failed: ${err.stack ?? err}`);
  process.exit(1);
});
