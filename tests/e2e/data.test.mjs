// "Your data on this device" on the release build: export, delete everything
// and import bringing back exactly the same state; the import fault matrix
// (malformed, oversized, not ours, newer, hostile strings); session-only
// mode; persistence; the comparison with an earlier reflection; quick exit.
// Each case: no uncaught or console error and no request off 127.0.0.1
// (harness), the right words on screen, and what was saved read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  server, browser, useBrowser, open, load, check, clickButton, storage, blockStorage, PHONE, DESKTOP,
} from './harness.mjs';

useBrowser();

const KEY = 'nearer:state';
const V3 = (await readFile(new URL('../fixtures/v3.json', import.meta.url), 'utf8')).trim();
const HOST = { 'host:theme': 'dark', 'host-cart': 'not json {', 'other-widget:state': '{"v":1}' };

/** Seeds localStorage once per context (not again on a reload). */
function seed(entries) {
  if (!sessionStorage.getItem('seeded')) {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }
}

const widgetKeys = (all) => Object.keys(all).filter((k) => k.startsWith('nearer:'));
const hostKeys = (all) => Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith('nearer:')));

async function openData(page) {
  await page.locator('.nearer-footer [data-view="data"]').click();
  await page.waitForSelector('.nearer[data-view="data"]');
}

