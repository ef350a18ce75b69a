// The self-assessment, end to end, against the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  server, browser, useBrowser, open, load, screen, check, shot, answerAll, chartText, clickButton, storage, blockStorage, PHONE, DESKTOP,
} from './harness.mjs';

useBrowser();

const PAGES = 6;
// A varied, deterministic answer for statement g on page p (0 = "not at all" … 4 = "a great deal").
const rating = (p, g) => (p * 4 + g) % 5;

for (const viewport of [PHONE, DESKTOP]) {
  test(`full journey at ${viewport.name} size, then a reload shows the same results`, async () => {
    const { page, finish } = await open(browser, viewport);
    await load(page, server.url);
    assert.equal(await screen(page), 'intro');
    assert.deepEqual(await storage(page), {}, 'opening the widget writes nothing');
    await check(page, viewport, '01-intro');

    await clickButton(page, 'Begin');
    assert.equal(await screen(page), 'situation');
    await page.locator('.nearer-progress__step', { hasText: 'Step 1 of 7' }).waitFor();
    await check(page, viewport, '02-situation');
    await answerAll(page, (g) => (g === 0 ? 1 : 0)); // apart: "No"; unsafe: "No"
    await clickButton(page, 'Next');

    for (let p = 0; p < PAGES; p += 1) {
      await page.locator('.nearer-progress__step', { hasText: `Step ${p + 2} of 7` }).waitFor();
      assert.equal(await answerAll(page, (g) => rating(p, g)), 4);
      await page.getByText(`${(p + 1) * 4} of 24 statements answered`).waitFor();
      await check(page, viewport, `03-statements-${p + 1}`);
      await clickButton(page, p === PAGES - 1 ? 'See my results' : 'Next');
    }

    assert.equal(await screen(page), 'results');
    await page.getByText('You answered all 24 statements.').waitFor();
    const results = await chartText(page);
    assert.equal(results.length, 9);
    assert.equal(await page.locator('.nearer-top__item').count(), 3);
    assert.equal(await page.locator('.nearer-card--safety').count(), 0);
    await check(page, viewport, '04-results');

    const saved = await storage(page);
    assert.deepEqual(Object.keys(saved), ['nearer:state']);
    assert.equal(JSON.parse(saved['nearer:state']).v, 3);

    await page.reload();
    await page.waitForSelector('.nearer[data-screen="results"]');
    assert.deepEqual(await chartText(page), results, 'the same results after a reload');
    await finish();
  });
}

test('a reload mid-way resumes on the same step with every answer', async () => {
  const { page, finish } = await open(browser, PHONE);
  await load(page, server.url);
  await clickButton(page, 'Begin');
  await clickButton(page, 'Next');
  await answerAll(page, (g) => g);
  await clickButton(page, 'Next');
  await answerAll(page, (g) => (g === 2 ? null : 4 - g)); // leave one unanswered
  await page.reload();
  await page.waitForSelector('.nearer[data-screen="statements"]');
  await page.locator('.nearer-progress__step', { hasText: 'Step 3 of 7' }).waitFor();
  await page.getByText('7 of 24 statements answered').waitFor();
  const checked = await page.locator('.nearer fieldset').evaluateAll((sets) =>
    sets.map((s) => [...s.querySelectorAll('input')].findIndex((i) => i.checked)));
  assert.deepEqual(checked, [4, 3, -1, 1]);
  await finish();
});

