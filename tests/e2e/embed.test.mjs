// The widget embedded in a coach's page (examples/host.html): hostile CSS, a
// strict Content-Security-Policy, one script tag and one element. It must
// work, look exactly as on its own page, leave the host page untouched, keep
// two widgets apart, follow attribute changes, unmount cleanly, warn (never
// break) on bad configuration, and say nothing to anyone but the host page.
// Screenshots: output/{phone,desktop}/host-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  server, browser, useBrowser, open, answerAll, clickButton, axe, shot, check, storage, axeScratchTexts, walkEveryScreen,
  PHONE, DESKTOP, pickerMade,
} from './harness.mjs';

useBrowser();

const HOST = () => `${server.url}examples/host.html`;
const KEY = 'mara-reflection:state';

/** Records CSP violations and the widget's DOM events in the page, from the first script on. */
function recorder() {
  window.__nearer = { violations: [], events: [] };
  // every violation, with a source file or without (see `recorded`)
  document.addEventListener('securitypolicyviolation', (e) => window.__nearer.violations.push({
    directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample,
  }), true);
  for (const name of ['ready', 'assessment-completed', 'moment-added']) {
    document.addEventListener(`nearer:${name}`, (e) => window.__nearer.events.push({
      type: e.type, target: e.target.localName, bubbles: e.bubbles, composed: e.composed, detail: e.detail,
    }));
  }
}

async function openHost(viewport, { warnings } = {}) {
  const session = await open(browser, viewport, { initScript: recorder });
  if (warnings) session.page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('nearer:') && warnings.push(m.text()));
  await session.page.goto(HOST());
  await session.page.locator('nearer-widget .nearer[data-screen]').first().waitFor();
  return session;
}

/**
 * What the page recorded. The CSP violations are all of them except the
 * ones axe-core's scratch copy of the widget's style sheet causes (see
 * axeScratchTexts in the harness): an inline style with no source file
 * whose sample (host.html's policy has 'report-sample') is the start of a
 * text axe copied on this page. Anything else, the widget's or the page's,
 * with a source file or without, is left in.
 */
async function recorded(page) {
  const { violations, events } = await page.evaluate(() => window.__nearer);
  const axeCopies = axeScratchTexts(page).map((t) => t.slice(0, 40));
  const fromAxe = (v) => v.directive === 'style-src-elem' && v.blocked === 'inline' && v.source === ''
    && v.sample !== '' && axeCopies.includes(v.sample);
  return { events, violations: violations.filter((v) => !fromAxe(v)) };
}
const widget = (page, i = 0) => page.locator('nearer-widget, [data-nearer]').nth(i);

/** Adds a widget to the host page's reflection section and waits for it. */
async function addWidget(page, attrs, tag = 'nearer-widget') {
  const index = await page.evaluate(([attrs, tag]) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.querySelector('#reflection').append(el);
    return document.querySelectorAll('nearer-widget, [data-nearer]').length - 1;
  }, [attrs, tag]);
  await widget(page, index).locator('.nearer[data-screen]').waitFor();
  return widget(page, index);
}

/** Computed styles of `props` on each selector inside `root` (a locator). */
async function styles(root, selectors, props) {
  const out = {};
  for (const sel of selectors) {
    out[sel] = await root.locator(sel).first().evaluate((el, props) => {
      const s = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    }, props);
  }
  return out;
}

const WIDGET_PROPS = [
  'font-size', 'line-height', 'font-weight', 'font-style', 'letter-spacing', 'text-transform', 'text-align',
  'color', 'background-color', 'box-sizing', 'display', 'padding-top', 'padding-left', 'margin-top', 'margin-bottom',
  'border-top-width', 'border-top-style', 'border-top-left-radius', 'list-style-type', 'appearance', 'width', 'height',
];

