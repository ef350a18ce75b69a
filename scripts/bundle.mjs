// Trunk post_build hook (Trunk.toml [[hooks]]): makes the bundle loadable
// from any origin with ONE integrity hash (docs/csp.md). Runs on Trunk's
// staging folder, after the HTML is written.
//
// 1. The entry module's `const HASHES = {}` is filled with the sha384 of
//    every file it loads (nearer.js, the wasm-bindgen glue; nearer_bg.wasm;
//    nearer.css; lang/*.json). The entry loads each held to its hash, so the
//    one hash a page puts on its <script src=nearer-widget.js> covers them
//    all (the glue by a <script type=module integrity> element, not by a
//    static import, which carries no hash).
// 2. index.html: the entry's integrity is rewritten (its bytes changed).
// 3. embed.html (the iframe page) gets its scripts' integrity hashes.
// 4. EMBED.md: the ready-to-paste snippets, with this build's hashes and
//    the version from Cargo.toml.
// First, the wasm's imports get short names in the wasm and the glue
// (scripts/short-imports.mjs), and index.html's preloads of the two get
// their new hashes.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { embedMarkdown } from './embed-snippets.mjs';
import { shortenImports } from './short-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('bundle: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const fail = (why) => { throw new Error(`bundle: ${why}`); };
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const read = (file) => readFileSync(join(dir, file), 'utf8');

// --- 0. short import names -----------------------------------------------------
{
  const short = shortenImports(readFileSync(join(dir, 'nearer_bg.wasm')), read('nearer.js'));
  writeFileSync(join(dir, 'nearer_bg.wasm'), short.wasm);
  writeFileSync(join(dir, 'nearer.js'), short.glue);
  // the standalone page's preloads (Trunk's) carry the hashes of the old bytes
  let page = read('index.html');
  for (const [file, bytes] of [['nearer.js', short.glue], ['nearer_bg.wasm', short.wasm]]) {
    const re = new RegExp(`(<link\\b[^>]*\\bhref=["']?[^"'\\s>]*${file.replace('.', '\\.')}["']?[^>]*\\bintegrity=)["']?[^"'\\s>]+["']?`);
    if (!re.test(page)) fail(`index.html has no preload of ${file} with an integrity to update`);
    page = page.replace(re, (_, head) => `${head}"${sha384(bytes)}"`);
  }
  writeFileSync(join(dir, 'index.html'), page);
}

// (Trunk does not minify the entry module, data-no-minify, or HASHES could
// not be found in it; whole-line comments and indentation go here instead:
// 9.3 kB → 5.9 kB raw, 4.0 → 2.6 kB gzip)
let entry = read('nearer-widget.js').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//')).join('\n');
if (/from\s*['"]\.\/nearer\.js['"]/.test(entry)) fail('nearer-widget.js imports nearer.js statically: that import would carry no hash');

// --- 1. the hashes of every file the entry module loads ---------------------
const hashes = {};
for (const file of ['nearer.js', 'nearer_bg.wasm', 'nearer.css']) {
  if (!existsSync(join(dir, file))) fail(`${file} is missing from the build`);
  hashes[file] = sha384(readFileSync(join(dir, file)));
}
if (existsSync(join(dir, 'lang'))) {
  for (const file of readdirSync(join(dir, 'lang')).filter((f) => f.endsWith('.json')).sort()) {
    hashes[`lang/${file}`] = sha384(readFileSync(join(dir, 'lang', file)));
  }
}
const hashesRe = /const HASHES = \{[^}]*\};/;
if (!hashesRe.test(entry)) fail('nearer-widget.js has no `const HASHES = {...};` to fill');
entry = entry.replace(hashesRe, () => `const HASHES = ${JSON.stringify(hashes, null, 2)};`);
writeFileSync(join(dir, 'nearer-widget.js'), entry);
const entryHash = sha384(entry);

// --- 2. index.html -------------------------------------------------------------
let html = read('index.html');
let replaced = 0;
html = html.replace(/<script\b[^>]*\bsrc=["']?[^"'\s>]*nearer-widget\.js["']?[^>]*>/, (tag) => {
  replaced += 1;
  return tag.replace(/integrity=["']?[^"'\s>]+["']?/, `integrity="${entryHash}"`);
});
if (replaced !== 1 || !html.includes(entryHash)) fail('index.html has no <script src=nearer-widget.js integrity=...> to update');
writeFileSync(join(dir, 'index.html'), html);

// --- 3. embed.html and its scripts --------------------------------------------
const frameHash = sha384(readFileSync(join(dir, 'nearer-frame.js')));
const embedScriptHash = sha384(readFileSync(join(dir, 'nearer-embed.js')));
let embed = read('embed.html');
for (const [file, hash] of [['nearer-embed.js', embedScriptHash], ['nearer-widget.js', entryHash]]) {
  const re = new RegExp(`(<script\\b[^>]*\\bsrc=["']?(?:\\./)?${file.replace('.', '\\.')}["']?)([^>]*>)`);
  if (!re.test(embed)) fail(`embed.html has no <script src=${file}>`);
  embed = embed.replace(re, (_, head, tail) => `${head} integrity="${hash}"${tail}`);
}
writeFileSync(join(dir, 'embed.html'), embed);

// --- 4. EMBED.md ------------------------------------------------------------------
const version = readFileSync(join(source, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)?.[1] ?? fail('no version in Cargo.toml');
const name = JSON.parse(readFileSync(join(source, 'packaging/npm/package.json'), 'utf8')).name;
writeFileSync(join(dir, 'EMBED.md'), embedMarkdown({ name, version, entryHash, frameHash }));

console.log(`bundle: nearer-widget.js (${entryHash}) holds the hashes of ${Object.keys(hashes).join(', ')}; embed.html and EMBED.md written`);
