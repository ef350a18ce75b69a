// First-load asset sizes of a build: raw, gzip -9 and brotli (quality 11),
// per file and in total. Usage: node scripts/sizes.mjs dist [--json out.json]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const jsonAt = process.argv.indexOf('--json');
const kinds = new Set(['.html', '.js', '.wasm', '.css']);

const rows = readdirSync(dir)
  .filter((f) => kinds.has(extname(f)) && statSync(join(dir, f)).isFile())
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
const total = rows.reduce(
  (t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { file: 'total', raw: 0, gzip: 0, brotli: 0 },
);

const fmt = (n) => n.toLocaleString('en-US');
const name = (f) => f.replace(/-[0-9a-f]{8,}(?=[._])/, '');
console.log('| file | raw | gzip -9 | brotli |');
console.log('|---|---:|---:|---:|');
for (const r of [...rows, total]) {
  const label = r.file === 'total' ? '**total**' : name(r.file);
  console.log(`| ${label} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} |`);
}
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ files: rows, total }, null, 2));
