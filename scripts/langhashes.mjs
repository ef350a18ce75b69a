// Trunk post_build hook (Trunk.toml [[hooks]]): the language files beside
// the bundle (dist/lang/*.json, copied from lang/) are fetched by the entry
// module held to a hash it carries. This writes each file's sha384 into the
// entry module's `const HASHES = {}`, then the entry module's new hash into
// the page's integrity attribute for it, and then runs importmap.mjs (hooks
// of one stage run in parallel, and both edit index.html).
// Runs on Trunk's staging folder.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('langhashes: TRUNK_STAGING_DIR is not set (run by Trunk as a post_build hook)');
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const langDir = join(dir, 'lang');
const files = existsSync(langDir) ? readdirSync(langDir).filter((f) => f.endsWith('.json')).sort() : [];
const hashes = Object.fromEntries(files.map((f) => [`lang/${f}`, sha384(readFileSync(join(langDir, f)))]));

const entryPath = join(dir, 'nearer-widget.js');
const entry = readFileSync(entryPath, 'utf8');
const marker = /\bHASHES\s*=\s*\{\s*\}/;
if (!marker.test(entry)) throw new Error('langhashes: no `HASHES = {}` in nearer-widget.js');
const filled = entry.replace(marker, `HASHES=${JSON.stringify(hashes)}`);
writeFileSync(entryPath, filled);

// the page's hash of the entry module follows its new bytes
const htmlPath = join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const before = sha384(Buffer.from(entry));
if (!html.includes(before)) throw new Error('langhashes: index.html does not carry the entry module\'s hash');
writeFileSync(htmlPath, html.replaceAll(before, sha384(Buffer.from(filled))));
console.log(`langhashes: ${files.length} language files hashed into nearer-widget.js`);

await import('./importmap.mjs');
