// Trunk post_build hook (Trunk.toml [[hooks]]): closes the last gap in the
// standalone page's Subresource Integrity. The entry module imports
// nearer.js statically, and an import carries no hash of its own; Chrome
// fetches it again without one when the integrity-checked modulepreload
// fails. An import map's "integrity" section gives that import the hash.
// The map is an inline script, so its own sha256 is added to the page's
// Content-Security-Policy (script-src); no 'unsafe-inline' is needed.
// Runs on Trunk's staging folder, after the HTML is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('importmap: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const digest = (algo, bytes) => createHash(algo).update(bytes).digest('base64');

const glue = `sha384-${digest('sha384', readFileSync(join(dir, 'nearer.js')))}`;
const map = JSON.stringify({ integrity: { './nearer.js': glue } });
const tag = `<script type=importmap>${map}</script>`;

// before the entry module, the first module script of the page
const entry = html.search(/<script[^>]*\bsrc=["']?\/?nearer-widget\.js/);
if (entry < 0) throw new Error('importmap: no <script src=nearer-widget.js> in index.html');
if (/type=["']?importmap/.test(html)) throw new Error('importmap: index.html already has an import map');
html = html.slice(0, entry) + tag + html.slice(entry);

// the map's hash in the policy's script-src
const hash = `'sha256-${digest('sha256', map)}'`;
// only inside the page's <meta http-equiv=Content-Security-Policy>
const meta = html.match(/<meta[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/i);
if (!meta || !/script-src /.test(meta[0])) throw new Error('importmap: no script-src in the page policy to add the map\'s hash to');
const policy = meta[0].replace(/(script-src )([^;"]*)/, (m, head, sources) => `${head}${sources.trimEnd()} ${hash}`);
html = html.replace(meta[0], policy);
writeFileSync(htmlPath, html);
console.log(`importmap: ./nearer.js pinned to ${glue}; ${hash} added to script-src`);