/** Chooses a file in the import control. */
async function choose(page, name, text) {
  await page.locator('[data-import]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Waits until the focused element reads `text` (focus moves after the render). */
const focusedOn = (page, text) =>
  page.waitForFunction((t) => activeEl()?.textContent.trim() === t, text, { timeout: 3000 });

const status = (page) => page.locator('.nearer-data .nearer-status').innerText();

for (const viewport of [PHONE, DESKTOP]) {
  test(`export, delete everything, import: the same state comes back, the host's keys untouched (${viewport.name})`, async () => {
    const { page, context, finish } = await open(browser, viewport);
    await context.addInitScript(seed, { [KEY]: V3, ...HOST });
    await load(page, server.url);
    // the fixture opens on its results, compared with the earlier reflection
    await page.waitForSelector('.nearer-compare');
    const rows = await page.locator('.nearer-compare__row').allInnerTexts();
    assert.equal(rows.length, 9);
    // the latest kept reflection is the one on screen: compared with the one before
    assert.equal(await page.locator('.nearer-compare select option').count(), 1);
    assert.ok(rows.includes('↓\nRushed or reactive conversations: weighs less now (88 then, 50 now)') || rows.some((r) => r.endsWith('Rushed or reactive conversations: weighs less now (88 then, 50 now)')), rows.join('\n'));
    assert.ok(rows.some((r) => r.endsWith('Drifting into routine: the same (75 both times)')));
    assert.ok(rows.some((r) => r.endsWith('Overwhelm and stress: not rated both times')));
    await check(page, viewport, '20-results-compared');

    await openData(page);
    await check(page, viewport, '21-data');
    const before = (await storage(page))[KEY];
    assert.equal(JSON.parse(before).state.view, 'data');

    const [download] = await Promise.all([page.waitForEvent('download'), clickButton(page, 'Download a copy')]);
    assert.match(download.suggestedFilename(), /^nearer-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await readFile(await download.path(), 'utf8');
    const doc = JSON.parse(file);
    assert.equal(doc.format, 'nearer-export');
    assert.equal(doc.v, 3);
    assert.equal(doc.state.history.length, 2);
    assert.ok(file.includes('\n  "state": {'), 'readable: pretty-printed');
    assert.equal(await status(page), 'Your copy is downloading.');

    // delete everything: asked first, focus on the safe answer
    await clickButton(page, 'Delete everything');
    await focusedOn(page, 'Keep it');
    await check(page, viewport, '22-data-delete-confirm');
    await clickButton(page, 'Yes, delete everything');
    assert.equal(await status(page), 'Everything has been deleted from this device.');
    let all = await storage(page);
    assert.deepEqual(widgetKeys(all), [], 'no widget key remains');
    assert.deepEqual(hostKeys(all), HOST, "the host's keys are untouched");
    assert.equal(await page.locator('.nearer-tabs').innerText(), 'Reflect\nMoments\nMy list');
    // a fresh start is not written back, even after a reload
    await page.reload();
    await page.waitForSelector('.nearer[data-screen="intro"]');
    assert.deepEqual(widgetKeys(await storage(page)), []);

    // bring the copy back: a preview first, then the same state; the host
    // hears of no completed reflection or added moment (not the person's steps)
    await page.evaluate(() => {
      window.heard = [];
      for (const name of ['nearer:assessment-completed', 'nearer:moment-added']) {
        document.addEventListener(name, (e) => window.heard.push(e.type));
      }
    });
    await openData(page);
    await choose(page, 'copy.json', file);
    const preview = page.locator('[data-import-preview]');
    await preview.waitFor();
    const lines = await preview.locator('li').allInnerTexts();
    assert.deepEqual(lines, [
      'Answers: 3 of 24 statements (here: 0)',
      'List: 2 moments, 2 of them not on this device (here: 0)',
      'Days practised: 3 (here: 0)',
      'Past results: 2 (here: 0)',
    ]);
    await check(page, viewport, '23-data-import-preview');
    // Escape in the preview cancels it (focus back on the file chooser), and
    // is not half of the quick exit
    await preview.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => activeEl()?.matches('[data-import]'));
    assert.equal(await preview.count(), 0, 'nothing was imported');
    assert.deepEqual(widgetKeys(await storage(page)), []);
    await choose(page, 'copy.json', file);
    await preview.waitFor();
    await clickButton(page, "Replace what's here");
    assert.equal(await status(page), 'Your copy is back.');
    all = await storage(page);
    assert.equal(all[KEY], before, 'exactly the state that was exported');
    assert.deepEqual(await page.evaluate(() => window.heard), []);
    assert.deepEqual(hostKeys(all), HOST);
    await page.locator('.nearer-tabs button', { hasText: 'My list (2)' }).waitFor();
    await finish();
  });
}

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe "quotes" & \\ back';
const hostileExport = () => JSON.stringify({
  format: 'nearer-export',
  v: 3,
  exported: '2026-11-25',
  state: {
    view: 'list',
    screen: { at: 'intro' },
    answers: { ratings: { '<script>alert(1)</script>': 3, 'reactive-rushed': 4 } },
    plan: {
      next: 1,
      items: [{ key: 'c-1', title: HOSTILE_TITLE, how_to: 'javascript:alert(1)'.repeat(200), note: '<b>bold</b>\u0000' }],
    },
    history: [],
  },
});

const BAD_FILES = [
  ['malformed.json', '{"format": "nearer-export", "v": 3, "state": {', "That file isn't a copy from this reflection. Nothing was changed."],
  ['oversized.json', `{"pad":"${'x'.repeat(1_100_000)}"}`, 'That file is too large to be a copy from this reflection (1101 kB; copies are well under 1,000 kB). Nothing was changed.'],
  ['someone-elses.json', '{"hello": "world"}', "That file isn't a copy from this reflection. Nothing was changed."],
  ['empty.json', '   \n', 'That file is empty. Nothing was changed.'],
  ['newer.json', '{"format":"nearer-export","v":99,"state":{}}', "That copy was made by a newer version of this reflection, which this page can't read yet. Nothing was changed."],
  ['damaged.json', '{"format":"nearer-export","v":3,"state":{"answers":{"ratings":{"reactive-rushed":9}}}}', "That copy is damaged, so it can't be brought back safely. Nothing was changed."],
  // an item key becomes an element id on the page: only the widget's own forms are taken
  ['odd-key.json', JSON.stringify({ format: 'nearer-export', v: 3, state: { plan: { items: [{ key: 'c-1" onfocus="x', title: 'a' }] } } }), "That copy is damaged, so it can't be brought back safely. Nothing was changed."],
];

test('import fault matrix: each bad file is refused in plain words and nothing changes', async () => {
  const { page, context, finish } = await open(browser, PHONE);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await context.addInitScript(seed, { [KEY]: V3, ...HOST });
  await load(page, server.url);
  await openData(page);
  const before = await storage(page);
  for (const [name, text, message] of BAD_FILES) {
    await choose(page, name, text);
    await page.waitForFunction((m) => nearerRoot().querySelector('.nearer-data .nearer-status')?.innerText === m, message, { timeout: 5000 })
      .catch(async () => assert.fail(`${name}: status was ${JSON.stringify(await status(page))}`));
    assert.equal(await page.locator('[data-import-preview]').count(), 0, `${name}: no preview`);
    assert.deepEqual(await storage(page), before, `${name}: nothing changed`);
    if (name === 'damaged.json') await check(page, PHONE, '24-data-import-refused');
  }
  assert.ok(warnings.some((w) => w.includes('the file could not be read (a rating is out of range)')), 'the reason is in the console');

  // hostile strings: shown as text, never run; the list keeps them as text
  await choose(page, 'hostile.json', hostileExport());
  await page.locator('[data-import-preview]').waitFor();
  await clickButton(page, "Add to what's here");
  assert.equal(await status(page), 'Your copy is back.');
  await page.locator('.nearer-tabs button', { hasText: 'My list (3)' }).click();
  const title = page.locator('.nearer-item').nth(2).locator('h3, h4').first();
  const titleText = await title.textContent();
  assert.ok(titleText.includes('<img src=x onerror='), `markup is shown as text: ${titleText}`);
  assert.equal(await page.locator('.nearer img').count(), 0, 'no element was made from the file');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
  const saved = JSON.parse((await storage(page))[KEY]);
  const item = saved.state.plan.items[2];
  assert.ok(item.title.startsWith('<img src=x'), 'stored as plain text');
  assert.ok(item.how_to.length <= 500, 'cut to the limit a list keeps');
  assert.deepEqual(hostKeys(await storage(page)), HOST);
  await check(page, PHONE, '25-list-after-hostile-import');
  await finish();
});

test("session-only: chosen from the introduction, nothing is written, the badge shows on every screen; turned off, saving resumes", async () => {
  const { page, context, finish } = await open(browser, PHONE);
  await context.addInitScript(seed, HOST);
  await load(page, server.url);
  await page.getByRole('button', { name: 'Choose what is kept' }).click();
  await page.waitForSelector('.nearer[data-view="data"]');
  await clickButton(page, "Don't keep anything on this device");
  await focusedOn(page, 'Cancel');
  await check(page, PHONE, '26-data-session-confirm');
  await clickButton(page, 'Yes, stop keeping it');
  await page.locator('[data-session-only-badge]').waitFor();
  await check(page, PHONE, '27-data-session-only');
  // answer, add to the list: the badge stays, nothing is written
  await page.locator('.nearer-tabs button', { hasText: 'Reflect' }).click();
  await clickButton(page, 'Begin');
  await page.locator('.nearer fieldset').nth(0).locator('label').nth(1).click();
  await page.locator('.nearer-tabs button', { hasText: 'Moments' }).click();
  await page.locator('.nearer-moments > li').nth(0).getByRole('button', { name: 'Add to my list' }).click();
  await page.locator('.nearer-tabs button', { hasText: 'My list (1)' }).waitFor();
  assert.equal(await page.locator('[data-session-only-badge]').innerText(), 'Not saving on this device');
  assert.deepEqual(widgetKeys(await storage(page)), [], 'nothing written');
  // a reload in this tab keeps the choice (and, as promised, not the answers)
  await page.reload();
  await page.locator('[data-session-only-badge]').waitFor();
  await page.waitForSelector('.nearer[data-screen="intro"]');
  assert.match(await page.locator('.nearer-points').innerText(), /nothing is kept on this device/);
  assert.equal(await page.locator('.nearer-tabs').innerText(), 'Reflect\nMoments\nMy list');
  await clickButton(page, 'Begin');
  await page.locator('.nearer fieldset').nth(0).locator('label').nth(1).click();
  await page.locator('.nearer-tabs button', { hasText: 'Moments' }).click();
  await page.locator('.nearer-moments > li').nth(0).getByRole('button', { name: 'Add to my list' }).click();
  assert.deepEqual(widgetKeys(await storage(page)), [], 'still nothing written');
  // turned off: what is on screen is kept from now on
  await openData(page);
  await clickButton(page, 'Keep my answers on this device again');
  await page.waitForFunction(() => !!localStorage.getItem('nearer:state'));
  const saved = JSON.parse((await storage(page))[KEY]);
  assert.equal(saved.state.plan.items.length, 1);
  assert.equal(await page.locator('[data-session-only-badge]').count(), 0);
  assert.deepEqual(hostKeys(await storage(page)), HOST);
  await finish();
});

test('an earlier saved state is deleted when session-only is turned on', async () => {
  const { page, context, finish } = await open(browser, PHONE);
  await context.addInitScript(seed, { [KEY]: V3, [`${KEY}:backup`]: 'old unreadable', ...HOST });
  await load(page, server.url);
  await openData(page);
  // the set-aside copy can be downloaded
  const [download] = await Promise.all([page.waitForEvent('download'), clickButton(page, 'Download the unreadable copy')]);
  assert.equal(await readFile(await download.path(), 'utf8'), 'old unreadable');
  await clickButton(page, "Don't keep anything on this device");
  await clickButton(page, 'Yes, stop keeping it');
  assert.equal(await status(page), 'Nothing from this tab is being kept on this device now.');
  assert.deepEqual(widgetKeys(await storage(page)), []);
  // what was on screen is still there for this visit
  await page.locator('.nearer-tabs button', { hasText: 'My list (2)' }).waitFor();
  await page.reload();
  await page.waitForSelector('.nearer[data-screen="intro"]');
  assert.deepEqual(hostKeys(await storage(page)), HOST);
  await finish();
});

test('blocked storage: the data panel says nothing is kept and export still works', async () => {
  const { page, finish } = await open(browser, PHONE, { initScript: blockStorage });
  await load(page, server.url);
  await page.getByRole('button', { name: 'See your options' }).click();
  await page.waitForSelector('.nearer[data-view="data"]');
  assert.ok((await page.locator('.nearer-keeping').innerText()).startsWith("This browser isn't letting the page keep anything"));
  assert.equal(await page.getByRole('button', { name: "Don't keep anything on this device" }).count(), 0);
  const [download] = await Promise.all([page.waitForEvent('download'), clickButton(page, 'Download a copy')]);
  assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).format, 'nearer-export');
  await check(page, PHONE, '28-data-storage-blocked');
  await finish();
});

