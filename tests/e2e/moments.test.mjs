// The small-moments picker and the personal action list, end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  server, browser, useBrowser, open, load, check, shot, answerAll, clickButton, storage, PHONE, DESKTOP, pickerMade, listMade,
} from './harness.mjs';

useBrowser();

const XSS = '<img src=x onerror=alert(1)>';

/** Situation "No"/"No", then rushed conversations and routine rated highest. */
async function takeAssessment(page) {
  await clickButton(page, 'Begin');
  await answerAll(page, (g) => (g === 0 ? 1 : 0));
  await clickButton(page, 'Next');
  for (let p = 0; p < 6; p += 1) {
    const sources = await page.locator('.nearer fieldset legend').allInnerTexts();
    await answerAll(page, (g) => (/rush|tense|defending|routine|fun together|granted/i.test(sources[g]) ? 4 : 1));
    await clickButton(page, p === 5 ? 'See my results' : 'Next');
  }
  await page.waitForSelector('.nearer[data-screen="results"]');
}

const view = (page) => page.getAttribute('.nearer', 'data-view');
const tab = async (page, name) => {
  await page.locator('.nearer-tabs button', { hasText: name }).click();
  await pickerMade(page);
};

/** Presses Tab until the focused element satisfies `test` (in the page), at most `max` times. */
async function tabTo(page, predicate, arg, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`never reached: ${predicate}`);
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`assessment → suggestions → a list that survives a reload (${viewport.name})`, async () => {
    const { page, finish } = await open(browser, viewport);
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
    await load(page, server.url);
    await takeAssessment(page);
    await clickButton(page, 'Find small moments for this');
    assert.equal(await view(page), 'moments');
    assert.equal(await page.evaluate(() => activeEl().textContent), 'Small moments');

    const suggested = page.locator('#nearer-suggested-title + p + ul > li');
    const n = await suggested.count();
    assert.ok(n >= 3 && n <= 6, `${n} suggestions`);
    for (const why of await suggested.locator('.nearer-moment__why').allInnerTexts()) {
      assert.match(why, /^Helps with: .*(Rushed or reactive conversations|Drifting into routine)/);
    }
    await check(page, viewport, '10-moments');

    const titles = [];
    for (let i = 0; i < 3; i += 1) {
      const card = suggested.nth(i);
      titles.push(await card.locator('h4').innerText());
      await card.getByRole('button', { name: 'Add to my list' }).click();
      await page.getByRole('status').filter({ hasText: `Added to your list: ${titles[i]}` }).waitFor();
      assert.equal(await card.getByRole('button').innerText(), 'On my list');
    }
    await page.locator('#nearer-custom-title').click(); // the form opens from its heading
    await page.getByLabel('What will you do?').fill(XSS);
    await page.getByLabel('How, or when (optional)').fill('Plain text, <b>not markup</b>.');
    await page.locator('.nearer-form').getByRole('button', { name: 'Add to my list' }).click();
    await page.getByText(`Added to your list: ${XSS}`).waitFor();

    await tab(page, 'My list (4)');
    await listMade(page, 4);
    assert.equal(await view(page), 'list');
    const items = page.locator('.nearer-item');
    assert.equal(await items.count(), 4);
    // textContent: the text itself is what is checked, whatever its layout
    assert.deepEqual((await items.locator('h3').allTextContents()).slice(0, 3), titles);
    assert.equal(await items.nth(3).locator('h3').textContent(), XSS, 'shown as literal text');
    assert.equal(await page.locator('.nearer-items img, .nearer-items b').count(), 0, 'no markup rendered');

    const first = items.nth(0);
    const done = first.getByRole('button', { name: 'Done today' });
    await done.click();
    assert.equal(await done.getAttribute('aria-pressed'), 'true');
    await page.getByText('Marked as done today. Nicely done.').waitFor();
    assert.equal(await first.locator('.nearer-week__day[data-done][data-today]').count(), 1);
    assert.match(await first.locator('.nearer-week__summary').innerText(), /^Practised on \w+day\.$/);
    await first.getByLabel('A private note').fill('Tried it after dinner.');
    await first.getByLabel('A private note').blur();
    await page.getByText('Note saved.').waitFor();
    await check(page, viewport, '11-list-week');

    await page.reload();
    await page.waitForSelector('.nearer[data-view="list"]');
    assert.equal(await items.count(), 4);
    assert.equal(await items.nth(0).getByRole('button', { name: 'Done today' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await items.nth(0).getByLabel('A private note').inputValue(), 'Tried it after dinner.');
    assert.equal(await items.nth(3).locator('h3').textContent(), XSS);

    // undo today's check-off
    await items.nth(0).getByRole('button', { name: 'Done today' }).click();
    assert.equal(await items.nth(0).getByRole('button', { name: 'Done today' }).getAttribute('aria-pressed'), 'false');
    assert.match(await items.nth(0).locator('.nearer-week__summary').innerText(), /Nothing marked yet/);
    assert.equal(dialogs, 0, 'no dialog ever opened');
    const saved = JSON.parse((await storage(page))['nearer:state']);
    assert.equal(saved.v, 3);
    assert.equal(saved.state.plan.items.length, 4);
    await finish();
  });
}

