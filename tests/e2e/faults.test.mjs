// Storage faults on the release build, each injected before the page runs
// (init scripts): a full storage in each of the three spellings browsers
// use, data from a newer version of the widget, and the host site's own keys
// (not JSON) beside the widget's. Each case checks: no uncaught error or
// console error (harness), the person is told in plain words, and what was
// saved before is still there, read back from localStorage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  server, browser, useBrowser, open, load, check, answerAll, clickButton, storage, blockStorage, PHONE,
} from './harness.mjs';

useBrowser();

const KEY = 'nearer:state';
const SAVED = (await readFile(new URL('../fixtures/v2.json', import.meta.url), 'utf8')).trim();

/** Seeds localStorage once per context (not again on a reload), then breaks writes as `fault` says. */
function seedAndBreak([entries, fault]) {
  if (!sessionStorage.getItem('seeded')) {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }
  if (!fault) return;
  Storage.prototype.setItem = function () {
    if (fault === 'code22') {
      const e = new DOMException('legacy quota', 'LegacyQuotaError');
      Object.defineProperty(e, 'code', { value: 22 });
      throw e;
    }
    throw new DOMException('The quota has been exceeded.', fault);
  };
}

for (const spelling of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'code22']) {
  test(`a full storage (${spelling}): the change stays on screen, the person is told, the saved value is untouched`, async () => {
    const { page, context, finish } = await open(browser, PHONE);
    await context.addInitScript(seedAndBreak, [{ [KEY]: SAVED }, spelling]);
    await load(page, server.url);
    // the saved list loaded
    await page.locator('.nearer-tabs button', { hasText: 'My list (2)' }).waitFor();
    await page.locator('.nearer-item').nth(1).getByRole('button', { name: 'Done today' }).click();
    const notice = page.locator('.nearer-notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /couldn't be saved.*still here/);
    assert.equal(await page.locator('.nearer-item').nth(1).getByRole('button', { name: 'Done today' }).getAttribute('aria-pressed'), 'true');
    if (spelling === 'QuotaExceededError') await check(page, PHONE, '23-storage-full');
    assert.equal((await storage(page))[KEY], SAVED, 'what was saved before is intact');
    await finish();
  });
}

