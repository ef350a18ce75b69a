// The CDN channel: the package's files (the `make package` tarball,
// unpacked) served from a second origin (another port on 127.0.0.1) with
// the CORS headers jsDelivr sends, at jsDelivr's exact-version path; the
// coach's page on the first origin pastes the CDN snippet from
// dist/EMBED.md as it is (only jsDelivr's address becomes the local one)
// under the strict policy EMBED.md documents for it. The widget must work,
// cause no CSP violation, load only from 127.0.0.1, and refuse a tampered
// wasm, glue, style sheet or entry module, with the plain message in its
// place. Screenshots: output/{phone,desktop}/cdn-host-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  launch, open, serveFiles, recordViolations, violationsIn, embedSnippets, walkEveryScreen, axe, shot, clickButton,
  JSDELIVR_HEADERS, PHONE, DESKTOP, coachPage,
} from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let browser;
let scratch;
let pkg; // { name, version, dir }
let cdn;
let host;
let tamper = null; // (path, bytes) => bytes, for the next loads

/** Unpacks the `make package` tarball of dist/ (made here, into a scratch folder). */
async function unpackedPackage(into) {
  const made = execFileSync('node', [join(root, 'scripts/package.mjs'), join(root, 'dist'), '--out', into], { encoding: 'utf8', stdio: 'pipe' });
  const tarball = made.match(/package: (.*\.tgz)/)[1];
  execFileSync('tar', ['xzf', tarball, '-C', into]);
  const dir = join(into, 'package');
  const { name, version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  return { name, version, dir };
}

/** A policy: the host page's own sources, with the snippet's CSP line merged in. */
function hostPolicy(snippetCsp) {
  const directives = new Map([
    ['default-src', ["'none'"]],
    ['script-src', ["'report-sample'"]],
    ['style-src', ["'self'", "'report-sample'"]],
    ['img-src', ["'self'", 'data:']],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ]);
  for (const d of snippetCsp.split(';').map((s) => s.trim()).filter(Boolean)) {
    const [name, ...sources] = d.split(/\s+/);
    directives.set(name, [...sources, ...(directives.get(name) ?? [])]);
  }
  return [...directives].map(([n, s]) => `${n} ${s.join(' ')}`).join('; ');
}

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nearer-cdn-'));
  pkg = await unpackedPackage(scratch);
  cdn = await serveFiles(pkg.dir, {
    prefix: `/npm/${pkg.name}@${pkg.version}/`,
    headers: JSDELIVR_HEADERS,
    alter: (path, bytes) => (tamper ? tamper(path, bytes) : bytes),
  });
  const { cdn: snippet } = await embedSnippets(pkg.dir);
  const local = (s) => s.replaceAll('https://cdn.jsdelivr.net/', `${cdn.origin}/`);
  assert.match(snippet.html, /integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"/);
  const page = coachPage({
    policy: hostPolicy(local(snippet.csp)),
    main: `        <section class="hero">
            <h1>When you love each other but feel far apart</h1>
            <p>Most couples who come to me have not stopped caring. That distance has causes, and it can shrink again.</p>
        </section>
        <section id="reflection" class="reflection" aria-labelledby="reflection-title">
            <h2 id="reflection-title">Start with a private reflection</h2>
            <p>This short reflection runs entirely in your browser: I never see your answers.</p>
            <!-- pasted from EMBED.md, "CDN" -->
${local(snippet.html)}
        </section>`,
  });
  const site = join(scratch, 'site');
  await mkdir(site, { recursive: true });
  await writeFile(join(site, 'index.html'), page);
  await copyFile(join(root, 'examples/host.css'), join(site, 'host.css'));
  host = await serveFiles(site);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await cdn?.close();
  await host?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function openHost(viewport) {
  const session = await open(browser, viewport, { initScript: recordViolations });
  cdn.requests.length = 0;
  host.requests.length = 0;
  await session.page.goto(host.url);
  return session;
}

test('the CDN snippet from EMBED.md works on a page of another origin under its strict policy, with one integrity attribute', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, finish } = await openHost(viewport);
    await page.locator('nearer-widget .nearer[data-screen="intro"]').waitFor();
    await shot(page, viewport, 'cdn-host-intro');
    if (viewport === PHONE) {
      await walkEveryScreen(page, async (name) => {
        await axe(page, `cdn ${name}`);
        if (name === '04-results' || name === '11-list') await shot(page, viewport, `cdn-host-${name}`);
      });
    } else {
      await clickButton(page, 'Begin');
      await page.locator('nearer-widget .nearer[data-screen="situation"]').waitFor();
      await axe(page, 'cdn desktop situation');
      await shot(page, viewport, 'cdn-host-situation');
    }
    assert.deepEqual(await violationsIn(page), [], 'no Content-Security-Policy violation');

    // everything of the widget came from the CDN origin, by CORS, relative to the entry module
    const got = [...new Set(cdn.requests.map((r) => r.path.split('/').pop()))].sort();
    assert.deepEqual(got, ['nearer-start.js', 'nearer-widget.js', 'nearer.css', 'nearer.js', 'nearer_bg.wasm']);
    // each once: the style sheet is fetched held to its hash and adopted, not linked again
    assert.equal(cdn.requests.filter((r) => r.path.endsWith('/nearer.css')).length, 1, 'nearer.css fetched once');
    for (const r of cdn.requests) {
      assert.equal(r.origin, host.origin, `${r.path}: a CORS request from the host page`);
      assert.equal(r.mode, 'cors', `${r.path}: fetched in CORS mode`);
    }
    assert.deepEqual([...new Set(host.requests.map((r) => r.path))].sort(), ['/', '/host.css'], 'nothing of the widget from the host origin');
    const integrities = await page.evaluate(() => [...document.querySelectorAll('[integrity]')].map((e) => e.localName));
    assert.deepEqual(integrities, ['script'], 'the page holds one integrity attribute: its script tag');
    await finish(); // no request off 127.0.0.1, no console error, no cookie
  }
});

