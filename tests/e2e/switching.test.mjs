// Switching between the picker and a long list (fifty items, five years of
// check-offs, as the benchmark has them): the list, opened by a click, is
// made a few items at a time after its first screenful, and printing makes
// the rest at once; the picker stays made while the person is on the list,
// skipped by the browser and out of reach (focus, clicks, screen readers);
// focus lands on the new heading; what was typed stays; a removal question
// does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { server, browser, useBrowser, open, load, axe, shot, storage, PHONE, DESKTOP, pickerMade } from './harness.mjs';
import { readDomain, fiveYearState, STATE_KEY } from '../../scripts/bench/state.mjs';

useBrowser();

const domain = readDomain(fileURLToPath(new URL('../..', import.meta.url)));
const ITEMS = 50;
const listState = fiveYearState(domain, { moments: domain.momentIds.length, custom: ITEMS - domain.momentIds.length, view: 'list' });

/** Seeds the five-year list once (a reload keeps what the widget saved since). */
const seed = `if (location.hostname === '127.0.0.1' && localStorage.getItem(${JSON.stringify(STATE_KEY)}) === null)
  localStorage.setItem(${JSON.stringify(STATE_KEY)}, ${JSON.stringify(listState)});`;

const tab = async (page, view) => {
  await page.locator(`.nearer-tabs button[data-view="${view}"]`).click();
  await pickerMade(page);
};
const itemCount = (page) => page.evaluate(() => nearerRoot().querySelectorAll('.nearer-item').length);
/** Waits until focus is on the shown view's heading; returns its text. */
async function headingFocused(page) {
  await page.waitForFunction(() => activeEl()?.matches('[data-step-heading]') && !activeEl().closest('[data-away]'));
  return page.evaluate(() => activeEl().textContent.trim());
}

/** The seeded long list on a phone, slowed as on a low-end phone (4x CPU). */
async function openSlowed() {
  const { page, finish } = await open(browser, PHONE, { initScript: seed });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await load(page, server.url);
  return { page, finish, cdp };
}

/**
 * Opens `view` by its tab and returns what the frame painted after the click
 * held: for each name, whether `selectors[name]` matched then (read from an
 * animation frame asked for by the click itself, before the widget's own).
 */
async function firstFrame(page, view, selectors) {
  await page.evaluate((sel) => {
    delete window.firstFrame;
    addEventListener('click', () => requestAnimationFrame(() => {
      const root = nearerRoot();
      window.firstFrame = Object.fromEntries(Object.entries(sel).map(([k, s]) => [k, !!root.querySelector(s)]));
    }), { capture: true, once: true });
  }, selectors);
  await tab(page, view);
  await page.waitForFunction(() => window.firstFrame !== undefined);
  return page.evaluate(() => window.firstFrame);
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`a long list and the picker: switching keeps the picker, focus and what was typed (${viewport.name})`, async () => {
    const { page, finish } = await open(browser, viewport, { initScript: seed });
    await load(page, server.url);
    // every item is made in the end, in order
    await page.waitForFunction((n) => nearerRoot().querySelectorAll('.nearer-item').length === n, ITEMS);
    const keys = await page.locator('.nearer-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
    assert.deepEqual(keys, JSON.parse(listState).state.plan.items.map((i) => i.key), 'all items, in their order');
    await axe(page, `${viewport.name}/long list`);

    // to the picker: its heading takes focus
    await tab(page, 'moments');
    assert.equal(await headingFocused(page), 'Small moments');
    assert.equal(await page.getAttribute('.nearer', 'data-view'), 'moments');
    assert.equal(await page.getByRole('button', { name: 'Done today', exact: true }).count(), 0, 'no list control is reachable');
    await axe(page, `${viewport.name}/picker`);
    await shot(page, viewport, '30-picker-from-long-list');

    // a moment of one's own, half typed
    await page.locator('#nearer-custom-title').click();
    await page.getByLabel('What will you do?').fill('Walk the long way home');

    // back to the list: its heading, the picker kept and out of reach
    await tab(page, 'list');
    assert.equal(await headingFocused(page), 'My small moments');
    assert.equal(await page.locator('.nearer-moments-view[data-away]').count(), 1, 'the picker is kept, away');
    assert.equal(await page.getByRole('button', { name: 'Add to my list' }).count(), 0, 'no picker control is reachable');
    // Tab from the heading reaches the list's own controls, never the picker's
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => !!activeEl().closest('.nearer-list-view')), true);
    await page.waitForFunction((n) => nearerRoot().querySelectorAll('.nearer-item').length === n, ITEMS);
    await axe(page, `${viewport.name}/list with the picker kept`);
    await shot(page, viewport, '31-long-list');

    // a note typed on the list is saved when the person leaves for the picker
    const first = page.locator('.nearer-item').first();
    await first.locator('textarea').fill('After dinner, before the dishes');
    // and a removal question left open is closed on the way out
    await first.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.waitForFunction(() => activeEl()?.textContent.trim() === 'Keep it');
    await tab(page, 'moments');
    await headingFocused(page);
    const saved = JSON.parse((await storage(page))[STATE_KEY]);
    assert.equal(saved.state.plan.items[0].note, 'After dinner, before the dishes', 'the note was saved');
    assert.equal(saved.state.plan.items.length, ITEMS, 'nothing was removed');
    // what was typed in the picker is still there
    assert.equal(await page.getByLabel('What will you do?').inputValue(), 'Walk the long way home');

    await tab(page, 'list');
    await headingFocused(page);
    assert.equal(await first.locator('textarea').inputValue(), 'After dinner, before the dishes');
    assert.equal(await first.getByRole('button', { name: 'Remove', exact: true }).count(), 1, 'the question was closed');
    assert.equal(await first.getByRole('button', { name: 'Yes, remove' }).count(), 0);
    await page.waitForFunction((n) => nearerRoot().querySelectorAll('.nearer-item').length === n, ITEMS);

    // leaving for another section lets the picker go too; the list is made again
    await tab(page, 'reflect');
    await headingFocused(page);
    assert.equal(await page.locator('.nearer-list-view, .nearer-moments-view').count(), 0);
    await tab(page, 'list');
    assert.equal(await headingFocused(page), 'My small moments');
    await page.waitForFunction((n) => nearerRoot().querySelectorAll('.nearer-item').length === n, ITEMS);
    await finish();
  });
}

