// Shortens the names the wasm imports from its glue. wasm-bindgen names
// each import `__wbg_<name>_<16 hex digits>` (180 of them, under the module
// "./nearer_bg.js"), and the same names are the keys of the glue's import
// object: about 8 kB of the wasm and 7 kB of the glue, half of it random
// hex that no compressor can shrink. Here each becomes a one- or two-letter
// name in both files at once, and nothing else in either changes: the
// wasm's import section is rewritten byte for byte, every other section is
// copied as it is, and the exports (`mount`, `memory`, ...) keep their
// names. A glue the build did not expect (a name missing, or found twice)
// stops the build rather than shipping a widget that cannot start.
//
// Used by scripts/bundle.mjs before it hashes the files.

const fail = (why) => { throw new Error(`short-imports: ${why}`); };

/** Unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) fail('the wasm ends inside a number');
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encode = (s) => new TextEncoder().encode(s);

function name(bytes, at) {
  const [len, start] = leb(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + len)), start + len];
}

/** The end of an import's description (after its kind byte) at `at`. */
function skipDescription(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 0x01) [, p] = leb(bytes, p);
    if (flags & 0x08) [, p] = leb(bytes, p);
    return p;
  };
  const valueType = (p) => {
    const t = bytes[p++];
    // (ref null? <heap type>): a heap type follows
    if (t === 0x63 || t === 0x64) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0x00: return leb(bytes, at)[1]; // function: its type index
    case 0x01: return limits(valueType(at)); // table: element type, limits
    case 0x02: return limits(at); // memory
    case 0x03: return valueType(at) + 1; // global: type, mutability
    case 0x04: return leb(bytes, at + 1)[1]; // tag: attribute, type index
    default: return fail(`an import of unknown kind ${kind}`);
  }
}

/** The n-th short name: a..z, A..Z, then two letters. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[n % letters.length] + s;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return s;
}

/**
 * `wasm` (bytes) and `glue` (the wasm-bindgen glue's text) with every
 * import of module `module` renamed, and that module renamed `m`.
 * Returns { wasm, glue, renamed }.
 */
export function shortenImports(wasm, glue, module = './nearer_bg.js') {
  const bytes = wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm);
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) fail('not a wasm module');
  const parts = [bytes.subarray(0, 8)];
  const renames = new Map();
  let at = 8;
  let seen = false;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (end > bytes.length) fail('a section runs past the end of the wasm');
    if (id !== 2) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    seen = true;
    const [count, first] = leb(bytes, start);
    const out = [...encodeLeb(count)];
    let p = first;
    for (let i = 0; i < count; i += 1) {
      let mod;
      let field;
      [mod, p] = name(bytes, p);
      [field, p] = name(bytes, p);
      const kind = bytes[p];
      const descEnd = skipDescription(bytes, kind, p + 1);
      if (mod === module) {
        if (!renames.has(field)) renames.set(field, shortName(renames.size));
        mod = 'm';
        field = renames.get(field);
      }
      for (const s of [mod, field]) {
        const b = encode(s);
        out.push(...encodeLeb(b.length), ...b);
      }
      out.push(...bytes.subarray(p, descEnd));
      p = descEnd;
    }
    if (p !== end) fail('the import section has bytes after its last import');
    parts.push(Uint8Array.of(2, ...encodeLeb(out.length), ...out));
    at = end;
  }
  if (!seen || renames.size === 0) fail(`the wasm imports nothing from "${module}"`);

  // the glue: `"./nearer_bg.js":{` becomes `m:{`, and each name, a key of
  // that object, is found exactly once as `name:`
  const quoted = new RegExp(`(["'])${module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1\\s*:`, 'g');
  const modules = glue.match(quoted)?.length ?? 0;
  if (modules !== 1) fail(`the glue names "${module}" ${modules} times, expected once`);
  let text = glue.replace(quoted, 'm:');
  for (const [long, short] of renames) {
    const re = new RegExp(`(?<![\\w$])${long.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const found = text.match(re)?.length ?? 0;
    if (found !== 1) fail(`the glue has ${found} occurrences of the import ${long}, expected one (its key)`);
    text = text.replace(new RegExp(`(?<![\\w$])${long.replace(/\$/g, '\\$')}(?=\\s*:)`), short);
    if (text.includes(long)) fail(`the import ${long} is not a key of the glue's import object`);
  }
  const total = parts.reduce((n, b) => n + b.length, 0);
  const result = new Uint8Array(total);
  let o = 0;
  for (const b of parts) {
    result.set(b, o);
    o += b.length;
  }
  return { wasm: result, glue: text, renamed: renames.size };
}
