// Where the wasm's bytes go: twiggy over a copy of the release wasm that
// keeps its names (Trunk's output has no name section). The copy is made the
// way Trunk and scripts/bundle.mjs make dist's: wasm-bindgen, short import
// names, then wasm-opt -Oz, here with -g.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortenImports } from '../short-imports.mjs';

const FEATURES = [
  '--enable-reference-types',
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
];

/** Items that are not code or data: the name section and other custom sections. */
const isCustom = (name) => / subsection$/.test(name) || /^custom section /.test(name);

/** The crate (or group) an item's name belongs to. */
export function groupOf(name) {
  if (/^data segment /.test(name)) return '(data segments: text, tables)';
  if (/CompStateInner<COMP> as [^>]*>::view/.test(name)) return 'component views';
  if (/^(code|elem|type|table|global|memory)\[\d+\]/.test(name) || / section headers$/.test(name) || name === 'wasm magic bytes') {
    return '(wasm structure, unnamed code)';
  }
  if (/^(export|import) /.test(name) || /externref shim$|^Closure\(|^__wbindgen|^__externref|^__wbg_/.test(name)) {
    return '(wasm-bindgen glue)';
  }
  const segment = (path) => {
    let p = path.replace(/\[[0-9a-f]{6,}\]/g, ''); // v0 mangling's crate disambiguators
    for (;;) {
      const next = p.replace(/^(<|&|mut |\*const |\*mut |\[|\(|dyn )/, '');
      if (next === p) break;
      p = next;
    }
    const m = p.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
    return m ? m[1] : null;
  };
  // `<T as Trait>` with a primitive or generic self type belongs to the trait's crate
  const own = segment(name);
  if (own) return own;
  const trait = name.match(/ as (.*)$/);
  return (trait && segment(trait[1])) ?? '(other symbols)';
}

const stripHash = (name) => name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{6,}\]/g, '');

/**
 * Builds the named wasm from `releaseWasm` and profiles it.
 * Returns { file, bytes, codeAndData, top: [{name, bytes, share}], groups: [{group, bytes, share, items}] }.
 */
export function profileWasm(releaseWasm, { top = 20, env = process.env } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'nearer-bench-'));
  try {
    const run = (cmd, args) => execFileSync(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20 }).toString();
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, releaseWasm]);
    // the import names as dist has them (scripts/bundle.mjs)
    const bound = join(tmp, 'nearer_bg.wasm');
    writeFileSync(bound, shortenImports(readFileSync(bound), readFileSync(join(tmp, 'nearer.js'), 'utf8')).wasm);
    const named = join(tmp, 'named.wasm');
    run('wasm-opt', ['-Oz', '-g', ...FEATURES, join(tmp, 'nearer_bg.wasm'), '-o', named]);
    const items = JSON.parse(run('twiggy', ['top', '--format', 'json', named]));
    const counted = items.filter((i) => !isCustom(i.name));
    const total = counted.reduce((s, i) => s + i.shallow_size, 0);
    const share = (b) => (100 * b) / total;
    const groups = new Map();
    for (const i of counted) {
      const g = groupOf(i.name);
      const entry = groups.get(g) ?? { group: g, bytes: 0, items: 0 };
      entry.bytes += i.shallow_size;
      entry.items += 1;
      groups.set(g, entry);
    }
    return {
      file: releaseWasm,
      bytes: statSync(named).size,
      codeAndData: total,
      top: counted
        .slice()
        .sort((a, b) => b.shallow_size - a.shallow_size)
        .slice(0, top)
        .map((i) => {
          const group = groupOf(i.name);
          // the views' names are all alike: keep a short hash to tell them apart
          const hash = group === 'component views' ? i.name.match(/::h([0-9a-f]{7})[0-9a-f]{9}$/) : null;
          const name = hash ? `<CompStateInner<COMP> as Stateful>::view [h${hash[1]}]` : stripHash(i.name);
          return { name, group, bytes: i.shallow_size, share: share(i.shallow_size) };
        }),
      groups: [...groups.values()].sort((a, b) => b.bytes - a.bytes).map((g) => ({ ...g, share: share(g.bytes) })),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
