// The widget as a first-time visitor meets it on a phone (issue 16): the
// safety path suggests no contact with the partner anywhere, the results say
// honestly when sources are level, the tabs stay on one line, the picker
// starts short, a same-day retake says what happens to today's result, and a
// host page without a font gets a system font, not Times. Screenshots land
// in output/phone*/ and output/narrow*/ as visitor-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  server, browser, useBrowser, open, load, check, shot, fits, answerAll, clickButton, storage, OUT, PHONE, pickerMade, listMade,
} from './harness.mjs';

useBrowser();

const NARROW = { name: 'narrow', width: 320, height: 640 };

/** Button names and texts per language (English, and Spanish from the page's `lang`). */
const LANGS = {
  en: {
    begin: 'Begin', next: 'Next', back: 'Back', results: 'See my results', reflect: 'Reflect', moments: 'Moments',
    selfcareButton: 'See ways to care for yourself', findMoments: 'Find small moments for this',
    selfcareTitle: 'Caring for yourself', list: (n) => `My list (${n})`,
    levelTitle: 'Weighing about the same', levelAll: 'Every source weighs about the same',
    topTitle: 'Weighing most right now', general: 'Nothing in your reflection stands out',
    sideBySide: 'These weigh about the same for you', noneStandOut: 'No single source stands out',
    retake: 'Take it again', retakeToday: "the new result replaces today's", retakeEarlier: 'Results from earlier days stay, so you can compare',
    keep: 'Keep my answers', restart: 'Yes, start again', compare: 'Since an earlier time',
    starters: ['I miss how easily', 'Would you like to take a short walk', 'Words to start with'],
  },
  es: {
    begin: 'Empezar', next: 'Siguiente', back: 'Atrás', results: 'Ver mis resultados', reflect: 'Reflexión', moments: 'Momentos',
    selfcareButton: 'Ver formas de cuidarte', findMoments: 'Encontrar pequeños momentos para esto',
    selfcareTitle: 'Cuidar de ti', list: (n) => `Mi lista (${n})`,
    levelTitle: 'Pesan más o menos lo mismo', levelAll: 'todos los orígenes pesan más o menos lo mismo',
    general: 'En tu reflexión nada sobresale', sideBySide: 'Para ti pesan más o menos lo mismo',
    starters: ['Echo de menos', 'dar un paseo corto', 'Palabras para empezar'],
  },
  // (French and German: only what the tabs test reads)
  fr: { list: (n) => `Ma liste (${n})` },
  de: { list: (n) => `Liste (${n})` },
};

/** An init script: the page's `lang` becomes `tag` before the widget reads it. */
const pageIn = (tag) => `document.addEventListener('DOMContentLoaded', () => { document.documentElement.lang = ${JSON.stringify(tag)}; });`;

/** A fresh page in `lang` and `colorScheme` at `size`; screenshots go to output/<size>[-es][-dark]/. */
async function visit(size, { lang = 'en', colorScheme = 'light' } = {}) {
  const session = await open(browser, size, { colorScheme, initScript: lang === 'en' ? undefined : pageIn(lang) });
  await load(session.page, server.url);
  assert.equal(await session.page.getAttribute('.nearer', 'lang'), lang);
  const viewport = { ...size, name: `${size.name}${lang === 'en' ? '' : `-${lang}`}${colorScheme === 'dark' ? '-dark' : ''}` };
  return { ...session, viewport, w: LANGS[lang] };
}

/**
 * Takes the reflection: `apart` and `safety` are option indexes (apart: yes, no,
 * unsure; safety: no, sometimes, yes, rather not say), `rate(legend)` the
 * option for each statement (0 "not at all" … 4 "a great deal").
 */
async function reflect(page, w, { apart = 1, safety = 0, rate = () => 2 } = {}) {
  await clickButton(page, w.begin);
  await answerAll(page, (g) => (g === 0 ? apart : safety));
  await clickButton(page, w.next);
  for (let p = 0; p < 6; p += 1) {
    const legends = await page.locator('.nearer fieldset legend').allInnerTexts();
    await answerAll(page, (g) => rate(legends[g]));
    await clickButton(page, p === 5 ? w.results : w.next);
  }
  await page.waitForSelector('.nearer[data-screen="results"]');
}