for (const viewport of [PHONE, DESKTOP]) test(`removing asks first; the printed plan has no controls (${viewport.name})`, async () => {
  const { page, finish } = await open(browser, viewport);
  await load(page, server.url);
  await tab(page, 'Moments');
  await check(page, viewport, '12-moments-no-results');
  const cards = page.locator('.nearer-moments > li');
  for (let i = 0; i < 3; i += 1) await cards.nth(i).getByRole('button', { name: 'Add to my list' }).click();
  await tab(page, 'My list (3)');
  await listMade(page, 3);
  await page.locator('.nearer-item').nth(0).getByRole('button', { name: 'Done today' }).click();
  await page.locator('.nearer-item').nth(1).getByRole('button', { name: 'Remove' }).click();
  await check(page, viewport, '13-list-remove-confirm');
  await page.getByRole('button', { name: 'Keep it' }).click();
  assert.equal(await page.locator('.nearer-item').count(), 3);
  await page.locator('.nearer-item').nth(1).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  assert.equal(await page.locator('.nearer-item').count(), 2);
  await page.getByText('Removed from your list.').waitFor();

  await page.emulateMedia({ media: 'print' });
  const visibleButtons = await page.locator('.nearer button').evaluateAll((bs) =>
    bs.filter((b) => getComputedStyle(b).display !== 'none').length);
  assert.equal(visibleButtons, 0, 'no buttons in print');
  assert.equal(await page.locator('.nearer-tabs').evaluate((e) => getComputedStyle(e).display), 'none');
  await shot(page, viewport, '14-list-print');
  await page.emulateMedia({ media: 'screen' });
  await finish();
});

for (const viewport of [PHONE, DESKTOP]) test(`filters narrow the catalogue and say so when nothing is left (${viewport.name})`, async () => {
  const { page, finish } = await open(browser, viewport);
  await load(page, server.url);
  await tab(page, 'Moments');
  // unfiltered, the catalogue is grouped by kind (with its counts); a filter lists its matches
  const count = () => page.locator('#nearer-browse-title ~ ul > li.nearer-moment').count();
  const all = (await page.locator('.nearer-group__count').allInnerTexts()).reduce((n, t) => n + parseInt(t, 10), 0);
  assert.ok(all >= 30 && all <= 50, `${all} moments`);
  await page.getByLabel('Source of distance').selectOption({ label: 'Physical or emotional separation' });
  const apart = await count();
  assert.ok(apart >= 3 && apart < all);
  await page.getByText(`Showing ${apart} of ${all} moments`).waitFor();
  await page.getByLabel('Effort').selectOption({ label: await page.getByLabel('Effort').locator('option').nth(3).innerText() });
  await page.getByLabel('Kind of moment').selectOption({ label: 'Appreciation' });
  if ((await count()) === 0) {
    await page.getByText('Nothing matches all of these filters.').waitFor();
    await check(page, viewport, '15-moments-filter-empty');
  }
  await clickButton(page, 'Clear filters');
  assert.equal(await count(), 0);
  assert.equal(await page.locator('.nearer-group').count(), 11);
  await finish();
});

