// The whole journey in Spanish, chosen by the page's `lang` (and by the
// host's data-lang): every screen checked by axe, at phone size in the light
// and the dark theme, with screenshots under output/phone-es*/. No English
// may leak onto a Spanish screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  server, browser, useBrowser, open, load, check, clickButton, storage, fits, walkEveryScreen, PHONE,
} from './harness.mjs';

useBrowser();

/** Words that only an English screen would show. */
const ENGLISH = /\b(the|The|your|Your|you|You|and|this|This|with|Begin|Next|Back|Leave quickly|If you feel unsafe|Download|Delete|Cancel|Keep it|Choose|Reflect|Moments|My list|Done today)\b/;

async function noEnglish(page, label) {
  const text = await page.locator('.nearer').innerText();
  const hit = text.match(ENGLISH);
  assert.equal(hit, null, `${label}: English on a Spanish screen: "${hit?.[0]}" in …${text.slice(Math.max(0, (hit?.index ?? 0) - 40), (hit?.index ?? 0) + 40)}…`);
}

const NARROW = { name: 'narrow', width: 320, height: 640 };

for (const [colorScheme, size] of [['light', PHONE], ['dark', PHONE], ['light', NARROW]]) {
  test(`the journey in Spanish, every screen accessible and reflowing (${colorScheme}, ${size.width} px)`, async () => {
    const { page, finish } = await open(browser, size, {
      colorScheme,
      initScript: () => document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.lang = 'es-MX';
      }),
    });
    const viewport = { ...size, name: `${size.name}-es${colorScheme === 'dark' ? '-dark' : ''}` };
    const step = async (name) => {
      await noEnglish(page, name);
      await fits(page, `${viewport.name}/${name}`);
      await check(page, viewport, name);
    };
    await load(page, server.url);
    assert.equal(await page.getAttribute('.nearer', 'lang'), 'es');
    await walkEveryScreen(page, step, {
      begin: 'Empezar', next: 'Siguiente', results: 'Ver mis resultados', deleteAll: 'Borrarlo todo',
    });
    await clickButton(page, 'Conservarlo');
    // the saved data is the same whatever the language
    const saved = JSON.parse((await storage(page))['nearer:state']);
    assert.equal(saved.v, 3);
    assert.equal(saved.state.plan.items.length, 1);
    assert.equal(saved.state.history.length, 1);
    await finish();
  });
}

test("the host's data-lang wins over the page's lang; an unknown one warns and the page's lang decides, then English", async () => {
  // [data-lang, the page's <html lang> (index.html's own "en" when null), shown]
  for (const [lang, pageLang, expected] of [['es', null, 'es'], ['fr', null, 'en'], ['fr', 'es', 'es']]) {
    const { page, finish } = await open(browser, PHONE);
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.addInitScript(([l, p]) => document.addEventListener('DOMContentLoaded', () => {
      if (p) document.documentElement.lang = p;
      document.querySelector('[data-nearer]').setAttribute('data-lang', l);
    }), [lang, pageLang]);
    await load(page, server.url);
    assert.equal(await page.getAttribute('.nearer', 'lang'), expected);
    if (lang === 'fr') assert.ok(warnings.some((w) => w.includes('"fr" is not an available language')), warnings.join('\n'));
    if (expected === 'en') {
      assert.ok((await page.locator('.nearer-title').innerText()).startsWith('Where did the distance'));
    } else {
      assert.ok((await page.locator('.nearer-exit').innerText()) === 'Salir rápido');
    }
    await finish();
  }
});