const tab = async (page, view) => {
  await page.locator(`.nearer-tabs button[data-view="${view}"]`).click();
  await pickerMade(page);
};
const widgetText = (page) => page.locator('.nearer').evaluate((e) => e.textContent);
/** The moment ids shown as cards right now. */
const cardIds = (page) => page.locator('.nearer-moment').evaluateAll((cs) => cs.map((c) => c.dataset.moment));
const addCard = (page, id) => page.locator(`.nearer-moment[data-moment="${id}"] .nearer-button--primary`).first().click();
const openGroup = (page, kind) => page.locator(`.nearer-group[data-kind="${kind}"] summary`).click();

/** How-to texts of catalogue moments that involve the partner (English and Spanish starts). */
const PARTNER_HOW_TO = [
  'When you greet them or say goodbye', 'At the end of the day, ask one warm question',
  'Cuando saludes a tu pareja', 'Al final del día, haz una pregunta',
];

for (const [lang, colorScheme] of [['en', 'light'], ['en', 'dark'], ['es', 'light']]) {
  test(`feeling unsafe: nothing suggests contacting the partner, and the list stays whole (${lang}, ${colorScheme})`, async () => {
    const { page, finish, viewport, w } = await visit(PHONE, { lang, colorScheme });
    // before the reflection: two moments that ask something of the partner,
    // one done alone, and one of the visitor's own
    await tab(page, 'moments');
    await addCard(page, 'eye-contact');
    await addCard(page, 'evening-check-in');
    await openGroup(page, 'yourself-first');
    await addCard(page, 'rest-and-body');
    await page.locator('#nearer-custom-title').click();
    await page.locator('.nearer-form input').fill('Call my sister');
    await page.locator('.nearer-form textarea').fill('On Sunday, after lunch');
    await page.locator('.nearer-form button[type="submit"]').click();
    await page.locator('.nearer-tabs button', { hasText: w.list(4) }).waitFor();

    await tab(page, 'reflect');
    await reflect(page, w, { safety: 2, rate: () => 2 }); // "Yes"; every statement "Somewhat"
    // the safety note first; the main button names what the picker offers
    assert.match(await page.locator('.nearer-results > *').nth(1).getAttribute('class'), /nearer-card--safety/);
    assert.equal(await page.locator('.nearer-top__item, [data-standing]').count(), 0, 'no sources singled out, no first steps');
    assert.equal(await page.locator('.nearer-chart__row[data-top]').count(), 0, 'nine equal scores: none in bold');
    const main = page.locator('.nearer-results .nearer-button--primary');
    assert.equal((await main.innerText()).trim(), w.selfcareButton);
    await check(page, viewport, 'visitor-01-results-safety');

    await main.click();
    await page.getByRole('heading', { name: w.selfcareTitle }).waitFor();
    await pickerMade(page);
    assert.deepEqual(await cardIds(page), ['old-joy', 'rest-and-body', 'someone-on-your-side', 'your-own-life']);
    assert.equal(await page.locator('.nearer-starters, .nearer-starter, #nearer-browse-title, .nearer-groups, .nearer-filters, select').count(), 0,
      'no message starters, no catalogue to browse');
    assert.equal(await page.locator('.nearer-form').count(), 1, 'a moment of their own is still possible');
    let text = await widgetText(page);
    for (const words of [...w.starters, ...PARTNER_HOW_TO]) assert.ok(!text.includes(words), `the picker shows "${words}"`);
    await check(page, viewport, 'visitor-02-moments-safety');

    await tab(page, 'list');
    const items = page.locator('.nearer-item');
    await listMade(page, 4);
    assert.equal(await items.count(), 4, 'everything saved stays on the list');
    await page.locator('.nearer-list-view .nearer-card[data-safety]').waitFor();
    for (const key of ['m-eye-contact', 'm-evening-check-in']) {
      const item = page.locator(`.nearer-item[data-item="${key}"]`);
      assert.equal(await item.locator('h3').count(), 1, `${key} keeps its title`);
      assert.equal(await item.locator('.nearer-item__how, .nearer-details').count(), 0, `${key}: no how-to, no reminder`);
      assert.equal(await item.locator('.nearer-toggle, textarea').count(), 2, `${key}: still checked off and noted`);
    }
    for (const key of ['m-rest-and-body', 'c-1']) {
      const item = page.locator(`.nearer-item[data-item="${key}"]`);
      assert.equal(await item.locator('.nearer-item__how').count(), 1, `${key}: its how-to`);
      assert.equal(await item.locator('.nearer-details').count(), 1, `${key}: its reminder`);
    }
    text = await widgetText(page);
    for (const words of PARTNER_HOW_TO) assert.ok(!text.includes(words), `the list shows "${words}"`);
    await check(page, viewport, 'visitor-03-list-safety');
    // the printed plan is the list as shown
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.nearer').innerText();
    for (const words of PARTNER_HOW_TO) assert.ok(!printed.includes(words), `the printed plan shows "${words}"`);
    assert.ok(printed.includes('On Sunday, after lunch'));
    await page.emulateMedia({ media: 'screen' });

    // the rule follows the answer: "No" to the safety question brings it all back
    await tab(page, 'reflect');
    while ((await page.getAttribute('.nearer', 'data-screen')) !== 'situation') await clickButton(page, w.back);
    await page.locator('.nearer fieldset').nth(1).locator('label').nth(0).click();
    await tab(page, 'list');
    await listMade(page, 4);
    assert.equal(await page.locator('.nearer-item__how').count(), 4);
    assert.equal(await page.locator('.nearer-list-view .nearer-card[data-safety]').count(), 0);
    await finish();
  });
}