test('copying a starter is confirmed and announced; without a clipboard the text is selected', async () => {
  const { context, page, finish } = await open(browser, DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await load(page, server.url);
  await tab(page, 'Moments');
  await page.locator('#nearer-starters-title').click(); // the starters open from their heading
  const starter = page.locator('.nearer-starter').nth(1);
  const words = await starter.locator('.nearer-starter__words').innerText();
  await starter.getByRole('button', { name: /^Copy/ }).click();
  const status = page.locator('.nearer-starters + .nearer-status');
  await status.filter({ hasText: 'Copied. Paste it wherever you like.' }).waitFor();
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), words);
  await shot(page, DESKTOP, '16-starter-copied');
  await finish();

  const noClipboard = () => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); };
  const second = await open(browser, PHONE, { initScript: noClipboard });
  await load(second.page, server.url);
  await tab(second.page, 'Moments');
  await second.page.locator('#nearer-starters-title').click();
  const s2 = second.page.locator('.nearer-starter').nth(0);
  await s2.getByRole('button', { name: /^Copy/ }).click();
  await second.page.getByText("Copying isn't available here").waitFor();
  await shot(second.page, PHONE, '16-starter-copy-fallback');
  const selected = await second.page.evaluate(() => String(window.getSelection()));
  assert.equal(selected, await s2.locator('.nearer-starter__words').innerText());
  await second.finish();
});

for (const viewport of [PHONE, DESKTOP]) test(`a calendar reminder downloads as a valid weekly .ics (${viewport.name})`, async () => {
  const { page, finish } = await open(browser, viewport);
  await load(page, server.url);
  await tab(page, 'Moments');
  await page.locator('.nearer-moments > li').nth(0).getByRole('button', { name: 'Add to my list' }).click();
  const title = await page.locator('.nearer-moments > li h4').nth(0).innerText();
  await tab(page, 'My list (1)');
  await page.getByText('Add a calendar reminder').click();
  await page.getByRole('button', { name: 'Download calendar file' }).click();
  await page.getByText('Choose at least one day for the reminder.').waitFor();
  await page.getByLabel('Mon').check();
  await page.getByLabel('Thu').check();
  await page.getByLabel('At what time').fill('07:30');
  await check(page, viewport, '17-list-reminder');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^nearer-[a-z0-9-]+\.ics$/);
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n'));
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'CRLF only');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  const unfolded = text.replace(/\r\n /g, '');
  assert.match(unfolded, /\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH\r\n/);
  assert.match(unfolded, /\r\nDTSTART:\d{8}T073000\r\n/);
  assert.ok(unfolded.includes(`SUMMARY:${title.replace(/([,;\\])/g, '\\$1')}`));
  await page.getByText('Calendar file downloaded.').waitFor();
  await finish();
});

test('with the network gone after loading, the whole journey still works', async () => {
  const { context, page, finish } = await open(browser, PHONE);
  await load(page, server.url);
  await context.setOffline(true);
  await takeAssessment(page);
  await clickButton(page, 'Find small moments for this');
  await page.locator('#nearer-suggested-title + p + ul > li').nth(0).getByRole('button', { name: 'Add to my list' }).click();
  await page.locator('#nearer-custom-title').click();
  await page.getByLabel('What will you do?').fill('Evening walk');
  await page.locator('.nearer-form').getByRole('button', { name: 'Add to my list' }).click();
  await tab(page, 'My list (2)');
  await page.locator('.nearer-item').nth(1).getByRole('button', { name: 'Done today' }).click();
  assert.equal(await page.locator('.nearer-week__day[data-done]').count(), 1);
  await context.setOffline(false);
  await finish();
});

