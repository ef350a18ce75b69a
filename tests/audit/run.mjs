// The audit (`make audit`, part of `make test`): two tools nobody here
// wrote, against the release build.
//
// 1. Lighthouse, categories accessibility and best-practices, on the standalone
//    page (dist/index.html served on 127.0.0.1) in Debian's chromium, headless,
//    with the e2e harness's network-quieting flags; once with Lighthouse's
//    default (mobile) settings and once with its desktop preset. Then, as
//    Lighthouse snapshots at 390x844, the screens behind the first one: the
//    first question, and with tests/fixtures/v2.json in localStorage the
//    results, the moments picker, the action list and the data section.
//    Target: 100 everywhere.
// 2. The Nu Html Checker (vnu.jar, run with the system `java`) on the source
//    index.html, the example coach page (examples/host.html), on <dist>/index.html, and on the DOM of each screen above as
//    the widget rendered it (saved to output/rendered-<screen>.html). Target: no errors.
//
// Usage: node run.mjs [dist-folder]   (default: the repository's dist/)
// Exits 1 if a Lighthouse score is below 100, vnu reports an error, a request
// left 127.0.0.1 or the page logged an error. Lighthouse reports (html, json)
// and the rendered screens land in tests/audit/output/, emptied at the start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, generateReport, snapshot } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { serve, CHROMIUM_FLAGS } from '../e2e/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '../..');
const DIST = resolve(process.argv[2] ?? join(ROOT, 'dist'));
const OUT = join(here, 'output');
const CATEGORIES = ['accessibility', 'best-practices'];
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIXTURE = join(ROOT, 'tests/fixtures/v2.json');
const rendered = []; // DOM of each screen, for vnu

// The e2e harness's flags, plus headless: chrome-launcher adds its own
// quieting defaults on top.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

const rows = []; // [check, result, target, ok]
const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

/** One line per detail item: the node's selector and snippet, a URL, or whatever the audit gives. */
function describeItem(item) {
  const parts = [];
  const node = item.node ?? (item.type === 'node' ? item : null);
  if (node) {
    if (node.selector) parts.push(node.selector);
    if (node.snippet) parts.push(node.snippet);
    if (node.explanation) parts.push(node.explanation.replace(/\s+/g, ' '));
  }
  for (const [key, value] of Object.entries(item)) {
    if (key === 'node' || key === 'subItems' || value === null || value === undefined) continue;
    if (typeof value === 'object') {
      if (value.type === 'source-location') parts.push(`${key}: ${value.url}:${value.line}:${value.column}`);
      else if (value.type === 'node') parts.push(`${key}: ${value.selector ?? ''} ${value.snippet ?? ''}`.trim());
      else if (value.type === 'code' || value.type === 'url') parts.push(`${key}: ${value.value}`);
      continue;
    }
    if (node && key === 'type') continue;
    parts.push(`${key}: ${value}`);
  }
  return parts.join(' | ');
}

function printFailures(label, lhr) {
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      const failing = audit.scoreDisplayMode === 'error' || (ref.weight > 0 && audit.score !== null && audit.score < 1);
      if (!failing) continue;
      console.log(`\n  [${label}] ${id} ✗ ${audit.id} (weight ${ref.weight}): ${audit.title}`);
      if (audit.errorMessage) console.log(`      error: ${audit.errorMessage}`);
      if (audit.explanation) console.log(`      ${audit.explanation}`);
      for (const item of audit.details?.items ?? []) console.log(`      - ${describeItem(item)}`);
    }
  }
}

/** Scores, failing audits and off-127.0.0.1 requests of one Lighthouse result, into the table. */
async function record(label, result) {
  const { lhr } = result;
  await writeFile(join(OUT, `lighthouse-${label}.html`), generateReport(lhr, 'html'));
  await writeFile(join(OUT, `lighthouse-${label}.json`), generateReport(lhr, 'json'));
  if (lhr.runtimeError) console.log(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
  for (const id of CATEGORIES) {
    const score = lhr.categories[id].score === null ? null : Math.round(lhr.categories[id].score * 100);
    rows.push([`lighthouse ${label} ${id}`, score ?? 'error', '100', score === 100]);
  }
  printFailures(label, lhr);
  // Every request the page made, from Lighthouse's own network log (navigations only): none may leave 127.0.0.1.
  const requests = lhr.audits['network-requests']?.details?.items;
  if (requests) {
    const away = requests.map((r) => r.url).filter((u) => !/^(data|blob):/.test(u) && new URL(u).hostname !== '127.0.0.1');
    rows.push([`lighthouse ${label} requests off 127.0.0.1`, `${away.length} of ${requests.length}`, '0', away.length === 0]);
    for (const u of away) console.log(`  request off 127.0.0.1: ${u}`);
  }
}

/** Waits until the widget shows a screen other than `previous` (or any screen). */
async function settle(page, previous = null) {
  await page.waitForFunction(
    (prev) => {
      // the widget renders in its host's open shadow root
      const el = (document.querySelector('[data-nearer]')?.shadowRoot ?? document).querySelector('.nearer[data-screen]');
      return el && `${el.dataset.view}/${el.dataset.screen}` !== prev;
    },
    { timeout: 10_000 },
    previous,
  );
  await new Promise((ok) => setTimeout(ok, 300)); // let transitions and focus settle
  return page.$eval('>>> .nearer', (el) => `${el.dataset.view}/${el.dataset.screen}`);
}

/** Snapshots a screen with Lighthouse and keeps its DOM for vnu. */
async function snap(page, name) {
  const t0 = performance.now();
  const flags = { logLevel: 'error', onlyCategories: CATEGORIES, formFactor: 'mobile', screenEmulation: { disabled: true } };
  const result = await snapshot(page, { flags });
  console.log(`lighthouse snapshot ${name}: ${seconds(t0)}`);
  await record(`snapshot-${name}`, result);
  const file = join(OUT, `rendered-${name}.html`);
  // the widget's markup as if it were in the page, so vnu checks it too
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    const hosts = document.querySelectorAll('[data-nearer]');
    copy.querySelectorAll('[data-nearer]').forEach((el, i) => { el.innerHTML = hosts[i].shadowRoot?.innerHTML ?? ''; });
    return copy.outerHTML;
  });
  await writeFile(file, `<!doctype html>\n${html}\n`);
  rendered.push(file);
}