for (const [lang, colorScheme] of [['en', 'light'], ['en', 'dark'], ['es', 'light']]) {
  test(`every source level: the results say so and rank nothing (${lang}, ${colorScheme})`, async () => {
    const { page, finish, viewport, w } = await visit(PHONE, { lang, colorScheme });
    await reflect(page, w, { rate: () => 2 }); // every statement "Somewhat": 50 each
    const section = page.locator('[data-standing="level"]');
    assert.equal((await section.locator('h3').innerText()).trim(), w.levelTitle);
    assert.ok((await section.innerText()).includes(w.levelAll));
    assert.equal(await page.locator('.nearer-top__item, ol.nearer-top').count(), 0, 'no ranking');
    assert.equal(await page.locator('.nearer-chart__row[data-top]').count(), 0, 'nothing in bold');
    const sources = section.locator('.nearer-level__list > li');
    assert.equal(await sources.count(), 9, 'each source can be opened');
    // the visitor chooses which to look at, by keyboard
    const summary = sources.nth(4).locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    assert.equal(await sources.nth(4).locator('details').getAttribute('open'), '');
    assert.ok(await sources.nth(4).locator('p').nth(3).isVisible(), 'its first step shows');
    await check(page, viewport, 'visitor-04-results-all-level');

    await page.locator('.nearer-results .nearer-button--primary').click();
    const lead = page.locator('#nearer-suggested-title + p');
    assert.ok((await lead.innerText()).startsWith(w.general), await lead.innerText());
    assert.equal(await page.locator('#nearer-suggested-title ~ ul .nearer-moment__why').count(), 0, 'no "helps with" claimed');
    assert.equal(await page.locator('#nearer-suggested-title ~ ul > li').count(), 3);
    await check(page, viewport, 'visitor-05-moments-general');
    await finish();
  });
}

