// Reflow and text size (WCAG 1.4.10 and 1.4.4): every screen at 320 CSS px wide
// scrolls only vertically, and with text at 200% nothing is pushed sideways or
// cut off. Screenshots land in output/narrow/ and output/large-text/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  server, browser, useBrowser, open, load, check, fits, walkEveryScreen,
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
  await walkEveryScreen(page, step);
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

test('with reduced motion asked for, nothing in the widget moves', async () => {
  const { page, finish } = await open(browser, NARROW);
  await load(page, server.url);
  await page.locator('.nearer[data-screen]').waitFor();
  // every element of the widget that would move: a transition or an animation
  const moving = () => page.evaluate(() => [...nearerRoot().querySelectorAll('*')]
    .filter((el) => {
      const s = getComputedStyle(el);
      const secs = (v) => Math.max(...v.split(',').map((t) => parseFloat(t) || 0));
      return secs(s.transitionDuration) > 0 || (s.animationName !== 'none' && secs(s.animationDuration) > 0);
    })
    .map((el) => el.className || el.localName));
  // the widget has no motion today; a future transition or animation (here
  // added as a constructed style sheet, which the strict CSP allows) must
  // still be stilled by the reduced-motion rule
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`.nearer-button { transition: background-color 0.4s ease; }
      @keyframes nearer-test-fade { from { opacity: 0; } to { opacity: 1; } }
      .nearer-title, .nearer { animation: nearer-test-fade 0.5s; }`);
    const root = nearerRoot();
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.ok((await moving()).length >= 3, 'without the preference the added motion runs');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.deepEqual(await moving(), [], 'with it, nothing moves');
  await finish();
});