async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    for (const [label, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      const t0 = performance.now();
      const flags = { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES, onlyAudits: ['network-requests'] };
      const result = await lighthouse(url, flags, config);
      console.log(`lighthouse ${result.lhr.lighthouseVersion} (${label}, ${result.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}): ${seconds(t0)}`);
      await record(label, result);
    }

    // The screens behind the first one, driven through stable attributes only.
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('request', (req) => {
      const u = new URL(req.url());
      if (!/^(data|blob):$/.test(u.protocol) && u.hostname !== '127.0.0.1') errors.push(`request off 127.0.0.1: ${u.href}`);
    });
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    let at = await settle(page);
    await page.click('>>> .nearer-button--primary'); // Begin
    at = await settle(page, at);
    await snap(page, at.split('/')[1]); // the first question screen

    await page.evaluate((saved) => localStorage.setItem('nearer:state', saved), await readFile(FIXTURE, 'utf8'));
    await page.reload();
    at = await settle(page);
    for (const view of ['reflect', 'moments', 'list']) {
      if (!at.startsWith(`${view}/`)) {
        await page.click(`>>> .nearer-tab[data-view="${view}"]`);
        at = await settle(page, at);
      }
      await snap(page, view === 'reflect' ? at.split('/')[1] : view);
    }
    // what is kept on this device, from the footer
    await page.click('>>> .nearer-footer [data-view="data"]');
    at = await settle(page, at);
    await snap(page, 'data');
    await page.evaluate(() => localStorage.clear());
    await browser.disconnect();
    rows.push(['screens: console errors, requests off 127.0.0.1', errors.length, '0', errors.length === 0]);
    for (const e of errors) console.log(`  ${e}`);
  } finally {
    chrome.kill();
  }
}

function runVnu(files) {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const major = Number((java.stderr ?? '').match(/version "(\d+)/)?.[1]);
  if (java.error || !(major >= 11)) {
    // vnu-jar's own launcher would download a Java runtime from GitHub here; we never let it.
    console.log('vnu: needs Java 11 or later as `java` on PATH (Debian: apt-get install openjdk-17-jre-headless)');
    rows.push(['vnu', 'no java', 'no errors', false]);
    return;
  }
  const t0 = performance.now();
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const { messages } = JSON.parse(run.stdout || '{"messages":[]}');
  console.log(`\nvnu ${spawnSync('java', ['-jar', VNU_JAR, '--version'], { encoding: 'utf8' }).stdout.trim()} (java ${major}): ${seconds(t0)}`);
  if (run.status > 1 || (run.status !== 0 && messages.length === 0)) console.log(run.stderr);
  for (const file of files) {
    const mine = messages.filter((m) => m.url && fileURLToPath(m.url) === file);
    const errors = mine.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    const warnings = mine.filter((m) => m.type === 'info' && m.subType === 'warning');
    const name = relative(ROOT, file).startsWith('..') ? file : relative(ROOT, file);
    rows.push([`vnu ${name}`, `${errors.length} errors, ${warnings.length} warnings`, 'no errors', errors.length === 0]);
    for (const m of mine) {
      const kind = m.type === 'info' ? (m.subType ?? 'info') : m.type;
      const where = m.lastLine ? `${m.firstLine ?? m.lastLine}.${m.firstColumn ?? ''}-${m.lastLine}.${m.lastColumn}` : '';
      console.log(`  ${name}:${where} ${kind}: ${m.message}`);
      if (m.extract) console.log(`      ${m.extract.replace(/\s+/g, ' ').trim()}`);
    }
  }
  const stray = messages.filter((m) => !m.url);
  for (const m of stray) console.log(`  vnu ${m.type}: ${m.message}`);
  if (stray.some((m) => m.type !== 'info')) rows.push(['vnu', 'run error', 'no errors', false]);
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`audit: no ${join(DIST, 'index.html')}; build it first (make dist)`);
  process.exit(2);
}
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const t0 = performance.now();
const server = await serve(DIST);
try {
  console.log(`audit: ${DIST} on ${server.url}`);
  await runLighthouse(server.url);
} finally {
  await server.close();
}
runVnu([join(ROOT, 'index.html'), join(DIST, 'index.html'), join(ROOT, 'examples/host.html'), ...rendered]);

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${'check'.padEnd(width)}  result${' '.repeat(18)}target     ok`);
for (const [check, result, target, ok] of rows) {
  console.log(`${check.padEnd(width)}  ${String(result).padEnd(24)}${target.padEnd(11)}${ok ? 'yes' : 'NO'}`);
}
console.log(`audit: ${seconds(t0)}; reports in ${relative(process.cwd(), OUT) || '.'}/`);
const failed = rows.filter((r) => !r[3]).length;
console.log(`audit: ${rows.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