test('data from a newer version: shown fresh, never overwritten, and the person is told', async () => {
  const newer = '{"v":7,"state":{"something":"only a newer version understands"},"extra":[1,2,3]}';
  const { page, context, finish } = await open(browser, PHONE);
  await context.addInitScript(seedAndBreak, [{ [KEY]: newer }, null]);
  await load(page, server.url);
  const notice = page.locator('.nearer-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /newer version.*nothing you do here will be saved/);
  await check(page, PHONE, '24-storage-newer');
  await clickButton(page, 'Begin');
  await answerAll(page, () => 0);
  await clickButton(page, 'Next');
  await page.reload();
  await page.waitForSelector('.nearer[data-screen]');
  assert.equal((await storage(page))[KEY], newer, 'the newer data is untouched');
  await finish();
});

test("the host site's own keys, JSON or not, are never read, changed or removed", async () => {
  const host = { 'host:cart': 'not json at all {', theme: 'dark', 'nearer-ish': '[1,2', 'nearer:state:other': 'x' };
  const { page, context, finish } = await open(browser, PHONE);
  await context.addInitScript(seedAndBreak, [host, null]);
  await load(page, server.url);
  assert.equal(await page.locator('.nearer-notice').count(), 0, 'nothing to tell: the widget had no data yet');
  await clickButton(page, 'Begin');
  await answerAll(page, () => 2);
  await clickButton(page, 'Next');
  await page.reload();
  await page.waitForSelector('.nearer[data-screen="statements"]');
  const after = await storage(page);
  for (const [k, v] of Object.entries(host)) assert.equal(after[k], v, `host key ${k} untouched`);
  assert.deepEqual(Object.keys(after).sort(), [...Object.keys(host), KEY].sort(), 'only its own key was added');
  await finish();
});

// A host that changes an attribute (here the language) remounts the widget.
// What is on screen may not be in storage (blocked, full, or "don't keep
// anything" chosen), so it must carry over as it is, with the notice.
const setLang = (page, lang) => page.evaluate((l) => document.querySelector('[data-nearer]').setAttribute('data-lang', l), lang);

test('an attribute change keeps what storage could not: blocked storage', async () => {
  const { page, finish } = await open(browser, PHONE, { initScript: blockStorage });
  await load(page, server.url);
  await clickButton(page, 'Begin');
  await page.locator('.nearer fieldset').nth(0).locator('label').nth(1).click();
  await setLang(page, 'es');
  await page.locator('.nearer[lang="es"]').waitFor();
  assert.equal(await page.getAttribute('.nearer', 'data-screen'), 'situation', 'the same step');
  assert.equal(await page.locator('.nearer fieldset').nth(0).locator('input').nth(1).isChecked(), true, 'the answer is still there');
  assert.match(await page.locator('.nearer-notice').innerText(), /se perderán al cerrarla/, 'still told that nothing is kept, now in Spanish');
  await finish();
});

// once, and twice in quick succession: the second change lands before the
// first remount has rendered (it waits for its style sheet)
for (const twice of [false, true]) {
  test(`${twice ? 'two attribute changes in quick succession keep' : 'an attribute change keeps'} what storage could not: a full storage`, async () => {
    const { page, context, finish } = await open(browser, PHONE);
    await context.addInitScript(seedAndBreak, [{ [KEY]: SAVED }, 'QuotaExceededError']);
    await load(page, server.url);
    const done = () => page.locator('.nearer-item').nth(1).locator('.nearer-toggle');
    await done().click();
    await page.locator('.nearer-notice').waitFor();
    if (twice) {
      const rendered = await page.evaluate(() => {
        const host = document.querySelector('[data-nearer]');
        host.setAttribute('data-accent', '#1d4e89');
        return new Promise((resolve) => setTimeout(() => {
          const before = !!host.shadowRoot.querySelector('.nearer');
          host.setAttribute('data-lang', 'es');
          resolve(before);
        }, 0));
      });
      assert.equal(rendered, false, 'the first remount had not rendered yet');
    } else {
      await setLang(page, 'es');
    }
    await page.locator('.nearer[lang="es"]').waitFor();
    assert.equal(await done().getAttribute('aria-pressed'), 'true', 'the unsaved check-off is still on screen');
    assert.match(await page.locator('.nearer-notice').innerText(), /no se han podido guardar/, 'still told, now in Spanish');
    assert.equal((await storage(page))[KEY], SAVED, 'what was saved before is intact');
    await finish();
  });
}

test("an attribute change keeps what storage could not: \"don't keep anything\" chosen", async () => {
  const { page, finish } = await open(browser, PHONE);
  await load(page, server.url);
  await page.getByRole('button', { name: 'Choose what is kept' }).click();
  await clickButton(page, "Don't keep anything on this device");
  await clickButton(page, 'Yes, stop keeping it');
  await page.locator('[data-session-only-badge]').waitFor();
  await page.locator('.nearer-tabs button', { hasText: 'Moments' }).click();
  await page.locator('.nearer-moments > li').nth(0).getByRole('button', { name: 'Add to my list' }).click();
  await setLang(page, 'es');
  await page.locator('.nearer[lang="es"]').waitFor();
  await page.locator('.nearer-tabs button', { hasText: 'Mi lista (1)' }).waitFor();
  assert.equal(await page.getAttribute('.nearer', 'data-view'), 'moments');
  assert.equal(await page.locator('[data-session-only-badge]').count(), 1, 'still not saving, and still saying so');
  assert.deepEqual(Object.keys(await storage(page)), [], 'nothing written');
  await finish();
});