test('printing makes the whole list first, and prints only the list', async () => {
  // slowed, so the list is still being made when the person prints
  const { page, finish, cdp } = await openSlowed();
  // opened on the list, the widget makes it whole at once; opened by a
  // click, the first screenful
  assert.equal(await itemCount(page), ITEMS, 'the first render makes the whole list');
  await tab(page, 'reflect');
  await tab(page, 'list');
  await page.waitForSelector('.nearer-item');
  const before = await itemCount(page);
  // "Print my plan" makes every item, then opens the print dialog (stubbed
  // here: it records how many items were on the page when it opened)
  await page.evaluate(() => { window.print = () => { window.printedItems = nearerRoot().querySelectorAll('.nearer-item').length; }; });
  await page.getByRole('button', { name: 'Print my plan' }).click();
  await page.waitForFunction(() => window.printedItems !== undefined);
  assert.ok(before < ITEMS, `the list opens with its first screenful (${before} items made), not all ${ITEMS}`);
  assert.equal(await page.evaluate(() => window.printedItems), ITEMS, 'every item is on the page when the print dialog opens');
  // printing from the browser's menu: beforeprint asks for every item at once
  await tab(page, 'reflect');
  await tab(page, 'list');
  await page.waitForSelector('.nearer-item');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((n) => nearerRoot().querySelectorAll('.nearer-item').length === n, ITEMS);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  // the picker, kept away while on the list, does not print (emulated print
  // media sends no beforeprint: the list is let finish first)
  await tab(page, 'moments');
  await tab(page, 'list');
  await headingFocused(page);
  await page.waitForFunction((n) => nearerRoot().querySelectorAll('.nearer-item').length === n, ITEMS);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('.nearer').innerText();
  const items = JSON.parse(listState).state.plan.items;
  assert.ok(printed.includes('A moment of my own, number 8'), 'the last item prints');
  assert.equal(await page.locator('.nearer-item:visible').count(), ITEMS, 'every item prints');
  assert.ok(!printed.includes('Small moments') && !printed.includes('Add a moment of your own'), 'the picker does not print');
  assert.equal(items.length, ITEMS);
  await shot(page, PHONE, '32-long-list-print');
  await finish();
});

test('the picker, opened by a click, paints its first screenful, then the rest', async () => {
  const { page, finish, cdp } = await openSlowed();
  assert.deepEqual(await firstFrame(page, 'moments', {
    heading: '.nearer-moments-view:not([data-away]) [data-step-heading]',
    suggested: '#nearer-suggested-title, #nearer-selfcare-title',
    browse: '#nearer-browse-title',
    own: '#nearer-custom-title',
  }), { heading: true, suggested: true, browse: false, own: false }, 'the first frame: the heading and the suggested moments');
  // the rest follows in the next task, without a second click
  await page.locator('#nearer-browse-title').waitFor();
  await page.locator('#nearer-custom-title').waitFor();
  assert.equal(await headingFocused(page), 'Small moments', 'focus stays on the heading');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await axe(page, 'phone/picker made in two steps');
  // kept while on the list, it comes back whole at once
  await tab(page, 'list');
  await headingFocused(page);
  assert.deepEqual(await firstFrame(page, 'moments', { own: '.nearer-moments-view:not([data-away]) #nearer-custom-title' }),
    { own: true }, 'the kept picker is whole');
  await finish();
});
