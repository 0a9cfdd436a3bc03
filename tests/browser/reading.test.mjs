// Reading and pointing (issue #14): the customer's post wraps, underlines show their finding's card
// on hover and select it on click, IME composition shows inline, Hebrew and Arabic are drawn in
// visual order with Arabic joined, and emoji sequences draw as one glyph. Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp as openPage, state, widget, clickWidget, until, pasteInto, screenshot, startServedApp, stopServedApp, artifacts } from './app_page.mjs';

let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp({ clipboard: true }));
});
after(() => stopServedApp({ server, browser }));

const openApp = (options) => openPage(browser.context, url, options);

// 355 characters.
const POST = '@SkyWayHelp I booked the 7:40 flight from Lisbon to Manchester three weeks ago and paid extra for a window ' +
  'seat and a checked bag. At the gate I was told the flight was overbooked and moved to the evening flight, no seat ' +
  'chosen, no meal voucher, nothing. Nobody at the desk could tell me whether my bag was on my flight. Not good enough!! Sort it out now.';

test('the customer\'s post wraps inside its box', async () => {
  const { page } = await openApp({ fresh: true });
  assert.equal(POST.length, 355);
  const before = (await state(page)).widgets.customer_post;
  await pasteInto(page, 'customer_post', POST);
  let s = await until(page, (p) => window.replycheck.state().customer_post === p, POST);
  await page.waitForTimeout(150);
  s = await state(page);
  assert.ok(s.customer_post_lines >= 6, `${s.customer_post_lines} rows`);
  assert.equal(s.widgets.customer_post.w, before.w, 'the box keeps its width');
  await screenshot(page, artifacts, 'reading-01-post-wraps');
  await page.close();
});

test('hovering an underline shows its finding\'s card with fixes at the text; clicking it selects the finding', async () => {
  const { page } = await openApp({ fresh: true });
  let s = await state(page);
  const mark = s.marks.find((m) => s.findings[m.finding].suggestions > 0 && m.w > 20);
  assert.ok(mark, 'an underlined span with a fix: ' + JSON.stringify(s.marks));
  const finding = s.findings[mark.finding];
  await page.mouse.move(mark.x + mark.w / 2, mark.y + mark.h / 2);
  s = await until(page, (i) => window.replycheck.state().hover_card === i, mark.finding);
  const card = s.widgets.hover_card;
  assert.ok(card, 'the card is drawn');
  assert.ok(card.y >= mark.y + mark.h - 2 || card.y + card.h <= mark.y + 2, 'next to the text, not over it');
  assert.ok(Math.abs(card.x - mark.x) < 300, 'at the text');
  await screenshot(page, artifacts, 'reading-02-hover-card');

  // The card stays while the pointer moves into it; its fix button applies the fix.
  const fix = await widget(page, 'hover_suggestion_0');
  await page.mouse.move(mark.x + mark.w / 2, fix.y + fix.h / 2, { steps: 4 });
  await page.mouse.move(fix.x + fix.w / 2, fix.y + fix.h / 2, { steps: 4 });
  s = await until(page, (i) => window.replycheck.state().hover_card === i, mark.finding);
  const draft = s.draft;
  await clickWidget(page, 'hover_suggestion_0');
  s = await until(page, (d) => window.replycheck.state().draft !== d, draft);
  assert.ok(!s.findings.some((f) => f.rule === finding.rule && f.message === finding.message && f.start === finding.start));

  // Clicking an underline selects its finding.
  const other = s.marks.find((m) => m.w > 20);
  await page.mouse.click(other.x + other.w / 2, other.y + other.h / 2);
  s = await until(page, (i) => window.replycheck.state().selected_finding === i, other.finding);
  assert.ok(s.editor_active);
  await page.close();
});

test('IME composition shows inline, underlined, before it is committed', async () => {
  const { page } = await openApp({ fresh: true });
  await pasteInto(page, 'draft_editor', 'Thanks ');
  const cdp = await browser.context.newCDPSession(page);
  await page.keyboard.press('Control+End');
  await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
  let s = await until(page, () => window.replycheck.state().composition === 'にほ');
  assert.equal(s.draft, 'Thanks ', 'not committed yet');
  assert.ok(s.widgets.composition, 'the composing text is drawn with its underline');
  assert.ok(s.widgets.composition.w > 10);
  const editor = s.widgets.draft_editor;
  assert.ok(s.widgets.composition.x > editor.x && s.widgets.composition.x < editor.x + editor.w, 'inside the editor');
  await cdp.send('Input.imeSetComposition', { text: 'にほんご', selectionStart: 4, selectionEnd: 4 });
  await until(page, () => window.replycheck.state().composition === 'にほんご');
  // Its glyphs join the atlas before it is committed: no "????".
  s = await until(page, () => window.replycheck.state().fonts.missing.length === 0);
  await screenshot(page, artifacts, 'reading-03-composition');
  await cdp.send('Input.insertText', { text: '日本語' });
  s = await until(page, () => window.replycheck.state().draft === 'Thanks 日本語');
  assert.equal(s.composition, '');
  assert.equal(s.widgets.composition, undefined);
  await page.close();
});

const HEBREW = 'שלום';
const ARABIC = 'مرحبا';

test('Hebrew and Arabic: glyphs on demand, visual order, joined Arabic, caret in logical order', async () => {
  const { page } = await openApp({ fresh: true });
  let s = await state(page);
  assert.equal(s.fonts.rtl_glyphs, 0, 'no right-to-left glyphs before any such text is shown');
  await pasteInto(page, 'draft_editor', `Hi ${HEBREW} and ${ARABIC}!`);
  await page.waitForFunction(() => window.replycheck.state().fonts.rtl_glyphs > 0, null, { timeout: 5000 });
  await page.waitForTimeout(150);
  s = await state(page);
  const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;
  assert.deepEqual(s.fonts.missing.filter((c) => RTL.test(c)), [], 'every Hebrew and Arabic character has a glyph');
  // Drawn left to right: Latin as typed, each right-to-left word reversed; Arabic in its joined
  // forms (meem initial, reh final, hah initial, beh medial, alef final), reversed.
  const arabicVisual = '\uFE8E\uFE92\uFEA3\uFEAE\uFEE3';
  assert.equal(s.editor_visual[0], `Hi ${[...HEBREW].reverse().join('')} and ${arabicVisual}!`);
  await screenshot(page, artifacts, 'reading-04-rtl');

  // The caret moves in logical order: Home, then right past "Hi " and two Hebrew letters.
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type('X');
  s = await until(page, () => window.replycheck.state().draft.includes('X'));
  assert.equal(s.draft, `Hi ${HEBREW.slice(0, 2)}X${HEBREW.slice(2)} and ${ARABIC}!`);

  // A paragraph that starts in Hebrew is a right-to-left paragraph: its first word is drawn at the right.
  await pasteInto(page, 'draft_editor', `${HEBREW} abc`);
  await page.waitForTimeout(150);
  s = await state(page);
  assert.equal(s.editor_visual[0], `abc ${[...HEBREW].reverse().join('')}`);
  await page.close();
});

test('emoji with skin tones and ZWJ families draw as one glyph, the base emoji', async () => {
  const { page } = await openApp({ fresh: true });
  await pasteInto(page, 'draft_editor', 'Thanks 👍🏽 from 👨‍👩‍👧‍👦 and 👩🏾‍💻');
  await page.waitForTimeout(150);
  const s = await state(page);
  assert.equal(s.editor_visual[0], 'Thanks 👍 from 👨 and 👩');
  await screenshot(page, artifacts, 'reading-05-emoji');
  await page.close();
});