test('a full assessment on the coach page; events carry no answers; axe, CSP and network clean', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { page, finish } = await openHost(viewport);
    await check(page, viewport, 'host-intro');
    await clickButton(page, 'Begin');
    await answerAll(page, (g) => (g === 0 ? 1 : 0));
    await clickButton(page, 'Next');
    for (let p = 0; p < 6; p += 1) {
      await answerAll(page, (g) => (p + 2 * g) % 5);
      await clickButton(page, p === 5 ? 'See my results' : 'Next');
    }
    await page.locator('nearer-widget .nearer[data-screen="results"]').waitFor();
    const cta = page.getByRole('link', { name: 'Book a free consultation' });
    assert.equal(await cta.getAttribute('href'), 'https://mara-coaching.example/book');
    await check(page, viewport, 'host-results');
    await clickButton(page, 'Find small moments for this');
    await page.locator('.nearer-moment').first().getByRole('button', { name: 'Add to my list' }).click();
    await page.locator('.nearer-tabs button', { hasText: 'My list (1)' }).waitFor();
    await page.locator('.nearer-tabs button', { hasText: 'My list (1)' }).click();
    await check(page, viewport, 'host-list');

    const { violations, events } = await recorded(page);
    assert.deepEqual(violations, [], 'no Content-Security-Policy violation');
    assert.deepEqual(events.map((e) => e.type), ['nearer:ready', 'nearer:assessment-completed', 'nearer:moment-added']);
    for (const e of events) {
      assert.equal(e.target, 'nearer-widget', 'dispatched on the host element');
      assert.ok(e.bubbles && e.composed);
      assert.deepEqual(e.detail, { namespace: 'mara-reflection' }, 'nothing but the namespace');
    }
    assert.ok((await storage(page))[KEY], 'saved under the page\'s namespace');
    await finish(); // no request left 127.0.0.1, no console error, no cookie
  }
});

test('the widget looks the same as on its own page, whatever the host CSS; the host page looks the same with it', async () => {
  // the standalone page
  const alone = await open(browser, DESKTOP, { initScript: recorder });
  await alone.page.goto(server.url);
  const standalone = widget(alone.page);
  await standalone.locator('.nearer[data-screen]').waitFor();
  // the widget inherits the page's font family (and so its line breaks):
  // give the standalone page the host's, so heights compare too
  await alone.page.evaluate(() => { document.body.style.fontFamily = 'Georgia, "Times New Roman", serif'; });
  const selectors = ['.nearer', '.nearer-tab', '.nearer-title', '.nearer-lead', '.nearer-points li', '.nearer-privacy',
    '.nearer-button--primary', '.nearer-disclaimer'];
  const expected = await styles(standalone, selectors, WIDGET_PROPS);
  await clickButton(alone.page, 'Begin');
  const formSelectors = ['.nearer fieldset', '.nearer legend', '.nearer label', '.nearer input[type=radio]', '.nearer-button'];
  const expectedForm = await styles(standalone, formSelectors, WIDGET_PROPS);
  assert.deepEqual((await recorded(alone.page)).violations, [], 'standalone page: no CSP violation');
  await alone.finish();

  // the same widget (no colour attributes) on the hostile host page
  const { page, finish } = await openHost(DESKTOP);
  const plain = await addWidget(page, { 'data-namespace': 'compare' });
  assert.deepEqual(await styles(plain, selectors, WIDGET_PROPS), expected);
  await plain.getByRole('button', { name: 'Begin' }).click();
  assert.deepEqual(await styles(plain, formSelectors, WIDGET_PROPS), expectedForm);
  // fonts: the host's family, nothing fetched
  const family = (loc) => loc.evaluate((el) => getComputedStyle(el).fontFamily);
  assert.equal(await family(plain.locator('.nearer-title').first()), await family(page.locator('body')));
  // the coach's accent on the configured widget
  const accent = await widget(page, 0).locator('.nearer-button--primary').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(accent, 'rgb(138, 59, 92)');
  await finish();

  // the host page with and without the widget
  const HOST_SELECTORS = ['body', '.site-header', '.site-name', 'h1', '.hero p', '.site-button', '#reflection h2', '#reflection > p', '.about li', '.site-footer'];
  const HOST_PROPS = ['font-family', 'font-size', 'line-height', 'letter-spacing', 'color', 'background-color', 'margin-bottom',
    'padding-top', 'box-sizing', 'text-transform', 'border-radius', 'display', 'width'];
  const measure = async (withWidget) => {
    const s = await open(browser, DESKTOP);
    if (!withWidget) await s.context.route('**/nearer-widget.js', (r) => r.fulfill({ contentType: 'text/javascript', body: '' }));
    await s.page.goto(HOST());
    if (withWidget) await widget(s.page).locator('.nearer[data-screen]').waitFor();
    const out = await styles(s.page.locator('html'), HOST_SELECTORS, HOST_PROPS);
    const sheets = await s.page.evaluate(() => [...document.styleSheets].map((x) => x.href));
    await s.finish();
    return { out, sheets };
  };
  const without = await measure(false);
  const withIt = await measure(true);
  assert.deepEqual(withIt.out, without.out, 'host elements unchanged by the widget');
  assert.deepEqual(withIt.sheets, without.sheets, 'the widget adds no style sheet to the host document');
});