test('asking the browser to keep the data shows its answer, without a prompt before', async () => {
  const { page, context, finish } = await open(browser, DESKTOP);
  await context.addInitScript(seed, { [KEY]: V3 });
  await load(page, server.url);
  await openData(page);
  const card = page.locator('#nearer-persist-title + p');
  await card.waitFor();
  const asked = page.getByRole('button', { name: 'Ask the browser to keep it' });
  if (await asked.count()) {
    await asked.click();
    await page.waitForFunction(() => {
      const t = nearerRoot().querySelector('.nearer-data')?.innerText ?? '';
      return t.includes('has agreed to keep this data') || t.includes("didn't agree this time");
    });
  } else {
    assert.ok((await card.innerText()).includes('has agreed to keep this data'));
  }
  // opened again on the data section (where it was left): asked again too
  await page.reload();
  await page.waitForSelector('.nearer[data-view="data"]');
  await page.locator('#nearer-persist-title').waitFor();
  await finish();
});

test('"Leave quickly" and Escape twice blank the widget and replace the page', async () => {
  for (const how of ['button', 'escape']) {
    const { page, context, finish } = await open(browser, PHONE);
    const away = `${server.url}index.html?left=${how}`;
    await context.addInitScript((url) => document.addEventListener('DOMContentLoaded', () => {
      document.querySelector('[data-nearer]')?.setAttribute('data-quick-exit', url);
    }), away);
    // what the widget showed as the page went (kept in sessionStorage,
    // which the same-origin page it leaves for can read)
    await context.addInitScript(() => {
      if (location.protocol !== 'http:' || location.search.includes('left=')) return;
      addEventListener('pagehide', () => {
        const root = document.querySelector('[data-nearer]')?.shadowRoot;
        sessionStorage.setItem('at-pagehide', JSON.stringify({
          blank: root?.querySelectorAll('section.nearer[data-exited]').length,
          screens: root?.querySelectorAll('.nearer[data-screen]').length,
          text: root?.querySelector('.nearer-root')?.textContent.trim(),
        }));
      });
    });
    await load(page, server.url);
    await clickButton(page, 'Begin');
    // the safety path is at hand on this screen too
    await page.locator('.nearer-unsafe__summary').click();
    assert.ok((await page.locator('.nearer-unsafe p').innerText()).includes('emergency number'));
    if (how === 'button') {
      await page.getByRole('button', { name: 'Leave quickly' }).click();
    } else {
      await page.locator('body').press('Escape');
      await page.locator('body').press('Escape');
    }
    await page.waitForURL(away);
    assert.equal(page.url(), away);
    assert.deepEqual(JSON.parse(await page.evaluate(() => sessionStorage.getItem('at-pagehide'))),
      { blank: 1, screens: 0, text: '' }, 'the widget was blank before the page went');
    // replaced, not added: Back does not return to the reflection
    await page.goBack().catch(() => {});
    assert.ok(!page.url().startsWith(`${server.url}`) || page.url() === away, `Back returned to ${page.url()}`);
    await finish();
  }
});

