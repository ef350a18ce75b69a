// Reflow and text size (WCAG 1.4.10 and 1.4.4): every screen at 320 CSS px wide
// scrolls only vertically, and with text at 200% nothing is pushed sideways or
// cut off. Screenshots land in output/narrow/ and output/large-text/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  server, browser, useBrowser, open, load, check, answerAll, clickButton, fits,
} from './harness.mjs';

useBrowser();

const NARROW = { name: 'narrow', width: 320, height: 640 };
const LARGE_TEXT = { name: 'large-text', width: 1280, height: 800 };

/** Walks every screen, checking each with `fits`, axe and a screenshot. */
async function everyScreen(page, viewport) {
  const step = async (name) => {
    await fits(page, `${viewport.name}/${name}`);
    await check(page, viewport, name);
  };
  await load(page, server.url);
  await step('01-intro');
  await clickButton(page, 'Begin');
  await answerAll(page, (g) => (g === 0 ? 1 : 0));
  await step('02-situation');
  await clickButton(page, 'Next');
  for (let p = 0; p < 6; p += 1) {
    await answerAll(page, (g) => (p + g) % 5);
    if (p === 0) await step('03-statements');
    await clickButton(page, p === 5 ? 'See my results' : 'Next');
  }
  await page.waitForSelector('.nearer[data-screen="results"]');
  await step('04-results');
  await clickButton(page, 'Find small moments for this');
  await page.locator('#nearer-suggested-title + p + ul > li').nth(0).getByRole('button', { name: 'Add to my list' }).click();
  await step('10-moments');
  await page.locator('.nearer-tabs button', { hasText: 'My list (1)' }).click();
  await page.locator('.nearer-item').nth(0).getByRole('button', { name: 'Done today' }).click();
  await page.locator('.nearer-details__summary').nth(0).click();
  await step('11-list');
  await page.locator('.nearer-unsafe__summary').click();
  await page.locator('.nearer-footer [data-view="data"]').click();
  await step('12-data');
  await clickButton(page, 'Delete everything');
  await step('13-data-delete-confirm');
}

test('at 320 CSS px wide every screen reflows without sideways scrolling', async () => {
  const { page, finish } = await open(browser, NARROW);
  await everyScreen(page, NARROW);
  await finish();
});

test('with text at 200% every screen still fits and nothing is cut off', async () => {
  const { page, context, finish } = await open(browser, LARGE_TEXT);
  // the browser's text-size setting (the default font size, 16 px → 32 px):
  // the widget follows it, sized in em from `medium`, not the host's root size
  const cdp = await context.newCDPSession(page);
  const large = () => cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await cdp.send('Page.enable');
  await large();
  // a full-page screenshot resets the setting (the layout checks above ran
  // at 32 px; the images show the default size): set it again after each
  const screenshot = page.screenshot.bind(page);
  page.screenshot = async (options) => {
    const image = await screenshot(options);
    await large();
    return image;
  };
  await everyScreen(page, LARGE_TEXT);
  const size = await page.locator('.nearer').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.equal(size, 32, 'the widget text really is at 200%');
  await finish();
});
