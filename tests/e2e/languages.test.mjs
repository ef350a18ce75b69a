// Every bundled language end to end. English is built in; Spanish, French
// and German are data files beside the bundle (lang/<tag>.json), fetched
// only when the page asks for one, held to the hash the entry module
// carries. Each journey runs at phone size in the light and the dark theme
// and at 320 px, every screen checked by axe, with screenshots under
// output/phone-<tag>*/ and output/narrow-<tag>/. No English may leak onto
// a translated screen. Then: export, import, a calendar reminder and the
// printed plan in each language; the quiet placeholder while a file loads;
// and English, with the reason in the console, when a file is missing or
// altered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  server, browser, useBrowser, open, load, check, shot, clickButton, storage, fits, walkEveryScreen, PHONE, pickerMade,
} from './harness.mjs';

useBrowser();

const NARROW = { name: 'narrow', width: 320, height: 640 };
// the words as a translator wrote them (the build ships each file as a
// compact list of the same texts: compact-lang.test.mjs)
const words = async (tag) => JSON.parse(await readFile(new URL(`../../lang/${tag}.json`, import.meta.url), 'utf8'));

/** Words only an English screen would show; each language may share a few. */
const ENGLISH = ['the', 'The', 'your', 'Your', 'you', 'You', 'and', 'this', 'This', 'with', 'Begin', 'Next', 'Back',
  'Leave quickly', 'If you feel unsafe', 'Download', 'Delete', 'Cancel', 'Keep it', 'Choose', 'Reflect', 'Moments',
  'My list', 'Done today'];
// (French 'Moments'; German 'Art des Moments', its genitive)
const SHARED = { es: [], fr: ['Moments'], de: ['Moments'], nl: [] };

async function noEnglish(page, tag, label) {
  const allowed = SHARED[tag];
  const pattern = new RegExp(`\\b(${ENGLISH.filter((w) => !allowed.includes(w)).join('|')})\\b`);
  const text = await page.locator('.nearer').innerText();
  const hit = text.match(pattern);
  assert.equal(hit, null, `${label}: English on a ${tag} screen: "${hit?.[0]}" in …${text.slice(Math.max(0, (hit?.index ?? 0) - 40), (hit?.index ?? 0) + 40)}…`);
}

/** Opens the standalone page as a page in `tag` (its <html lang>), recording requests for language files. */
async function openIn(tag, size, colorScheme = 'light') {
  const opened = await open(browser, size, {
    colorScheme,
    initScript: `document.addEventListener('DOMContentLoaded', () => { document.documentElement.lang = ${JSON.stringify(tag)}; });`,
  });
  const langRequests = [];
  opened.page.on('request', (r) => { if (r.url().includes('/lang/')) langRequests.push(r.url()); });
  return { ...opened, langRequests };
}

