// Which language a widget speaks: the host's data-lang, else the page's
// lang, else English. (The journey in Spanish, French and German is in
// languages.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, useBrowser, open, load, PHONE } from './harness.mjs';

useBrowser();

test("the host's data-lang wins over the page's lang; an unknown one warns and the page's lang decides, then English", async () => {
  // [data-lang, the page's <html lang> (index.html's own "en" when null), shown]
  for (const [lang, pageLang, expected] of [['es', null, 'es'], ['it', null, 'en'], ['it', 'es', 'es'], ['de', 'es', 'de']]) {
    const { page, finish } = await open(browser, PHONE);
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.addInitScript(([l, p]) => document.addEventListener('DOMContentLoaded', () => {
      if (p) document.documentElement.lang = p;
      document.querySelector('[data-nearer]').setAttribute('data-lang', l);
    }), [lang, pageLang]);
    await load(page, server.url);
    assert.equal(await page.getAttribute('.nearer', 'lang'), expected);
    if (lang === 'it') assert.ok(warnings.some((w) => w.includes('"it" is not an available language')), warnings.join('\n'));
    if (expected === 'en') {
      assert.ok((await page.locator('.nearer-title').innerText()).startsWith('Where did the distance'));
    } else {
      assert.equal(await page.locator('.nearer-exit').innerText(), expected === 'es' ? 'Salir rápido' : 'Schnell verlassen');
    }
    await finish();
  }
});
