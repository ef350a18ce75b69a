// scripts/short-imports.mjs (run by the build on every release): the
// renaming keeps the wasm valid and its glue in step, and a glue it did not
// expect stops the build instead of shipping a widget that cannot start.
// The journeys in the other suites run the renamed release build itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { shortenImports } from '../../scripts/short-imports.mjs';

const str = (s) => {
  const b = new TextEncoder().encode(s);
  return [b.length, ...b];
};
const section = (id, body) => [id, body.length, ...body];

// A module importing two functions from the glue's module and a memory from
// another module, exporting one function that calls the first import.
const LONG_A = '__wbg_log_0123456789abcdef';
const LONG_B = '__wbg_now_fedcba9876543210';
const wasm = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 0, 0]), // type 0: () -> ()
  ...section(2, [
    3,
    ...str('./nearer_bg.js'), ...str(LONG_A), 0x00, 0,
    ...str('env'), ...str('mem'), 0x02, 0x01, 1, 2, // memory, min 1 max 2
    ...str('./nearer_bg.js'), ...str(LONG_B), 0x00, 0,
  ]),
  ...section(3, [1, 0]), // one function of type 0
  ...section(7, [1, ...str('run'), 0x00, 2]), // export "run" = function 2
  ...section(10, [1, 4, 0, 0x10, 0, 0x0b]), // body: call 0; end
]);
const glue = `function imports(){return{__proto__:null,"./nearer_bg.js":{__proto__:null,${LONG_A}:function(){calls.push('a')},${LONG_B}:function(){calls.push('b')}}}}`;

test('imports get short names in the wasm and the glue, and the module still runs', async () => {
  const out = shortenImports(wasm, glue);
  assert.equal(out.renamed, 2);
  assert.ok(out.wasm.length < wasm.length);
  const module = await WebAssembly.compile(out.wasm);
  assert.deepEqual(WebAssembly.Module.imports(module), [
    { module: 'm', name: 'a', kind: 'function' },
    { module: 'env', name: 'mem', kind: 'memory' },
    { module: 'm', name: 'b', kind: 'function' },
  ]);
  assert.deepEqual(WebAssembly.Module.exports(module), [{ name: 'run', kind: 'function' }]);
  assert.ok(!out.glue.includes('__wbg_') && !out.glue.includes('nearer_bg'));
  const calls = [];
  const imports = new Function('calls', `${out.glue}; return imports();`)(calls);
  const instance = await WebAssembly.instantiate(module, { ...imports, env: { mem: new WebAssembly.Memory({ initial: 1, maximum: 2 }) } });
  instance.exports.run();
  assert.deepEqual(calls, ['a']);
});

test('a glue that does not match the wasm stops the build', () => {
  assert.throws(() => shortenImports(wasm, glue.replace(LONG_B, '__wbg_other_0000000000000000')), /0 occurrences of the import __wbg_now/);
  assert.throws(() => shortenImports(wasm, glue.replace('calls.push(\'b\')', `calls.push('${LONG_A}')`)), /2 occurrences of the import __wbg_log/);
  assert.throws(() => shortenImports(wasm, glue.replace('"./nearer_bg.js":', '"./other.js":')), /names "\.\/nearer_bg\.js" 0 times/);
  assert.throws(() => shortenImports(wasm.subarray(0, 20), glue), /ends inside a number|runs past the end/);
  assert.throws(() => shortenImports(Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8), glue), /not a wasm module/);
});

test('the release build was renamed: its wasm imports only short names, all of them in its glue', async () => {
  const dist = new URL('../../dist/', import.meta.url);
  const module = await WebAssembly.compile(readFileSync(new URL('nearer_bg.wasm', dist)));
  const text = readFileSync(new URL('nearer.js', dist), 'utf8');
  const imports = WebAssembly.Module.imports(module);
  assert.ok(imports.length > 100, `${imports.length} imports`);
  for (const { module: m, name } of imports) {
    assert.equal(m, 'm');
    assert.match(name, /^[a-zA-Z]{1,2}$/);
  }
  assert.ok(!/__wbg_\w+_[0-9a-f]{16}/.test(text), 'the glue still holds a long import name');
  assert.ok(WebAssembly.Module.exports(module).some((e) => e.name === 'mount'), 'the exports keep their names');
});