test('two sources level at the top are shown side by side; all "not at all" says nothing stands out', async () => {
  const { page, finish, viewport, w } = await visit(PHONE);
  // rushed conversations and routine "a great deal", everything else "a little"
  await reflect(page, w, { rate: (legend) => (/rush|tense|defending|routine|fun together|granted/i.test(legend) ? 4 : 1) });
  const section = page.locator('[data-standing="clear"]');
  assert.equal((await section.locator('h3').innerText()).trim(), w.topTitle);
  assert.ok((await section.locator('[data-level]').innerText()).startsWith(w.sideBySide));
  assert.deepEqual(await section.locator('ul.nearer-top > li').evaluateAll((l) => l.map((x) => x.dataset.source)), ['reactive', 'routine']);
  assert.equal(await page.locator('.nearer-chart__row[data-top]').count(), 2);
  await check(page, viewport, 'visitor-06-results-two-level');

  await finish();

  const second = await visit(PHONE);
  await reflect(second.page, second.w, { rate: () => 0 });
  assert.ok((await second.page.locator('.nearer-results .nearer-card--quiet').innerText()).startsWith(w.noneStandOut));
  assert.equal(await second.page.locator('[data-standing], .nearer-chart__row[data-top]').count(), 0);
  await second.page.locator('.nearer-results .nearer-button--primary').click();
  assert.ok((await second.page.locator('#nearer-suggested-title + p').innerText()).startsWith(w.general));
  await second.finish();
});

/** Each tab's name on one line, the three on one row, nothing spilling out. */
async function tabsLayout(page) {
  return page.locator('.nearer-tab').evaluateAll((tabs) => tabs.map((t) => {
    const range = document.createRange();
    range.selectNodeContents(t);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    const r = t.getBoundingClientRect();
    return { text: t.textContent, lines, top: Math.round(r.top), left: r.left, right: r.right, bottom: r.bottom, spills: t.scrollWidth > t.clientWidth + 1 };
  }));
}

function assertNoOverlap(layout, label) {
  for (let i = 0; i < layout.length; i += 1) {
    for (let j = i + 1; j < layout.length; j += 1) {
      const [a, b] = [layout[i], layout[j]];
      const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
      assert.ok(apart, `${label}: "${a.text}" and "${b.text}" overlap`);
    }
  }
}

async function tabsShot(page, viewport, name) {
  const dir = join(OUT, viewport.name);
  await mkdir(dir, { recursive: true });
  await page.locator('.nearer-tabs').screenshot({ path: join(dir, `${name}.png`) });
}

for (const lang of ['en', 'es', 'fr', 'de']) {
  test(`the tabs read on one line at 320 px with a two-digit count, and at 200% text never overlap (${lang})`, async () => {
    const { page, context, finish, viewport, w } = await visit(NARROW, { lang });
    // twelve moments on the list: the longest count a tab shows in practice
    await tab(page, 'moments');
    await page.locator('#nearer-filter-effort').selectOption('tiny');
    for (let i = 0; i < 12; i += 1) await page.locator('#nearer-browse-title ~ ul .nearer-moment .nearer-button--primary').first().click();
    await page.locator('.nearer-tabs button', { hasText: w.list(12) }).waitFor();
    await fits(page, `${viewport.name}/tabs`);
    let layout = await tabsLayout(page);
    assert.deepEqual(layout.map((t) => t.lines), [1, 1, 1], JSON.stringify(layout));
    assert.equal(new Set(layout.map((t) => t.top)).size, 1, `one row: ${JSON.stringify(layout)}`);
    assert.ok(layout.every((t) => !t.spills));
    await tabsShot(page, viewport, 'visitor-07-tabs');

    // Names longer than any shipped language's (a coach's own language may
    // have them): where they cannot share one row at 320 px, a whole tab
    // moves to a second row, and no name is broken, cut or overlapped
    if (lang === 'en') {
      await page.locator('.nearer-tab').evaluateAll((tabs) => {
        ['Nachdenken', 'Momente', 'Meine Liste (12)'].forEach((name, i) => { tabs[i].textContent = name; });
      });
      layout = await tabsLayout(page);
      assert.deepEqual(layout.map((t) => t.lines), [1, 1, 1], JSON.stringify(layout));
      assertNoOverlap(layout, 'German');
      assert.ok(layout.every((t) => !t.spills));
      await fits(page, `${viewport.name}/German tab names`);
      await tabsShot(page, viewport, 'visitor-07-tabs-german-words');
      await page.reload();
      await page.waitForSelector('.nearer[data-screen]');
    }

    // a common phone: one row too
    await page.setViewportSize(PHONE);
    layout = await tabsLayout(page);
    assert.equal(new Set(layout.map((t) => t.top)).size, 1, `one row at ${PHONE.width} px: ${JSON.stringify(layout)}`);
    await tabsShot(page, { ...viewport, name: `phone${lang === 'en' ? '' : `-${lang}`}` }, 'visitor-07-tabs');

    // text at 200% on a phone: the tabs may take two rows, each name whole
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    assert.equal(await page.locator('.nearer').evaluate((e) => parseFloat(getComputedStyle(e).fontSize)), 32);
    layout = await tabsLayout(page);
    assert.deepEqual(layout.map((t) => t.lines), [1, 1, 1], JSON.stringify(layout));
    assertNoOverlap(layout, '200%');
    assert.ok(layout.every((t) => !t.spills));
    await fits(page, `${viewport.name}/tabs at 200%`);
    await tabsShot(page, { ...viewport, name: `phone${lang === 'es' ? '-es' : ''}` }, 'visitor-07-tabs-200');
    await finish();
  });
}

