// Trunk post_build hook (Trunk.toml [[hooks]]): makes the bundle loadable
// from any origin with ONE integrity hash (docs/csp.md). Runs on Trunk's
// staging folder, after the HTML is written.
//
// 1. The start module's `const HASHES = {}` (nearer-start.js) is filled
//    with the sha384 of every file it loads (nearer.js, the wasm-bindgen
//    glue; nearer_bg.wasm; nearer.css; lang/*.json), and the entry
//    module's (nearer-widget.js) with the sha384 of the start module. Each
//    loads its files held to those hashes, so the one hash a page puts on
//    its <script src=nearer-widget.js> covers them all (a module by a
//    <script type=module integrity> element, not by a static import, which
//    carries no hash). Both are minified here, after filling (Trunk does
//    not minify them: data-no-minify, copy-file), with uglify-js
//    (scripts/node), HASHES kept by name.
// 2. index.html: the entry's integrity is rewritten (its bytes changed),
//    and the start module and the style sheet are preloaded with theirs.
// 3. embed.html (the iframe page) gets its scripts' integrity hashes.
// 4. EMBED.md: the ready-to-paste snippets, with this build's hashes and
//    the version from Cargo.toml.
// Each language file but English's (the template, kept as a translator
// reads it) is written in its compact form first (scripts/compact-lang.mjs).
// First, the wasm's imports get short names in the wasm and the glue
// (scripts/short-imports.mjs), the glue is minified, and index.html's
// preloads of the two get their new hashes.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedMarkdown } from './embed-snippets.mjs';
import { shortenImports } from './short-imports.mjs';
import { compactLanguage } from './compact-lang.mjs';

const UglifyJS = createRequire(join(dirname(fileURLToPath(import.meta.url)), 'node', 'package.json'))('uglify-js');

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('bundle: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const fail = (why) => { throw new Error(`bundle: ${why}`); };
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const read = (file) => readFileSync(join(dir, file), 'utf8');

// --- 0. short import names -----------------------------------------------------
{
  const short = shortenImports(readFileSync(join(dir, 'nearer_bg.wasm')), read('nearer.js'));
  // Trunk only strips the glue's blanks; uglify-js also shortens its local
  // names and folds its code: 22.8 -> 16.7 kB raw, 4.8 -> 4.4 kB gzip
  const glue = UglifyJS.minify(short.glue, { module: true, compress: { passes: 2 } });
  if (glue.error) fail(`nearer.js could not be minified: ${glue.error.message}`);
  writeFileSync(join(dir, 'nearer_bg.wasm'), short.wasm);
  writeFileSync(join(dir, 'nearer.js'), glue.code);
  // the standalone page's preloads (Trunk's) carry the hashes of the old bytes
  let page = read('index.html');
  for (const [file, bytes] of [['nearer.js', glue.code], ['nearer_bg.wasm', short.wasm]]) {
    const re = new RegExp(`(<link\\b[^>]*\\bhref=["']?[^"'\\s>]*${file.replace('.', '\\.')}["']?[^>]*\\bintegrity=)["']?[^"'\\s>]+["']?`);
    if (!re.test(page)) fail(`index.html has no preload of ${file} with an integrity to update`);
    page = page.replace(re, (_, head) => `${head}"${sha384(bytes)}"`);
  }
  writeFileSync(join(dir, 'index.html'), page);
}

// A module with its `const HASHES = {};` filled with `hashes`, minified.
// The declaration is taken out before minifying (so HASHES stays a free
// name there, which the minifier leaves alone) and put back in front.
const HASHES_RE = /^const HASHES = \{\};$/m;
function fill(file, hashes) {
  const source = read(file);
  if (!HASHES_RE.test(source)) fail(`${file} has no \`const HASHES = {};\` line to fill`);
  if (/from\s*['"]\.\/nearer(-start)?\.js['"]/.test(source)) fail(`${file} imports a module statically: that import would carry no hash`);
  const min = UglifyJS.minify(source.replace(HASHES_RE, ''), { module: true, compress: { passes: 2 }, mangle: { reserved: ['HASHES'] } });
  if (min.error) fail(`${file} could not be minified: ${min.error.message}`);
  const code = `const HASHES = ${JSON.stringify(hashes)};\n${min.code}\n`;
  writeFileSync(join(dir, file), code);
  return code;
}

// --- 1. the hashes of every file the start module loads, then of it ---------
const hashes = {};
for (const file of ['nearer.js', 'nearer_bg.wasm', 'nearer.css']) {
  if (!existsSync(join(dir, file))) fail(`${file} is missing from the build`);
  hashes[file] = sha384(readFileSync(join(dir, file)));
}
if (existsSync(join(dir, 'lang'))) {
  // every language but the English template in its compact form (scripts/compact-lang.mjs)
  const template = JSON.parse(read('lang/en.json'));
  for (const file of readdirSync(join(dir, 'lang')).filter((f) => f.endsWith('.json')).sort()) {
    if (file !== 'en.json') {
      let list;
      try {
        list = compactLanguage(template, JSON.parse(read(`lang/${file}`)));
      } catch (e) {
        fail(`lang/${file}: ${e.message}`);
      }
      writeFileSync(join(dir, 'lang', file), `${JSON.stringify(list)}\n`);
    }
    hashes[`lang/${file}`] = sha384(readFileSync(join(dir, 'lang', file)));
  }
}
const startHash = sha384(fill('nearer-start.js', hashes));
const entryHash = sha384(fill('nearer-widget.js', { 'nearer-start.js': startHash }));

// --- 2. index.html -------------------------------------------------------------
// The widget is the page's content (data-load="eager"): what the entry
// module fetches next is preloaded with it, held to the same hashes and
// fetched the same way (CORS), so the browser reuses those downloads.
let html = read('index.html');
let replaced = 0;
html = html.replace(/<script\b[^>]*\bsrc=["']?([^"'\s>]*)nearer-widget\.js["']?[^>]*>(<\/script>)?/, (tag, folder) => {
  replaced += 1;
  return `${tag.replace(/integrity=["']?[^"'\s>]+["']?/, `integrity="${entryHash}"`)}`
    + `<link rel=modulepreload href=${folder}nearer-start.js integrity="${startHash}" crossorigin>`
    + `<link rel=preload as=fetch href=${folder}nearer.css integrity="${hashes['nearer.css']}" crossorigin>`;
});
if (replaced !== 1 || !html.includes(entryHash)) fail('index.html has no <script src=nearer-widget.js integrity=...> to update');
// The widget's style sheet is for its shadow root (adopted from the preload
// above), not for the page, which has page.css: linked as well, it was
// fetched twice.
const sheetLinks = html.match(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/g) ?? [];
const widgetSheet = sheetLinks.filter((tag) => /\bhref=["']?[^"'\s>]*\/?nearer\.css\b/.test(tag));
if (widgetSheet.length !== 1) fail(`index.html: expected one <link rel=stylesheet href=nearer.css> to drop, found ${widgetSheet.length}`);
html = html.replace(widgetSheet[0], '');
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

console.log(`bundle: nearer-widget.js (${entryHash}) holds the hash of nearer-start.js, which holds those of ${Object.keys(hashes).join(', ')}; embed.html and EMBED.md written`);