const PLAIN = /^Sorry, this reflection couldn't load just now\. .*Nothing you saved before has been touched\.$/;

test('a tampered or missing file on the CDN is refused, and the visitor sees the plain message', async () => {
  const cases = [
    ['nearer-start.js', 'tampered', (b) => Buffer.concat([b, Buffer.from('\n/* altered */\n')])],
    ['nearer_bg.wasm', 'tampered', (b) => Buffer.concat([b, Buffer.from([0, 4, 3, 0x61, 0x62, 0x63])])],
    ['nearer.js', 'tampered', (b) => Buffer.concat([b, Buffer.from('\n/* altered */\n')])],
    ['nearer.css', 'tampered', (b) => Buffer.concat([b, Buffer.from('\n.nearer { outline: 9px solid #f00; }\n')])],
    ['nearer_bg.wasm', 'missing', null],
  ];
  try {
    for (const [file, how, change] of cases) {
      tamper = (path, bytes) => {
        if (path !== file) return bytes;
        if (!change) throw new Error('gone'); // the server answers 404
        return change(bytes);
      };
      const { page, errors, context } = await openHost(PHONE);
      const note = page.locator('nearer-widget .nearer-failed[role=status]');
      await note.waitFor();
      assert.match(await note.textContent(), PLAIN, `${how} ${file}: the plain message`);
      assert.equal(await page.locator('nearer-widget .nearer[data-screen]').count(), 0, `${how} ${file}: no widget`);
      const named = errors.filter((e) => e.startsWith('nearer:'));
      assert.equal(named.length, 1, `${how} ${file}: one console message of the widget's`);
      assert.ok(named[0].startsWith(`nearer: ${file} did not arrive`), `${how} ${file}: the console names the file (${named[0]})`);
      const refused = errors.filter((e) => /Failed to find a valid digest in the 'integrity' attribute|SRI's integrity checks failed/.test(e));
      if (how === 'tampered') assert.ok(refused.length >= 1, `${file}: the browser refused it for its hash`);
      assert.deepEqual(await violationsIn(page), []);
      if (file === 'nearer.js') {
        await axe(page, 'cdn: the plain message');
        await shot(page, PHONE, 'cdn-host-failed');
      }
      await context.close();
      if (file === 'nearer.js') {
        // the same in the dark theme
        const dark = await open(browser, PHONE, { initScript: recordViolations, colorScheme: 'dark' });
        await dark.page.goto(host.url);
        await dark.page.locator('nearer-widget .nearer-failed').waitFor();
        await axe(dark.page, 'cdn: the plain message, dark');
        await shot(dark.page, { name: 'phone' }, 'cdn-host-failed-dark');
        await dark.context.close();
      }
    }

    // the entry module itself: the browser refuses it, so nothing of the widget runs
    tamper = (path, bytes) => (path === 'nearer-widget.js' ? Buffer.concat([bytes, Buffer.from('\n/* altered */\n')]) : bytes);
    const { page, errors, context } = await openHost(PHONE);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    assert.equal(errors.filter((e) => /Failed to find a valid digest in the 'integrity' attribute|SRI's integrity checks failed/.test(e)).length, 1);
    assert.ok(errors.some((e) => e.includes('nearer-widget.js')), 'the console names the entry module');
    assert.deepEqual(cdn.requests.map((r) => r.path.split('/').pop()), ['nearer-widget.js'], 'and nothing else is loaded');
    await context.close();
  } finally {
    tamper = null;
  }
});