/** The picker's size as the visitor meets it: page height, elements in the widget. */
const pickerSize = (page) => page.evaluate(() => ({
  height: document.documentElement.scrollHeight,
  elements: nearerRoot().querySelectorAll('*').length,
}));

for (const colorScheme of ['light', 'dark']) {
  test(`the picker starts short on a phone, and browsing by kind works by keyboard (${colorScheme})`, async () => {
    const { page, finish, viewport, w } = await visit(PHONE, { colorScheme });
    await reflect(page, w, { rate: (legend) => (/rush|tense|defending/i.test(legend) ? 4 : 1) });
    await clickButton(page, w.findMoments);
    const size = await pickerSize(page);
    console.log(`picker after a reflection, phone: ${size.height} px tall, ${size.elements} elements`);
    // "about three screens": the page's own header and the widget's footer included
    assert.ok(size.height <= 3.2 * PHONE.height, `${size.height} px: more than about three screens`);
    assert.ok(size.elements <= 600, `${size.elements} elements`);
    // suggestions first, then the compact catalogue: eleven kinds, all closed
    const order = await page.locator('.nearer-moments-view > *').evaluateAll((els) => els.map((e) => e.getAttribute('aria-labelledby')).filter(Boolean));
    assert.deepEqual(order.slice(0, 2), ['nearer-suggested-title', 'nearer-browse-title']);
    const groups = page.locator('.nearer-group');
    assert.equal(await groups.count(), 11);
    assert.equal(await page.locator('.nearer-group details[open]').count(), 0);
    const counted = await page.locator('.nearer-group__count').allInnerTexts();
    assert.equal(counted.reduce((n, t) => n + parseInt(t, 10), 0), 42, 'every moment is in a group');
    await check(page, viewport, 'visitor-08-moments');

    // by keyboard: Tab to "Appreciation", open it, Tab to its first card's button
    const appreciation = page.locator('.nearer-group[data-kind="appreciation"]');
    await page.locator('.nearer-group[data-kind="presence"] summary').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => activeEl().closest('.nearer-group')?.dataset.kind), 'appreciation');
    assert.equal(await page.evaluate(() => getComputedStyle(activeEl()).outlineStyle), 'solid', 'a visible focus ring');
    await page.keyboard.press('Enter');
    await appreciation.locator('.nearer-moment').first().waitFor();
    assert.equal(await appreciation.locator('.nearer-moment').count(), 4);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => activeEl().closest('.nearer-moment')?.dataset.moment), 'thank-specific');
    await page.keyboard.press('Enter');
    await page.locator('.nearer-tabs button', { hasText: w.list(1) }).waitFor();
    await check(page, viewport, 'visitor-09-moments-group-open');
    // closing it by keyboard removes its cards again
    await appreciation.locator('summary').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !nearerRoot().querySelector('.nearer-group[data-kind="appreciation"] .nearer-moment'));

    // filters stay: a filter lists its matches, clearing it brings the groups back
    await page.locator('#nearer-filter-source').selectOption('apart');
    const matches = await page.locator('#nearer-browse-title ~ ul > li.nearer-moment').count();
    assert.ok(matches >= 3 && matches < 42);
    await page.getByText(`Showing ${matches} of 42 moments`).waitFor();
    await clickButton(page, 'Clear filters');
    await page.getByText('Grouped by kind').waitFor();
    assert.equal(await groups.count(), 11);
    await finish();
  });
}