test('a single Escape does not leave, nor Escape twice to close a question', async () => {
  const { page, finish } = await open(browser, PHONE);
  await load(page, server.url);
  const url = page.url();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1100);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  assert.equal(page.url(), url, 'one Escape a second apart');
  assert.equal(await page.locator('.nearer[data-screen="intro"]').count(), 1);
  // Escape answers a question "no", and that press is not half of a quick exit
  await openData(page);
  await clickButton(page, 'Delete everything');
  await focusedOn(page, 'Keep it');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  assert.equal(page.url(), url, 'Escape in a question');
  assert.equal(await page.getByRole('button', { name: 'Yes, delete everything' }).count(), 0, 'the question closed');
  await focusedOn(page, 'Delete everything');
  await finish();
});

test('data from a newer version can be downloaded as it is before anything is deleted', async () => {
  const NEWER = '{"v":99,"state":{"something":"new"}}';
  const { page, context, finish } = await open(browser, PHONE);
  await context.addInitScript(seed, { [KEY]: NEWER });
  await load(page, server.url);
  await page.locator('.nearer-notice').waitFor();
  await check(page, PHONE, '30-newer-version-notice');
  // the notice leads to where it can be downloaded
  await clickButton(page, 'See your options');
  await page.waitForSelector('.nearer[data-view="data"]');
  await check(page, PHONE, '30-data-newer-version');
  const [download] = await Promise.all([page.waitForEvent('download'), clickButton(page, 'Download the unreadable copy')]);
  assert.equal(await readFile(await download.path(), 'utf8'), NEWER);
  assert.equal((await storage(page))[KEY], NEWER, 'still untouched');
  await finish();
});