for (const viewport of [PHONE, DESKTOP]) test(`feeling unsafe: the picker offers care for oneself, not reconnection (${viewport.name})`, async () => {
  const { page, finish } = await open(browser, viewport);
  await load(page, server.url);
  await clickButton(page, 'Begin');
  await answerAll(page, (g) => (g === 0 ? 1 : 2)); // safety: "Yes"
  await tab(page, 'Moments');
  await page.getByRole('heading', { name: 'Caring for yourself' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Suggested for you' }).count(), 0);
  await check(page, viewport, '18-moments-unsafe');
  await finish();
});

test('keyboard alone: add a moment and check it off', async () => {
  const { page, finish } = await open(browser, DESKTOP);
  await load(page, server.url);
  await tabTo(page, () => activeEl().textContent.trim() === 'Moments');
  await page.keyboard.press('Enter');
  assert.equal(await view(page), 'moments');
  await tabTo(page, () => activeEl().closest('.nearer-moment') !== null
    && activeEl().textContent.trim() === 'Add to my list');
  const ring = await page.evaluate(() => getComputedStyle(activeEl()).outlineStyle);
  assert.equal(ring, 'solid');
  await page.keyboard.press('Enter');
  await page.getByText(/^Added to your list: /).waitFor();
  assert.deepEqual(await page.evaluate(() => [activeEl().textContent.trim(), activeEl().getAttribute('aria-disabled')]),
    ['On my list', 'true'], 'focus stays on the button, which now says the moment is on the list');
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, () => /^My list/.test(activeEl().textContent.trim()) && activeEl().closest('nav'), undefined, 200);
  await page.keyboard.press('Enter');
  assert.equal(await view(page), 'list');
  await tabTo(page, () => activeEl().textContent.trim() === 'Done today');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => activeEl().getAttribute('aria-pressed')), 'true');
  // removing: focus goes into the question, back to "Remove" on "Keep it"
  // (or Escape), and to the list's heading once the item is gone
  const focused = () => page.evaluate(() => activeEl().textContent.trim());
  await tabTo(page, () => activeEl().textContent.trim() === 'Remove');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => activeEl().textContent.trim() === 'Keep it');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => activeEl().textContent.trim() === 'Remove');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => activeEl().textContent.trim() === 'Keep it');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => activeEl().textContent.trim() === 'Remove');
  assert.equal(await page.locator('.nearer-item').count(), 1, 'Escape kept it');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => activeEl().textContent.trim() === 'Keep it');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Yes, remove');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => activeEl().matches('[data-step-heading]'));
  assert.equal(await focused(), 'My small moments');
  assert.equal(await page.locator('.nearer-item').count(), 0);
  await finish();
});

for (const viewport of [PHONE, DESKTOP]) test(`the dark theme keeps every screen readable (${viewport.name})`, async () => {
  const { page, finish } = await open(browser, viewport, { colorScheme: 'dark' });
  await load(page, server.url);
  const background = () => page.locator('.nearer').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(await background(), 'rgb(29, 27, 25)', 'the widget follows prefers-color-scheme: dark');
  await check(page, viewport, '19-dark-intro');
  await clickButton(page, 'Begin');
  await answerAll(page, (g) => (g === 0 ? 1 : 0));
  await check(page, viewport, '19-dark-situation');
  await clickButton(page, 'Back');
  await takeAssessment(page);
  await check(page, viewport, '20-dark-results');
  await clickButton(page, 'Find small moments for this');
  const suggested = page.locator('#nearer-suggested-title + p + ul > li');
  await suggested.nth(0).getByRole('button', { name: 'Add to my list' }).click();
  await check(page, viewport, '21-dark-moments');
  await tab(page, 'My list (1)');
  await page.locator('.nearer-item').nth(0).getByRole('button', { name: 'Done today' }).click();
  await page.getByText('Marked as done today. Nicely done.').waitFor();
  await check(page, viewport, '22-dark-list');
  await finish();
});

test('two tabs: a change in one appears in the other, and neither overwrites the other', async () => {
  const { context, page: a, finish } = await open(browser, PHONE);
  const b = await context.newPage();
  await load(a, server.url);
  await load(b, server.url);
  await tab(a, 'Moments');
  await a.locator('.nearer-moment').nth(0).getByRole('button', { name: 'Add to my list' }).click();
  // the other tab shows it without a reload, and keeps its own place
  await b.locator('.nearer-tabs button', { hasText: 'My list (1)' }).waitFor();
  assert.equal(await view(b), 'reflect');
  await tab(b, 'My list (1)');
  await b.locator('.nearer-item').nth(0).getByRole('button', { name: 'Done today' }).click();
  await b.getByLabel('A private note').fill('from the second tab');
  await b.getByLabel('A private note').blur();
  await tab(a, 'My list (1)');
  await a.locator('.nearer-item [aria-pressed="true"]').waitFor();
  assert.equal(await a.getByLabel('A private note').inputValue(), 'from the second tab');
  // back in the first tab: a second moment, on top of what the other tab saved
  await tab(a, 'Moments');
  await a.locator('.nearer-moment').nth(1).getByRole('button', { name: 'Add to my list' }).click();
  await b.locator('.nearer-tabs button', { hasText: 'My list (2)' }).waitFor();
  for (const p of [a, b]) assert.equal(await p.locator('.nearer-notice').count(), 0, 'nobody was told to reload');
  const saved = JSON.parse((await storage(a))['nearer:state']).state.plan.items;
  assert.equal(saved.length, 2);
  assert.equal(saved[0].note, 'from the second tab');
  assert.ok(saved[0].done, 'the check-off from the other tab is kept');
  await b.close();
  await finish();
});