test('Back keeps every answer, and Next shows them again', async () => {
  const { page, finish } = await open(browser, PHONE);
  await load(page, server.url);
  await clickButton(page, 'Begin');
  await answerAll(page, () => 2);
  await clickButton(page, 'Next');
  await answerAll(page, (g) => g);
  await clickButton(page, 'Back');
  assert.equal(await screen(page), 'situation');
  assert.equal(await page.locator('.nearer input:checked').count(), 2);
  await clickButton(page, 'Back');
  assert.equal(await screen(page), 'intro');
  await clickButton(page, 'Begin');
  await clickButton(page, 'Next');
  const checked = await page.locator('.nearer fieldset').evaluateAll((sets) =>
    sets.map((s) => [...s.querySelectorAll('input')].findIndex((i) => i.checked)));
  assert.deepEqual(checked, [0, 1, 2, 3]);
  await finish();
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`feeling unsafe changes the results page (${viewport.name})`, async () => {
    const { page, finish } = await open(browser, viewport);
    await load(page, server.url);
    await clickButton(page, 'Begin');
    // living apart: "Not sure"; safety: "Sometimes"
    await answerAll(page, (g) => (g === 0 ? 2 : 1));
    await clickButton(page, 'Next');
    for (let p = 0; p < PAGES; p += 1) {
      await answerAll(page, () => 4);
      await clickButton(page, p === PAGES - 1 ? 'See my results' : 'Next');
    }
    assert.equal(await screen(page), 'results');
    const first = page.locator('.nearer-results > *').nth(1);
    assert.match(await first.getAttribute('class'), /nearer-card--safety/, 'the safety note comes first');
    await page.getByRole('heading', { name: 'Your safety comes first' }).waitFor();
    assert.equal(await page.locator('.nearer-top__item').count(), 0, 'no reconnection suggestions');
    assert.equal(await page.getByText('A first small step').count(), 0);
    await check(page, viewport, '05-results-safety');
    await finish();
  });
}

for (const viewport of [PHONE, DESKTOP]) test(`living apart adds a gentle note to the results (${viewport.name})`, async () => {
  const { page, finish } = await open(browser, viewport);
  await load(page, server.url);
  await clickButton(page, 'Begin');
  await answerAll(page, () => 0); // living apart: yes; safety: no
  await clickButton(page, 'Next');
  await answerAll(page, () => 3);
  for (let p = 0; p < PAGES; p += 1) await clickButton(page, p === PAGES - 1 ? 'See my results' : 'Next');
  await page.getByRole('heading', { name: 'While you are living apart' }).waitFor();
  await page.getByText('You skipped 20 of 24 statements.').waitFor();
  await check(page, viewport, '06-results-apart-skipped');
  await finish();
});

test('the whole assessment can be completed with the keyboard alone, with visible focus', async () => {
  const { page, finish } = await open(browser, DESKTOP);
  await load(page, server.url);
  const focusRing = () => page.evaluate(() => {
    const el = activeEl();
    const ringed = el.matches('input') ? el.closest('label') : el;
    const style = getComputedStyle(ringed);
    return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });

  // "Leave quickly" comes first of all, then the three section tabs, the
  // shared-device choice, then Begin
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => activeEl().textContent.trim()), 'Leave quickly');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
  assert.deepEqual(await focusRing(), { tag: 'BUTTON', outline: 'solid', width: 3 });
  assert.equal(await page.evaluate(() => activeEl().textContent.trim()), 'Begin');
  await page.keyboard.press('Enter');
  assert.equal(await screen(page), 'situation');
  assert.equal(await page.evaluate(() => activeEl().tagName), 'H2', 'focus moves to the step heading');

  // Each group: Tab into it, then arrow to a choice (arrows select radios).
  const answerGroups = async (count, arrows) => {
    for (let g = 0; g < count; g += 1) {
      await page.keyboard.press('Tab');
      const ring = await focusRing();
      assert.equal(ring.tag, 'INPUT');
      assert.ok(ring.outline === 'solid' && ring.width >= 2, 'a focused option shows its ring');
      for (let a = 0; a < arrows(g); a += 1) await page.keyboard.press('ArrowRight');
      if (arrows(g) === 0) await page.keyboard.press('Space');
    }
    await page.keyboard.press('Tab'); // Back
    await page.keyboard.press('Tab'); // Next
    assert.deepEqual(await focusRing(), { tag: 'BUTTON', outline: 'solid', width: 3 });
    await page.keyboard.press('Enter');
  };
  await answerGroups(2, () => 1);
  for (let p = 0; p < PAGES; p += 1) {
    await page.locator('.nearer-progress__step', { hasText: `Step ${p + 2} of 7` }).waitFor();
    await answerGroups(4, (g) => (p + g) % 5);
  }
  assert.equal(await screen(page), 'results');
  await page.getByText('You answered all 24 statements.').waitFor();
  await page.keyboard.press('Tab'); // Find small moments
  await page.keyboard.press('Tab'); // Back
  await page.keyboard.press('Tab'); // Take it again
  assert.equal(await page.evaluate(() => activeEl().textContent.trim()), 'Take it again');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => activeEl().textContent.trim()), 'Keep my answers',
    'focus moves into the confirmation');
  await check(page, DESKTOP, '07-results-retake-confirm');
  await page.keyboard.press('Enter'); // Keep my answers
  assert.equal(await page.evaluate(() => activeEl().textContent.trim()), 'Take it again',
    'focus returns to the button that opened the confirmation');
  // Escape in the question answers it "Keep my answers", and two quick
  // presses there are not the quick exit
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => activeEl().textContent.trim()), 'Take it again', 'Escape closes the question');
  assert.equal(await screen(page), 'results', 'still here: Escape in a question is not a way out');
  assert.equal(new URL(page.url()).hostname, '127.0.0.1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await screen(page), 'situation');
  assert.equal(await page.locator('.nearer input:checked').count(), 0, 'a retake starts with no answers');
  await finish();
});

