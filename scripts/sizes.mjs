// First-load asset sizes of a build: raw, gzip -9 and brotli (quality 11),
// per file and in total. Usage: node scripts/sizes.mjs dist [--json out.json]
// Also imported by scripts/bench.mjs (measureSizes, sizesTable).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const kinds = new Set(['.html', '.js', '.wasm', '.css']);
// the iframe channel's page and scripts: not loaded by the standalone page
const notFirstLoad = new Set(['embed.html', 'nearer-embed.js', 'nearer-frame.js']);

/**
 * Files of `dir` (by default its top-level html, js, wasm and css but the
 * iframe channel's; or the paths in `only`, relative to `dir`), each raw,
 * gzip -9 and brotli q11, and their total.
 */
export function measureSizes(dir, only = null) {
  const names = only ?? readdirSync(dir).filter((f) => kinds.has(extname(f)) && !notFirstLoad.has(f) && statSync(join(dir, f)).isFile());
  const files = [...names]
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return {
        file,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }).length,
      };
    });
  const total = files.reduce(
    (t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { file: 'total', raw: 0, gzip: 0, brotli: 0 },
  );
  return { files, total };
}

const fmt = (n) => n.toLocaleString('en-US');
/** A file name without Trunk's content hash. */
export const plainName = (f) => f.replace(/-[0-9a-f]{8,}(?=[._])/, '');

/** The Markdown table of `measureSizes`' result, as lines. */
export function sizesTable({ files, total }) {
  const lines = ['| file | raw | gzip -9 | brotli |', '|---|---:|---:|---:|'];
  for (const r of [...files, total]) {
    const label = r === total ? '**total**' : plainName(r.file);
    lines.push(`| ${label} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} |`);
  }
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const jsonAt = process.argv.indexOf('--json');
  const sizes = measureSizes(dir);
  console.log(sizesTable(sizes).join('\n'));
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(sizes, null, 2));
}