test("the coach's safety resources appear wherever the safety path does", async () => {
  const { page, context, finish } = await open(browser, PHONE);
  await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    const host = document.querySelector('[data-nearer]');
    host.setAttribute('data-safety-text', 'Anna Coaching works with Safe Harbour, a free and confidential line.');
    host.setAttribute('data-safety-phone', '0800 123 456');
    host.setAttribute('data-safety-link', 'https://safe-harbour.example/help');
  }));
  await load(page, server.url);
  await page.locator('.nearer-unsafe__summary').click();
  const box = page.locator('.nearer-unsafe');
  assert.ok((await box.innerText()).includes('Safe Harbour, a free and confidential line.'));
  assert.equal(await box.getByRole('link', { name: 'Call 0800 123 456' }).getAttribute('href'), 'tel:0800123456');
  const more = box.getByRole('link', { name: 'More help and support' });
  assert.equal(await more.getAttribute('href'), 'https://safe-harbour.example/help');
  assert.equal(await more.getAttribute('rel'), 'noreferrer');
  await check(page, PHONE, '29-safety-path-host-resources');
  // and on the results of someone who said they feel unsafe
  await clickButton(page, 'Begin');
  await page.locator('.nearer fieldset').nth(1).locator('label').nth(2).click();
  await clickButton(page, 'Next');
  for (let p = 0; p < 6; p += 1) await clickButton(page, p === 5 ? 'See my results' : 'Next');
  await page.waitForSelector('.nearer[data-screen="results"]');
  const card = page.locator('.nearer-card--safety');
  assert.equal(await card.getByRole('link', { name: 'Call 0800 123 456' }).count(), 1);
  await finish();
});
