// scripts/compact-lang.mjs (run by the build): each bundled language file
// but English's ships as a list in the template's order, without keys. The
// list must hold exactly the keyed file's texts; a file that lacks a text or
// has one the template does not is refused at build time, by name. That the
// widget reads the lists is shown by the Spanish, French and German journeys
// (languages.test.mjs), which run this release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { compactLanguage, textPaths } from '../../scripts/compact-lang.mjs';
import { DIST } from './harness.mjs';

const LANG = new URL('../../lang/', import.meta.url).pathname;
const read = (dir, file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const template = read(LANG, 'en.json');
const others = readdirSync(LANG).filter((f) => f.endsWith('.json') && f !== 'en.json').sort();

test('the template has every text once, nested groups and plural forms read as one text each', () => {
  const paths = textPaths(template);
  const names = paths.map((p) => p.join('/'));
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.includes('begin') && names.includes('scale/0') && names.includes('moments/eye-contact/how_to'));
  // a count's forms are one text, not a group
  assert.ok(names.includes('answered_of') && !names.some((n) => n.startsWith('answered_of/')));
});

test('the release build ships each language as the compact list of its keyed file, English as the template', () => {
  assert.ok(others.length >= 3, others.join());
  for (const file of others) {
    const keyed = read(LANG, file);
    const shipped = read(join(DIST, 'lang'), file);
    assert.deepEqual(shipped, compactLanguage(template, keyed), file);
    assert.equal(shipped[0], file.replace(/\.json$/, ''));
    assert.equal(shipped.length, textPaths(template).length + 1);
    // in the template's places: a text taken by path is the one in the list
    const at = textPaths(template).findIndex((p) => p.join('/') === 'begin');
    assert.equal(shipped[at + 1], keyed.begin);
    const sizes = [JSON.stringify(keyed), JSON.stringify(shipped)].map((s) => gzipSync(s, { level: 9 }).length);
    assert.ok(sizes[1] < sizes[0] - 1500, `${file}: ${sizes.join(' → ')} bytes gzip`);
  }
  assert.deepEqual(read(join(DIST, 'lang'), 'en.json'), template);
});

test('a file that lacks a text or has one the template does not stops the build, naming each', () => {
  const es = read(LANG, 'es.json');
  const broken = structuredClone(es);
  delete broken.begin;
  delete broken.moments['eye-contact'].how_to;
  broken.scale.pop();
  broken.sourcess = { trust: 'x' };
  assert.throws(() => compactLanguage(template, broken), (e) => {
    for (const want of ['begin: missing', 'scale[4]: missing', 'moments.eye-contact.how_to: missing', 'sourcess.trust: not in the English template']) {
      assert.ok(e.message.includes(want), `${want} in ${e.message}`);
    }
    return true;
  });
  assert.throws(() => compactLanguage(template, { ...es, tag: undefined }), /tag: missing/);
  // a number where a text belongs is no text
  assert.throws(() => compactLanguage(template, { ...es, next: 3 }), /next: missing/);
});
