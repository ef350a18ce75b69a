// Visible focus (WCAG 2.4.7, 2.4.11 and 1.4.11): pressing Tab through every
// control of every screen, in the light and the dark theme, each focused
// control shows a solid ring at least 2 px wide whose colour has at least 3:1
// contrast with the background around it. No control is skipped or trapped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  server, browser, useBrowser, open, load, answerAll, clickButton, DESKTOP,
} from './harness.mjs';

useBrowser();

/** The focused element's ring (on it, or on the label that wraps a radio or checkbox) and its contrast. */
const ring = () => {
  const el = activeEl();
  if (!el || !el.closest('.nearer')) return null;
  const ringed = el.matches('input[type=radio], input[type=checkbox], input[type=file]') ? el.closest('label') : el;
  const style = getComputedStyle(ringed);
  const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) => {
    const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  // the outline is drawn just outside the element: against its parent's background
  let bg = null;
  for (let p = ringed.parentElement; p && !bg; p = p.parentElement) {
    const c = rgb(getComputedStyle(p).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0)) bg = c.slice(0, 3);
  }
  bg ??= [255, 255, 255];
  const [l1, l2] = [luminance(rgb(style.outlineColor)), luminance(bg)].sort((a, b) => b - a);
  return {
    what: `${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ""} "${(el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 30)}"`,
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    contrast: (l1 + 0.05) / (l2 + 0.05),
  };
};

/** Tabs from the top of the page through the whole widget, checking every stop. */
async function tabThrough(page, label) {
  // start from a focusable point above the widget, whatever was focused before
  await page.evaluate(() => {
    let start = document.getElementById('focus-start');
    if (!start) {
      start = Object.assign(document.createElement('button'), { id: 'focus-start', textContent: 'start' });
      document.body.prepend(start);
    }
    start.focus();
  });
  const seen = [];
  let left = false;
  for (let i = 0; i < 400 && !left; i += 1) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(ring);
    if (!r) {
      left = seen.length > 0; // out of the widget again: every control was visited
      continue;
    }
    seen.push(r.what);
    assert.equal(r.style, 'solid', `${label}: ${r.what} has no visible focus ring`);
    assert.ok(r.width >= 2, `${label}: ${r.what} ring is ${r.width}px`);
    assert.ok(r.contrast >= 3, `${label}: ${r.what} ring contrast ${r.contrast.toFixed(2)}:1`);
  }
  assert.ok(left, `${label}: Tab never leaves the widget (a focus trap): ${seen.slice(-6).join(', ')}`);
  assert.ok(seen.length >= 4, `${label}: only ${seen.length} focus stops: ${seen.join(', ')}`);
  return seen;
}

for (const colorScheme of ['light', 'dark']) {
  test(`every control shows a clear focus ring (${colorScheme})`, async () => {
    const { page, finish } = await open(browser, DESKTOP, { colorScheme });
    await load(page, server.url);
    const stops = {};
    stops.intro = await tabThrough(page, `${colorScheme}/intro`);
    await clickButton(page, 'Begin');
    await answerAll(page, (g) => (g === 0 ? 1 : 0));
    stops.situation = await tabThrough(page, `${colorScheme}/situation`);
    await clickButton(page, 'Next');
    for (let p = 0; p < 6; p += 1) {
      await answerAll(page, (g) => (p + g) % 5);
      if (p === 0) stops.statements = await tabThrough(page, `${colorScheme}/statements`);
      await clickButton(page, p === 5 ? 'See my results' : 'Next');
    }
    await page.waitForSelector('.nearer[data-screen="results"]');
    stops.results = await tabThrough(page, `${colorScheme}/results`);
    await clickButton(page, 'Take it again');
    stops.retake = await tabThrough(page, `${colorScheme}/retake question`);
    await clickButton(page, 'Keep my answers');
    await clickButton(page, 'Find small moments for this');
    await page.locator('#nearer-suggested-title + p + ul > li').nth(0).getByRole('button', { name: 'Add to my list' }).click();
    stops.moments = await tabThrough(page, `${colorScheme}/moments`);
    await page.locator('.nearer-tabs button', { hasText: 'My list (1)' }).click();
    await page.locator('.nearer-item .nearer-details__summary').click();
    stops.list = await tabThrough(page, `${colorScheme}/list`);
    await page.locator('.nearer-footer [data-view="data"]').click();
    stops.data = await tabThrough(page, `${colorScheme}/data`);
    await clickButton(page, 'Delete everything');
    // focus moves to the safe answer once the question is on screen
    await page.waitForFunction(() => activeEl()?.textContent.trim() === 'Keep it');
    stops.deleteQuestion = await tabThrough(page, `${colorScheme}/delete question`);
    await clickButton(page, 'Keep it');
    // the controls people need are among the stops
    assert.ok(stops.moments.some((s) => s.startsWith('select')), 'filters are reachable');
    assert.ok(stops.list.some((s) => s.includes('Done today')), 'check-off is reachable');
    assert.ok(stops.list.some((s) => s.startsWith('textarea')), 'the note is reachable');
    assert.ok(stops.list.filter((s) => s.startsWith('input')).length >= 8, 'reminder days and time are reachable');
    for (const [screen, list] of Object.entries(stops)) {
      assert.ok(list[0].includes('Leave quickly'), `${screen}: "Leave quickly" is the first stop, not ${list[0]}`);
      assert.ok(list.some((s) => s.includes('If you feel unsafe')), `${screen}: the safety path is reachable`);
    }
    assert.ok(stops.data.some((s) => s.startsWith('input')), 'the file chooser is reachable');
    await finish();
  });
}
