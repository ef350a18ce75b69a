// `make package`: the npm-publishable tarball of a release build, from the
// template in packaging/npm/ (package.json, README.md, LICENSE), with the
// exact version from Cargo.toml (the one source of truth).
// Usage: node scripts/package.mjs [dist] [--out folder]   (default: into dist/)
// Publishing it (`npm publish dist/nearer-widget-<version>.tgz`) is a person's job.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 ? args.splice(outAt, 2)[1] : args[0] ?? 'dist');
const dist = resolve(args[0] ?? join(root, 'dist'));

const version = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)?.[1];
if (!version) throw new Error('package: no version in Cargo.toml');
const pkg = JSON.parse(readFileSync(join(root, 'packaging/npm/package.json'), 'utf8'));
pkg.version = version;

const stage = mkdtempSync(join(tmpdir(), 'nearer-npm-'));
try {
  for (const entry of pkg.files) {
    const from = join(dist, entry);
    if (!existsSync(from)) {
      if (entry.endsWith('/')) continue; // lang/ is there only when the build has language files
      throw new Error(`package: ${entry} is missing from ${dist} (run make dist first)`);
    }
    cpSync(from, join(stage, entry), { recursive: true });
  }
  // every file the entry module loads (its HASHES), and those that loads, must be in the package
  for (const module of ['nearer-widget.js', 'nearer-start.js']) {
    const hashes = readFileSync(join(dist, module), 'utf8').match(/^const HASHES = (\{[^}]*\});$/m)?.[1];
    if (!hashes || hashes === '{}') throw new Error(`package: ${module} has no hashes (scripts/bundle.mjs did not run)`);
    for (const path of Object.keys(JSON.parse(hashes))) {
      if (!existsSync(join(stage, path))) throw new Error(`package: ${module} loads ${path}, which packaging/npm/package.json "files" leaves out`);
    }
  }
  if (!readFileSync(join(dist, 'EMBED.md'), 'utf8').includes(`${pkg.name}@${version}/`)) {
    throw new Error(`package: dist/EMBED.md is not for ${pkg.name}@${version}`);
  }
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(stage, 'README.md'), readFileSync(join(root, 'packaging/npm/README.md'), 'utf8').replaceAll('@VERSION/', `@${version}/`));
  cpSync(join(root, 'packaging/npm/LICENSE'), join(stage, 'LICENSE'));
  const made = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }).trim().split('\n').pop();
  console.log(`package: ${join(out, made)}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