test('two widgets with different namespaces keep separate data', async () => {
  const { page, finish } = await openHost(DESKTOP);
  const second = await addWidget(page, { 'data-namespace': 'second-coach' });
  const first = widget(page, 0);
  await first.getByRole('button', { name: 'Begin' }).click();
  await first.locator('fieldset').first().locator('label').nth(1).click();
  await first.getByRole('button', { name: 'Next', exact: true }).click();
  assert.equal(await first.locator('.nearer').getAttribute('data-screen'), 'statements');
  assert.equal(await second.locator('.nearer').getAttribute('data-screen'), 'intro', 'the other widget did not move');
  await second.getByRole('button', { name: 'Begin' }).click();
  // same fixed ids and radio names in both: each shadow root keeps its own
  await second.locator('fieldset').first().locator('label').nth(2).click();
  assert.equal(await first.locator('.nearer').getAttribute('data-screen'), 'statements');
  const saved = await storage(page);
  assert.match(saved[KEY], /"apart":"no"/);
  assert.match(saved['second-coach:state'], /"apart":"unsure"/);
  await axe(page, 'two widgets');
  assert.deepEqual((await recorded(page)).violations, []);
  await finish();
});

test('an attribute change updates the widget and keeps what the person did', async () => {
  const { page, finish } = await openHost(DESKTOP);
  const w = widget(page);
  await clickButton(page, 'Begin');
  await w.locator('fieldset').first().locator('label').nth(0).click();
  const tabs = () => w.locator('.nearer-tab:visible').count();
  assert.equal(await tabs(), 3);
  await page.evaluate(() => document.querySelector('nearer-widget').setAttribute('data-parts', 'assessment'));
  await w.locator('.nearer[data-parts="assessment"]').waitFor();
  assert.equal(await tabs(), 0, 'one section left: no tabs');
  assert.equal(await w.locator('.nearer').getAttribute('data-screen'), 'situation', 'the person is where they were');
  assert.equal(await w.locator('input[type=radio]').first().isChecked(), true, 'their answer is still there');
  await page.evaluate(() => document.querySelector('nearer-widget').setAttribute('data-accent', '#1d4e89'));
  // the new accent on the (re-rendered) Next button
  await page.waitForFunction(() => {
    const next = [...document.querySelector('nearer-widget').shadowRoot.querySelectorAll('button')]
      .find((b) => b.textContent.trim() === 'Next');
    return next && getComputedStyle(next).backgroundColor === 'rgb(29, 78, 137)';
  });
  await page.evaluate(() => document.querySelector('nearer-widget').setAttribute('data-parts', 'moments list'));
  await w.locator('.nearer[data-view="moments"]').waitFor();
  assert.equal(await tabs(), 2);
  assert.deepEqual((await recorded(page)).violations, []);
  await finish();
});