for (const tag of ['es', 'fr', 'de']) {
  for (const [colorScheme, size] of [['light', PHONE], ['dark', PHONE], ['light', NARROW]]) {
    test(`the journey in ${tag}, every screen accessible and reflowing (${colorScheme}, ${size.width} px)`, async () => {
      const L = await words(tag);
      const { page, finish, langRequests } = await openIn(tag, size, colorScheme);
      const viewport = { ...size, name: `${size.name}-${tag}${colorScheme === 'dark' ? '-dark' : ''}` };
      const step = async (name) => {
        await noEnglish(page, tag, name);
        await fits(page, `${viewport.name}/${name}`);
        await check(page, viewport, name);
      };
      await load(page, server.url);
      assert.equal(await page.getAttribute('.nearer', 'lang'), tag);
      assert.equal(await page.locator('.nearer-title').first().innerText(), L.intro_title);
      await walkEveryScreen(page, step, {
        begin: L.begin, next: L.next, results: L.see_results, deleteAll: L.delete_button,
      });
      await clickButton(page, L.delete_no);
      // the saved data is the same whatever the language
      const saved = JSON.parse((await storage(page))['nearer:state']);
      assert.equal(saved.v, 3);
      assert.equal(saved.state.plan.items.length, 1);
      assert.equal(saved.state.history.length, 1);
      // the language file came once, from the bundle's own origin
      assert.deepEqual(langRequests, [`${server.url}lang/${tag}.json`]);
      await finish();
    });
  }

  test(`export, import, a calendar reminder and the printed plan in ${tag}`, async () => {
    const L = await words(tag);
    const { page, finish } = await openIn(tag, PHONE);
    const viewport = { ...PHONE, name: `phone-${tag}` };
    await load(page, server.url);
    await page.locator('.nearer-tabs button[data-view="moments"]').click();
    await pickerMade(page);
    await page.locator('.nearer-moments > li').nth(0).getByRole('button', { name: L.add_to_list }).click();
    const title = await page.locator('.nearer-moments > li h4').nth(0).innerText();
    assert.ok(Object.values(L.moments).some((m) => m.title === title), `${title} is a ${tag} title`);
    await page.getByText(L.added.replace('{title}', title)).waitFor();

    // a weekly reminder: the calendar file carries the title in this language
    await page.locator('.nearer-tabs button[data-view="list"]').click();
    await page.getByText(L.reminder_summary).click();
    await page.getByLabel(L.weekday_short[0], { exact: true }).check();
    await page.getByLabel(L.reminder_time).fill('07:30');
    await check(page, viewport, '17-list-reminder');
    const [ics] = await Promise.all([page.waitForEvent('download'), clickButton(page, L.reminder_download)]);
    assert.match(ics.suggestedFilename(), /^nearer-[a-z0-9-]+\.ics$/);
    const calendar = (await readFile(await ics.path(), 'utf8')).replace(/\r\n /g, '');
    assert.ok(calendar.includes(`SUMMARY:${title.replace(/([,;\\])/g, '\\$1')}\r\n`), calendar);
    assert.ok(calendar.includes(`DESCRIPTION:${L.reminder_description.replace(/([,;\\])/g, '\\$1')}`), calendar);
    await page.getByText(L.reminder_ready).waitFor();

    // the printed plan: the words, no controls
    await page.emulateMedia({ media: 'print' });
    const visibleButtons = await page.locator('.nearer button').evaluateAll((bs) =>
      bs.filter((b) => getComputedStyle(b).display !== 'none').length);
    assert.equal(visibleButtons, 0, 'no buttons in print');
    assert.ok((await page.locator('.nearer').innerText()).includes(title));
    await shot(page, viewport, '14-list-print');
    await page.emulateMedia({ media: 'screen' });

    // a copy out, everything deleted, the copy back in
    await page.locator('.nearer-footer [data-view="data"]').click();
    const [copy] = await Promise.all([page.waitForEvent('download'), clickButton(page, L.export_button)]);
    const file = await readFile(await copy.path(), 'utf8');
    assert.equal(JSON.parse(file).format, 'nearer-export');
    await page.getByText(L.export_started).waitFor();
    await clickButton(page, L.delete_button);
    await clickButton(page, L.delete_yes);
    await page.getByText(L.deleted).waitFor();
    await page.locator('[data-import]').setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByText(L.import_preview_title).waitFor();
    await check(page, viewport, '22-data-import-preview');
    await noEnglish(page, tag, 'import preview');
    await clickButton(page, L.import_replace);
    await page.getByText(L.import_done).waitFor();
    assert.equal(JSON.parse((await storage(page))['nearer:state']).state.plan.items.length, 1);
    await finish();
  });
}