test('the picker before any reflection opens one kind, so it is never empty', async () => {
  const { page, finish, viewport } = await visit(PHONE);
  await tab(page, 'moments');
  const size = await pickerSize(page);
  console.log(`picker with no reflection, phone: ${size.height} px tall, ${size.elements} elements`);
  assert.ok(size.height <= 3.5 * PHONE.height, `${size.height} px`);
  assert.deepEqual(await page.locator('.nearer-group details[open]').evaluateAll((d) => d.map((x) => x.closest('.nearer-group').dataset.kind)), ['presence']);
  assert.equal(await page.locator('.nearer-moment').count(), 4);
  await check(page, viewport, 'visitor-10-moments-no-reflection');
  await finish();
});

test('a same-day retake says what happens to the earlier result, and a new day keeps both', async () => {
  const { page, finish, viewport, w } = await visit(PHONE);
  const day = (d) => new Date(`2026-12-${d}T10:00:00`);
  await page.clock.setFixedTime(day('05'));
  await page.reload();
  await page.waitForSelector('.nearer[data-screen]');
  await reflect(page, w, { rate: () => 3 });
  // the next day: the question says results from earlier days stay
  await page.clock.setFixedTime(day('06'));
  await page.reload();
  await page.waitForSelector('.nearer[data-screen="results"]');
  await clickButton(page, w.retake);
  const question = page.locator('#nearer-confirm-text');
  assert.ok((await question.innerText()).includes(w.retakeEarlier), await question.innerText());
  assert.ok(!(await question.innerText()).includes(w.retakeToday));
  await clickButton(page, w.restart);
  await page.waitForSelector('.nearer[data-screen="situation"]');
  await answerAll(page, (g) => (g === 0 ? 1 : 0)); // apart "No", safety "No"
  await clickButton(page, w.next);
  for (let p = 0; p < 6; p += 1) {
    await answerAll(page, () => 1);
    await clickButton(page, p === 5 ? w.results : w.next);
  }
  await page.getByRole('heading', { name: w.compare }).waitFor();
  // the same day again: the question says today's result will be replaced
  await clickButton(page, w.retake);
  assert.ok((await question.innerText()).includes(w.retakeToday), await question.innerText());
  await check(page, viewport, 'visitor-11-retake-same-day');
  await clickButton(page, w.keep);
  const history = JSON.parse((await storage(page))['nearer:state']).state.history;
  assert.equal(history.length, 2, 'one result a day');
  await finish();
});

/** A coach's page (another port is not needed: a route on the bundle's origin) with only the widget. */
const hostPage = (css) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A coach</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${css ? `<style>${css}</style>` : ''}
<script type="module" src="/nearer-widget.js"></script></head>
<body><h1>Finding our way back</h1><p>A few words from the coach.</p><nearer-widget data-namespace="plain"></nearer-widget></body></html>`;

test('a host page that sets no font gets a system UI font, and a chosen font still wins', async () => {
  for (const [label, css, expected] of [
    ['no font', '', /^system-ui/],
    ['the page chooses Georgia', 'body { font-family: Georgia, serif; }', /^Georgia, serif$/],
    ['--nearer-font with no page font', 'nearer-widget { --nearer-font: "Courier New", monospace; }', /^"Courier New", monospace$/],
  ]) {
    const { context, page, finish } = await open(browser, PHONE);
    await context.route('**/coach.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPage(css) }));
    await page.goto(`${server.url}coach.html`);
    await page.waitForSelector('.nearer[data-screen]');
    const font = await page.locator('.nearer').evaluate((e) => getComputedStyle(e).fontFamily);
    assert.match(font, expected, `${label}: ${font}`);
    const heading = await page.locator('.nearer-title').evaluate((e) => getComputedStyle(e).fontFamily);
    assert.equal(heading, font, `${label}: headings in the same font`);
    if (label === 'no font') {
      assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /Times|serif/, 'the page itself is in the default serif');
      await check(page, PHONE, 'visitor-12-host-without-font');
    }
    await finish();
  }
});