test('removing a widget unmounts it cleanly; adding it back mounts it again', async () => {
  const { page, errors, finish } = await openHost(DESKTOP);
  const plainDiv = await addWidget(page, { 'data-nearer': '', 'data-namespace': 'plain-div' }, 'div');
  assert.equal(await plainDiv.locator('.nearer').count(), 1, 'the <div data-nearer> form works too');
  const left = await page.evaluate(async () => {
    const custom = document.querySelector('nearer-widget');
    const div = document.querySelector('div[data-nearer]');
    custom.remove();
    div.remove();
    await new Promise((ok) => setTimeout(ok, 100));
    return [custom.shadowRoot.childNodes.length, div.shadowRoot.childNodes.length];
  });
  assert.deepEqual(left, [0, 0], 'nothing left rendered in either');
  // the storage listeners went with the app: another tab's save changes nothing here
  await page.evaluate(() => {
    document.querySelector('#reflection').append(Object.assign(document.createElement('nearer-widget'), {}));
  });
  await widget(page).locator('.nearer[data-screen="intro"]').waitFor();
  await clickButton(page, 'Begin');
  assert.equal(await widget(page).locator('.nearer').getAttribute('data-screen'), 'situation');
  assert.deepEqual(errors, []);
  await finish();
});

test("the coach's content pack replaces the words it names; an invalid pack warns and falls back", async () => {
  const warnings = [];
  const { page, finish } = await openHost(DESKTOP, { warnings });
  const mara = widget(page);
  await clickButton(page, 'Begin');
  // not "Sometimes" to the safety question: that path shows no catalogue and no starters
  await answerAll(page, (g) => (g === 0 ? 1 : 0));
  await clickButton(page, 'Next');
  assert.equal((await mara.locator('legend').first().innerText()).trim(), 'By the evening, I have nothing left over for us.');
  await mara.getByRole('button', { name: 'Moments', exact: true }).click();
  await pickerMade(page);
  // the moment's kind, opened in "browse all" unless it is open already
  const presence = mara.locator('.nearer-group[data-kind="presence"]');
  if ((await presence.locator('details[open]').count()) === 0) await presence.locator('summary').click();
  await mara.getByText('Two seconds of real looking').first().waitFor();
  await mara.locator('#nearer-starters-title').click(); // the starters open from their heading
  await mara.getByText('I was just thinking of you. How is your day treating you?').waitFor();
  assert.deepEqual(warnings, [], 'a valid pack, valid attributes: nothing to say');

  // a broken pack: every problem named, then the built-in words
  await page.evaluate(() => {
    const bad = Object.assign(document.createElement('script'), {
      type: 'application/json',
      id: 'broken-pack',
      textContent: JSON.stringify({ statements: { 'no-such-id': 'x' }, moments: { 'eye-contact': { titel: 'x' } }, extra: 1 }),
    });
    document.body.append(bad);
  });
  const broken = await addWidget(page, { 'data-namespace': 'broken', 'data-pack': 'broken-pack' });
  for (const text of [
    'nearer: content pack #broken-pack statements: no statement has the id "no-such-id"',
    'nearer: content pack #broken-pack moments.eye-contact: unknown field "titel" (title, how_to)',
    'nearer: content pack #broken-pack has an unknown section "extra" (statements, moments, starters, language)',
    'nearer: content pack #broken-pack is not used; using the built-in content',
  ]) assert.ok(warnings.includes(text), `warned: ${text}\n${warnings.join('\n')}`);
  await broken.getByRole('button', { name: 'Begin' }).click();
  await answerAll(page, () => 1);
  await broken.getByRole('button', { name: 'Next', exact: true }).click();
  assert.notEqual((await broken.locator('legend').first().innerText()).trim(), 'By the evening, I have nothing left over for us.');
  // a pack that is not there, or not JSON
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('script'), {
    type: 'application/json', id: 'not-json', textContent: '{"statements": ',
  })));
  await addWidget(page, { 'data-namespace': 'missing', 'data-pack': 'nowhere' });
  await addWidget(page, { 'data-namespace': 'notjson', 'data-pack': 'not-json' });
  assert.ok(warnings.some((w) => w.startsWith('nearer: data-pack="nowhere": no <script type="application/json" id="nowhere">')));
  assert.ok(warnings.some((w) => w.startsWith('nearer: content pack #not-json is not valid JSON')));
  assert.deepEqual((await recorded(page)).violations, []);
  await finish();
});