test('while a language file loads, a placeholder holds the space: no English, accessible', async () => {
  const L = await words('de');
  const { page, context, finish } = await openIn('de', PHONE);
  // the page is German from its first byte (the entry module's placeholder
  // reads <html lang> before DOMContentLoaded)
  await context.route(server.url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<html lang=["']?en["']?>/, '<html lang=de>') });
  });
  let release;
  const held = new Promise((ok) => { release = ok; });
  let asked = false;
  await context.route('**/lang/de.json', async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto(server.url);
  await page.waitForFunction(() => true);
  for (let i = 0; i < 100 && !asked; i += 1) await page.waitForTimeout(50);
  assert.ok(asked, 'the German file was asked for');
  // the wasm runs and waits for the words: the entry module's placeholder
  // (in the page's language) or the widget's wordless one holds the space
  const holder = page.locator('.nearer-placeholder, .nearer-loading').first();
  await holder.waitFor();
  assert.equal(await page.locator('.nearer').count(), 0, 'nothing rendered yet, in any language');
  const text = await holder.innerText();
  assert.doesNotMatch(text, /Loading|loading/, `no English while German loads: ${text}`);
  const box = await holder.boundingBox();
  assert.ok(box.height >= 40, `the placeholder holds space (${box.height}px)`);
  await check(page, { ...PHONE, name: 'phone-de' }, '00-loading');
  release();
  await page.waitForSelector('.nearer[data-screen]');
  assert.equal(await page.locator('.nearer-title').first().innerText(), L.intro_title);
  assert.equal(await page.locator('.nearer-placeholder, .nearer-loading').count(), 0);
  await finish();
});

/** Loads a page in `tag` with its language file answered by `answer(route)`; returns what happened. */
async function loadWith(tag, answer) {
  const { page, context, errors, finish, langRequests } = await openIn(tag, PHONE);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await context.route(`**/lang/${tag}.json`, answer);
  await load(page, server.url);
  const result = {
    lang: await page.getAttribute('.nearer', 'lang'),
    title: await page.locator('.nearer-title').first().innerText(),
    warnings,
    errors: [...errors],
    langRequests,
  };
  errors.length = 0; // each test checks them itself
  await finish();
  return result;
}

test('a missing language file: English, and the reason in the console', async () => {
  const r = await loadWith('fr', (route) => route.fulfill({ status: 404, body: 'not here' }));
  assert.equal(r.lang, 'en');
  assert.equal(r.title, 'Where did the distance come from?');
  // (fetched with its hash, a 404 page fails the hash as any other wrong bytes would)
  assert.ok(r.warnings.some((w) => w.startsWith('nearer: lang/fr.json could not be loaded') && w.endsWith('speaking English')), r.warnings.join('\n'));
  assert.ok(r.errors.every((e) => /404|integrity/.test(e)), r.errors.join('\n'));
});

test('an altered language file fails its hash: English, and the reason in the console', async () => {
  const r = await loadWith('de', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace('"Los geht’s"', '"Hier klicken"');
    await route.fulfill({ response, body: text });
  });
  assert.equal(r.lang, 'en');
  assert.equal(r.title, 'Where did the distance come from?');
  assert.ok(r.warnings.some((w) => w.startsWith('nearer: lang/de.json could not be loaded') && w.includes('integrity')), r.warnings.join('\n'));
  // the browser's own refusal, naming the file
  assert.ok(r.errors.length >= 1 && r.errors.every((e) => /integrity/.test(e) && e.includes('lang/de.json')), r.errors.join('\n'));
});

test('English pages fetch no language file at all', async () => {
  const { page, finish, langRequests } = await openIn('en-GB', PHONE);
  await load(page, server.url);
  assert.equal(await page.getAttribute('.nearer', 'lang'), 'en');
  assert.deepEqual(langRequests, []);
  await finish();
});

test("a coach's own language: the Dutch page speaks Dutch from its content pack, no file fetched", async () => {
  for (const size of [PHONE, NARROW]) {
    const { page, finish, langRequests } = await openIn('nl', size);
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    const viewport = { ...size, name: `${size.name}-nl` };
    // (the widget sits below the fold there: it renders when the visitor scrolls near it)
    await page.goto(`${server.url}examples/host-nl.html`);
    await page.locator('nearer-widget').scrollIntoViewIfNeeded();
    await page.waitForSelector('.nearer[data-screen]');
    assert.equal(await page.getAttribute('.nearer', 'lang'), 'nl');
    assert.equal(await page.locator('.nearer-title').first().innerText(), 'Waar komt de afstand vandaan?');
    await walkEveryScreen(page, async (name) => {
      await noEnglish(page, 'nl', name);
      await fits(page, `${viewport.name}/${name}`);
      await check(page, viewport, name);
    }, { begin: 'Beginnen', next: 'Volgende', results: 'Naar mijn resultaten', deleteAll: 'Alles wissen' });
    assert.deepEqual(langRequests, []);
    assert.deepEqual(warnings, []);
    await finish();
  }
});

test("a coach's language is used only where the widget speaks it; elsewhere the console says why", async () => {
  const { page, finish } = await openIn('nl', PHONE);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    document.querySelector('nearer-widget').setAttribute('data-lang', 'en');
  }));
  await load(page, `${server.url}examples/host-nl.html`);
  assert.equal(await page.getAttribute('.nearer', 'lang'), 'en');
  assert.ok(warnings.some((w) => w.includes('content pack #sanne-pack holds the language "nl", but this widget speaks "en"')), warnings.join('\n'));
  await finish();
});