test('blocked storage: the widget works in memory and says so once', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, finish } = await open(browser, viewport, { initScript: blockStorage });
    await load(page, server.url);
    const notice = page.locator('.nearer-notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /gone when you close it/);
    // the introduction promises nothing it can't keep
    assert.match(await page.locator('.nearer-points').innerText(), /nothing is kept on this device/);
    assert.doesNotMatch(await page.locator('.nearer-points').innerText(), /Your place is kept/);
    await check(page, viewport, '08-storage-blocked');
    await clickButton(page, 'Begin');
    await answerAll(page, () => 1);
    await clickButton(page, 'Next');
    assert.equal(await screen(page), 'statements');
    assert.equal(await page.locator('.nearer-notice').count(), 1);
    await finish();
  }
});

for (const viewport of [PHONE, DESKTOP]) test(`unreadable saved data is kept aside and the person is told (${viewport.name})`, async () => {
  const { page, finish } = await open(browser, viewport);
  await load(page, server.url);
  await page.evaluate(() => {
    localStorage.setItem('nearer:state', '{"v":1,"state":{"answers":');
    localStorage.setItem('host:own-key', 'the host site owns this');
  });
  await page.reload();
  await page.locator('.nearer-notice').waitFor();
  assert.match(await page.locator('.nearer-notice').innerText(), /copy of it has been kept/);
  await check(page, viewport, '09-storage-corrupt');
  await clickButton(page, 'Begin');
  const saved = await storage(page);
  assert.equal(saved['nearer:state:backup'], '{"v":1,"state":{"answers":');
  assert.equal(JSON.parse(saved['nearer:state']).state.screen.at, 'situation');
  assert.equal(saved['host:own-key'], 'the host site owns this');
  // the notice leads to the data section, where the set-aside copy downloads as it was
  await clickButton(page, 'See your options');
  const [download] = await Promise.all([page.waitForEvent('download'), clickButton(page, 'Download the unreadable copy')]);
  assert.equal(await readFile(await download.path(), 'utf8'), '{"v":1,"state":{"answers":');
  await finish();
});

test('without JavaScript the page says what is needed instead of staying blank', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(server.url);
  const message = page.locator('.nearer-page__noscript');
  assert.ok(await message.isVisible());
  assert.match(await message.textContent(), /needs JavaScript switched on/);
  await shot(page, PHONE, '00-no-javascript');
  await context.close();
});