test('bad attributes give console warnings and a working widget with the defaults', async () => {
  const warnings = [];
  const { page, finish } = await openHost(PHONE, { warnings });
  const bad = await addWidget(page, {
    'data-namespace': 'Not Valid!',
    'data-parts': 'quiz',
    'data-accent': 'banana',
    'data-surface': '#222',
    'data-cta-label': 'Book',
    'data-cta-url': 'javascript:alert(1)',
    'data-safety-link': 'mailto:x@example.org',
    'data-safety-phone': 'call us',
    'data-quick-exit': 'ftp://example.org',
    'data-lang': 'xx',
  });
  const names = ['data-namespace', 'data-parts', 'data-accent', 'data-surface', 'data-cta-url', 'data-safety-link',
    'data-safety-phone', 'data-quick-exit', 'data-lang'];
  for (const n of names) assert.ok(warnings.some((w) => w.startsWith(`nearer: ${n}=`)), `a warning about ${n}: ${warnings.join('\n')}`);
  assert.ok(warnings.some((w) => w.includes('already uses data-namespace="nearer"')) === false);
  assert.equal(await bad.locator('.nearer-tab').count(), 3, 'all parts');
  assert.equal(await bad.locator('a[href^="javascript"]').count(), 0);
  await bad.getByRole('button', { name: 'Begin' }).click();
  assert.equal(await bad.locator('.nearer').getAttribute('data-screen'), 'situation');
  assert.equal(await bad.locator('.nearer-button').first().evaluate((el) => getComputedStyle(el).color) !== '', true);
  await shot(page, PHONE, 'host-bad-attributes');
  assert.deepEqual((await recorded(page)).violations, []);
  await finish();
});

test('a CSP violation without a source file is recorded, and its console error is not excused', async () => {
  const { page, errors, finish } = await openHost(DESKTOP);
  await axe(page, 'host page');
  assert.deepEqual((await recorded(page)).violations, [], 'no violation so far');
  // (axe-core copies a shadow root's linked or inline style sheets into a
  // scratch document, which the policy blocks; the widget's are adopted
  // constructed sheets, which it does not copy: nothing to excuse)
  const raw = await page.evaluate(() => window.__nearer.violations.length);
  assert.equal(raw, 0, 'axe-core caused no violation: the widget has no <link> or <style> for it to copy');
  // an inline <style> the page itself adds from a script with no URL: no source file either
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'p{color:red}' })));
  await page.waitForFunction((n) => window.__nearer.violations.length > n, raw);
  const { violations } = await recorded(page);
  assert.deepEqual(violations.map((v) => [v.directive, v.blocked, v.source, v.sample]), [['style-src-elem', 'inline', '', 'p{color:red}']]);
  for (let i = 0; i < 50 && errors.length === 0; i += 1) await page.waitForTimeout(20);
  assert.equal(errors.length, 1, `one console error, not excused: ${errors.join('\n')}`);
  assert.match(errors[0], /Content Security Policy/);
  errors.length = 0;
  await finish();
});

// Colours set by the coach's own style sheet (the README's examples): used in
// the light theme, and never paired with the dark theme's colours in a way
// that cannot be read. Screenshots: output/phone/host-colours-*.png.

