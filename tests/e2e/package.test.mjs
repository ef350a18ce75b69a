// The npm package (`make package`): made from dist/ with the template in
// packaging/npm/, installed with `npm install ./<tarball>` into a scratch
// folder with no network, and served from there (a page pasting the
// self-hosted snippet of EMBED.md, pointed at node_modules/): the installed
// files must be the build's, and they must serve the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DIST, launch, open, serveFiles, recordViolations, violationsIn, embedSnippets, axe, clickButton, PHONE,
} from './harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let scratch;
let tarball;
let browser;

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nearer-package-'));
  const made = execFileSync('node', [join(root, 'scripts/package.mjs'), DIST, '--out', scratch], { encoding: 'utf8', stdio: 'pipe' });
  tarball = made.match(/package: (.*\.tgz)/)[1];
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

test('the tarball is a publishable package of the release build, versioned from Cargo.toml', async () => {
  const version = (await readFile(join(root, 'Cargo.toml'), 'utf8')).match(/^version\s*=\s*"([^"]+)"/m)[1];
  assert.match(tarball, new RegExp(`nearer-widget-${version.replaceAll('.', '\\.')}\\.tgz$`));
  const listed = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
  const langs = (await readdir(join(DIST, 'lang')).catch(() => [])).map((f) => `lang/${f}`);
  assert.deepEqual(listed, [
    'EMBED.md', 'LICENSE', 'README.md', 'embed.html', 'index.html', 'nearer-embed.js', 'nearer-frame.js',
    'nearer-start.js', 'nearer-widget.js', 'nearer.css', 'nearer.js', 'nearer_bg.wasm', 'package.json', ...langs,
  ].sort());
  execFileSync('tar', ['xzf', tarball, '-C', scratch]);
  const pkg = JSON.parse(await readFile(join(scratch, 'package/package.json'), 'utf8'));
  assert.equal(pkg.name, 'nearer-widget');
  assert.equal(pkg.version, version, 'the exact version of Cargo.toml');
  assert.equal(pkg.license, 'MIT');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.exports['.'], './nearer-widget.js');
  assert.equal(pkg.jsdelivr, './nearer-widget.js');
  assert.equal(pkg.unpkg, './nearer-widget.js');
  const readme = await readFile(join(scratch, 'package/README.md'), 'utf8');
  assert.ok(readme.includes(`nearer-widget@${version}/nearer-widget.js`), 'the npm README names this version');
  assert.doesNotMatch(readme, /@VERSION/);
  for (const file of listed.filter((f) => !['LICENSE', 'README.md', 'package.json'].includes(f))) {
    assert.equal(sha(await readFile(join(scratch, 'package', file))), sha(await readFile(join(DIST, file))), `${file}: the build's own bytes`);
  }
});

test('`npm install ./<tarball>` works offline, and the installed files serve the widget', async () => {
  const project = join(scratch, 'site');
  await mkdir(project, { recursive: true });
  await writeFile(join(project, 'package.json'), '{ "name": "coach-site", "private": true }\n');
  execFileSync('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], {
    cwd: project, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' },
  });
  const installed = join(project, 'node_modules/nearer-widget');
  assert.match(JSON.parse(await readFile(join(project, 'package.json'), 'utf8')).dependencies['nearer-widget'], /^file:.*\.tgz$/);

  const { selfHosted } = await embedSnippets(installed);
  const snippet = selfHosted.html.replaceAll('/nearer/', '/node_modules/nearer-widget/');
  await writeFile(join(project, 'index.html'), `<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; ${selfHosted.csp.replace("style-src 'self'", "style-src 'self' 'report-sample'")}; img-src 'self' data:; base-uri 'none'; form-action 'none'">
    <title>A coach's site built with npm</title>
</head>
<body>
    <main>
        <h1>A private reflection</h1>
${snippet}
    </main>
</body>
</html>
`);
  const site = await serveFiles(project);
  try {
    const { page, finish } = await open(browser, PHONE, { initScript: recordViolations });
    await page.goto(site.url);
    await page.locator('nearer-widget .nearer[data-screen="intro"]').waitFor();
    await clickButton(page, 'Begin');
    await page.locator('nearer-widget .nearer[data-screen="situation"]').waitFor();
    await axe(page, 'installed package');
    assert.deepEqual(await violationsIn(page), []);
    const got = [...new Set(site.requests.map((r) => r.path))].sort();
    assert.deepEqual(got, ['/', ...['nearer-start.js', 'nearer-widget.js', 'nearer.css', 'nearer.js', 'nearer_bg.wasm'].map((f) => `/node_modules/nearer-widget/${f}`)]);
    await finish();
  } finally {
    await site.close();
  }
});