/** The two colour examples of the theming guide (docs/theming.md), as CSS: the light colours, then their -dark variants. */
async function readmeColours() {
  const readme = await readFile(new URL('../../docs/theming.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => b.includes('--nearer-'));
  assert.equal(blocks.length, 2, 'the theming guide shows the light colours and their -dark variants');
  assert.ok(!blocks[0].includes('-dark:') && blocks[1].includes('--nearer-surface-dark:'), 'light first, then dark');
  return blocks;
}

/** `--nearer-x: value` declarations of a CSS block. */
const declared = (css) => Object.fromEntries([...css.matchAll(/(--nearer-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));

/** examples/host.html with `css` added to host.css and the widget's colour attribute removed (so only the style sheet colours it). */
async function openColoured(viewport, colorScheme, css) {
  const session = await open(browser, viewport, { initScript: recorder, colorScheme });
  const edit = (pattern, change) => session.context.route(pattern, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: change(await response.text()) });
  });
  await edit('**/examples/host.css', (text) => `${text}\n${css}`);
  await edit('**/examples/host.html', (text) => {
    assert.ok(text.includes(' data-accent="#8a3b5c"'));
    return text.replace(' data-accent="#8a3b5c"', '');
  });
  await session.page.goto(HOST());
  await session.page.locator('nearer-widget .nearer[data-screen]').first().waitFor();
  assert.equal(await widget(session.page).getAttribute('data-accent'), null);
  return session;
}

/**
 * In the page: the contrast of every piece of visible text in widget `index`
 * with the colour behind it, of the borders of its buttons and chosen
 * options with the colour around them, and a few colours of its palette.
 * Colours are read from computed styles (rgb() or, for colour mixes,
 * color(srgb ...)); backgrounds are composited up to the first opaque one.
 */
function measureColours(index) {
  const host = document.querySelectorAll('nearer-widget, [data-nearer]')[index];
  const root = host.shadowRoot;
  const parse = (c) => {
    let v;
    if (c.startsWith('color(srgb ')) {
      v = c.slice(11, -1).replace('/', ' ').split(/\s+/).filter(Boolean).map(Number);
      v = [v[0] * 255, v[1] * 255, v[2] * 255, v[3] ?? 1];
    } else {
      v = (c.match(/[\d.]+/g) ?? []).map(Number);
      v = v.length >= 3 ? [v[0], v[1], v[2], v[3] ?? 1] : [0, 0, 0, 0];
    }
    return v;
  };
  const over = (top, below) => [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3])).concat(1);
  const up = (el) => el.parentElement ?? el.getRootNode().host ?? null;
  const behind = (el) => {
    const layers = [];
    for (let e = el; e; e = up(e)) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const luminance = ([r, g, b]) => {
    const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a, b) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100;
  };
  const seen = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    && el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().height > 1;
  const name = (el) => `${el.localName}.${[...el.classList].join('.')} "${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
  const text = [];
  for (const el of root.querySelectorAll('.nearer, .nearer *')) {
    if (!seen(el) || ![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())) continue;
    const bg = behind(el);
    text.push({ what: name(el), ratio: contrast(over(parse(getComputedStyle(el).color), bg), bg) });
  }
  const borders = [];
  // (a disabled button is exempt: WCAG 1.4.11 covers active controls)
  for (const el of root.querySelectorAll('.nearer-button:not(:disabled):not([aria-disabled="true"]), .nearer-option:has(input:checked)')) {
    const s = getComputedStyle(el);
    if (!seen(el) || parseFloat(s.borderTopWidth) === 0) continue;
    const around = behind(up(el));
    borders.push({ what: name(el), ratio: contrast(over(parse(s.borderTopColor), around), around) });
  }
  const colour = (sel, prop) => {
    const el = root.querySelector(sel);
    return el ? parse(getComputedStyle(el)[prop]).slice(0, 3).map(Math.round) : null;
  };
  return {
    text,
    borders,
    palette: {
      card: colour('.nearer', 'backgroundColor'),
      fill: colour('.nearer-button--primary', 'backgroundColor'),
      fillText: colour('.nearer-button--primary', 'color'),
      soft: colour('.nearer-privacy', 'backgroundColor'),
      font: getComputedStyle(root.querySelector('.nearer')).fontFamily,
    },
  };
}

/** Tabs through widget `index` from a button placed just before it: each stop's ring colour, width and contrast. */
async function focusRings(page, index) {
  await page.evaluate((i) => {
    const start = Object.assign(document.createElement('button'), { id: 'ring-start', textContent: 'start' });
    document.querySelectorAll('nearer-widget, [data-nearer]')[i].before(start);
    start.focus();
  }, index);
  const rings = [];
  for (let n = 0; n < 200; n += 1) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate((i) => {
      const host = document.querySelectorAll('nearer-widget, [data-nearer]')[i];
      const el = activeEl();
      if (!el || el.getRootNode() !== host.shadowRoot) return null;
      const ringed = el.matches('input[type=radio], input[type=checkbox], input[type=file]') ? el.closest('label, .nearer-file') : el;
      const parse = (c) => {
        if (c.startsWith('color(srgb ')) return c.slice(11, -1).split(/\s+/).slice(0, 3).map((v) => Number(v) * 255);
        return (c.match(/[\d.]+/g) ?? []).map(Number).slice(0, 3);
      };
      let bg = null;
      for (let p = ringed.parentElement ?? host; p && !bg; p = p.parentElement ?? p.getRootNode().host) {
        const c = (getComputedStyle(p).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
        if (c.length === 3 || (c.length === 4 && c[3] > 0)) bg = parse(getComputedStyle(p).backgroundColor);
      }
      const luminance = ([r, g, b]) => {
        const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const s = getComputedStyle(ringed);
      const colour = parse(s.outlineColor).map(Math.round);
      const [l1, l2] = [luminance(colour), luminance(bg)].sort((a, b) => b - a);
      return {
        what: `${el.localName} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`,
        style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour, ratio: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100,
      };
    }, index);
    if (!ring) {
      if (rings.length > 0) break;
      continue;
    }
    rings.push(ring);
  }
  // focus is now on the host page after the widget: put it nowhere again
  await page.evaluate(() => { document.getElementById('ring-start').remove(); document.activeElement?.blur(); });
  return rings;
}

/** Fails if any text is under 4.5:1, any button or chosen option border or focus ring under 3:1. */
function assertReadable(label, { text, borders }, rings = []) {
  assert.ok(text.length >= 5, `${label}: only ${text.length} pieces of text measured`);
  const low = text.filter((t) => t.ratio < 4.5).map((t) => `${t.what} ${t.ratio}:1`);
  assert.deepEqual(low, [], `${label}: text under 4.5:1`);
  const faint = borders.filter((b) => b.ratio < 3).map((b) => `${b.what} ${b.ratio}:1`);
  assert.deepEqual(faint, [], `${label}: control borders under 3:1`);
  for (const r of rings) {
    assert.equal(r.style, 'solid', `${label}: ${r.what} has no focus ring`);
    assert.ok(r.width >= 2 && r.ratio >= 3, `${label}: ${r.what} ring ${r.width}px at ${r.ratio}:1`);
  }
}

const hexRgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const mixRgb = (a, b, share) => a.map((v, i) => Math.round(v * share + b[i] * (1 - share)));
const near = (actual, expected, label) => assert.ok(
  actual && actual.every((v, i) => Math.abs(v - expected[i]) <= 1), `${label}: ${actual} is not ${expected}`,
);

for (const colorScheme of ['light', 'dark']) {
  test(`colours from the coach's style sheet (the README's): ${colorScheme === 'light' ? 'used in the light theme' : 'readable in the dark theme'}, every screen, axe`, async () => {
    const [light] = await readmeColours();
    const coach = declared(light);
    const { page, finish } = await openColoured(PHONE, colorScheme, light);
    const ringColours = new Set();
    let palette;
    await walkEveryScreen(page, async (name) => {
      const measured = await page.evaluate(measureColours, 0);
      palette ??= measured.palette;
      const rings = await focusRings(page, 0);
      for (const r of rings) ringColours.add(r.colour.join(','));
      assertReadable(`${colorScheme}/${name}`, measured, rings);
      await check(page, PHONE, `host-colours-${colorScheme}-${name}`);
    });
    const accent = hexRgb(coach['--nearer-accent']);
    if (colorScheme === 'light') {
      near(palette.card, hexRgb(coach['--nearer-surface']), 'the card is the coach\'s surface');
      near(palette.fill, accent, 'buttons are the coach\'s accent');
      near(palette.soft, hexRgb(coach['--nearer-accent-soft']), 'quiet highlights are the coach\'s');
      assert.deepEqual([...ringColours], [hexRgb(coach['--nearer-accent-strong']).join(',')], 'focus rings are the coach\'s strong accent');
      assert.equal(palette.font, coach['--nearer-font'], 'the coach\'s font');
    } else {
      // the dark card, whatever the coach's light surface; the accent kept
      // only under white text; lines, links and rings a light tint of it
      near(palette.card, [0x1d, 0x1b, 0x19], 'the dark theme\'s own card');
      near(palette.fill, accent, 'buttons keep the coach\'s accent');
      near(palette.fillText, [255, 255, 255], 'with white text');
      near(palette.soft, mixRgb(accent, [0x1d, 0x1b, 0x19], 0.25), 'quiet highlights: the accent in the dark card');
      assert.deepEqual([...ringColours], [mixRgb(accent, [255, 255, 255], 0.4).join(',')], 'focus rings: a light tint of the accent');
    }

    // a data-accent on a second widget wins over the style sheet, in both themes
    const attributed = await addWidget(page, { 'data-namespace': 'attributed', 'data-accent': '#1d4e89' });
    const measured = await page.evaluate(measureColours, 1);
    assertReadable(`${colorScheme}/data-accent`, measured, await focusRings(page, 1));
    near(measured.palette.fill, [29, 78, 137], 'data-accent wins');
    if (colorScheme === 'dark') near(measured.palette.card, [0x1d, 0x1b, 0x19], 'the dark card');
    await attributed.getByRole('button', { name: 'Begin' }).waitFor();
    await axe(page, `${colorScheme}/two widgets`);
    assert.deepEqual((await recorded(page)).violations, []);
    await finish();
  });
}

test("the coach's -dark colours (the README's) are used in the dark theme only", async () => {
  const [light, dark] = await readmeColours();
  const coach = declared(dark);
  for (const colorScheme of ['dark', 'light']) {
    const { page, finish } = await openColoured(PHONE, colorScheme, `${light}\n${dark}`);
    const measured = await page.evaluate(measureColours, 0);
    const rings = await focusRings(page, 0);
    assertReadable(`-dark variants, ${colorScheme}`, measured, rings);
    const { card, fill, soft } = measured.palette;
    if (colorScheme === 'dark') {
      near(card, hexRgb(coach['--nearer-surface-dark']), 'the coach\'s dark card');
      near(fill, hexRgb(coach['--nearer-accent-dark']), 'the coach\'s dark accent');
      near(soft, hexRgb(coach['--nearer-accent-soft-dark']), 'the coach\'s dark highlight');
      near(rings[0].colour, hexRgb(coach['--nearer-accent-strong-dark']), 'the coach\'s dark ring');
      await check(page, PHONE, 'host-colours-dark-variants');
    } else {
      near(card, hexRgb(declared(light)['--nearer-surface']), 'the light card');
      near(fill, hexRgb(declared(light)['--nearer-accent']), 'the light accent');
    }
    await clickButton(page, 'Begin');
    await answerAll(page, (g) => (g === 0 ? 1 : 0));
    assertReadable(`-dark variants, ${colorScheme}, situation`, await page.evaluate(measureColours, 0));
    await axe(page, `-dark variants, ${colorScheme}`);
    // a widget's data-accent wins over the page's -dark variants too
    const attributed = await addWidget(page, { 'data-namespace': 'attributed', 'data-accent': '#1d4e89' });
    await attributed.getByRole('button', { name: 'Begin' }).waitFor();
    const own = await page.evaluate(measureColours, 1);
    const ownRings = await focusRings(page, 1);
    assertReadable(`-dark variants and data-accent, ${colorScheme}`, own, ownRings);
    near(own.palette.fill, [29, 78, 137], 'data-accent is the fill');
    if (colorScheme === 'dark') near(ownRings[0].colour, mixRgb([29, 78, 137], [255, 255, 255], 0.4), 'and its tint the ring');
    assert.deepEqual((await recorded(page)).violations, []);
    await finish();
  }
});
