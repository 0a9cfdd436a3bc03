// Threads that work (issue #14): a reply too long for X becomes N posts, each its own part checked
// against the channel's limit and copied on its own with the channel's numbering; splitting again
// changes nothing; the thread is saved, undoable and in state().thread. Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp as openPage, state, widget, clickWidget, until, typeInto, pasteInto, started, screenshot, startServedApp, stopServedApp, artifacts } from './app_page.mjs';

let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp({ clipboard: true }));
});
after(() => stopServedApp({ server, browser }));

const openApp = (options) => openPage(browser.context, url, options);

// About 750 characters: three posts on X.
const LONG = 'Hi Maria, I am so sorry your flight to Lisbon was delayed by five hours and that nobody kept you informed. ' +
  'That is not the experience we want for anyone, and I understand why you are furious. ' +
  'The delay was caused by a technical fault found during the final checks, and the replacement aircraft had to come from Porto. ' +
  'Under our delay policy you are entitled to a meal voucher for every three hours of waiting and to compensation for the delay. ' +
  'I have already opened a claim for you with the reference SW-20931, so you do not need to fill in any forms. ' +
  'Please send us a DM with your booking reference so I can link the claim to your booking today. ' +
  'If anything else went wrong on the trip, reply here and I will look into it personally. ^SB';

// The index, in the order fix buttons are numbered (suggestion_N), of the fix whose label matches.
function fixNumber(s, pattern) {
  let n = 0;
  for (const index of s.findings_shown) {
    const f = s.findings[index];
    for (const label of f.fix_labels) {
      if (pattern.test(label)) return n;
      n++;
    }
  }
  return -1;
}

async function splitLongReply(page) {
  await typeInto(page, 'customer_handle', '@maria_k');
  await pasteInto(page, 'draft_editor', LONG);
  let s = await until(page, () => window.replycheck.state().findings.some((f) => f.rule === 'channel.too_long'));
  const n = fixNumber(s, /thread/i);
  assert.ok(n >= 0, 'the too-long finding offers a thread');
  // Its tooltip describes the thread in a line or two; it stays on screen and off the editor.
  const button = await widget(page, 'suggestion_' + n);
  await page.mouse.move(button.x + button.w / 2, button.y + button.h / 2);
  s = await until(page, () => !!window.replycheck.state().widgets.tooltip);
  const tip = s.widgets.tooltip, editor = s.widgets.draft_editor, viewport = page.viewportSize();
  assert.ok(tip.x >= 0 && tip.y >= 0 && tip.x + tip.w <= viewport.width && tip.y + tip.h <= viewport.height, JSON.stringify(tip));
  assert.ok(tip.x >= editor.x + editor.w || tip.x + tip.w <= editor.x || tip.y >= editor.y + editor.h || tip.y + tip.h <= editor.y,
    `the tooltip ${JSON.stringify(tip)} covers the editor ${JSON.stringify(editor)}`);
  await clickWidget(page, 'suggestion_' + n);
  return until(page, () => window.replycheck.state().thread !== null);
}

test('a thread is N parts, each checked against the limit and copied on its own as n/N', async () => {
  const { page, seen } = await openApp({ fresh: true });
  let s = await splitLongReply(page);
  const parts = s.thread.parts, n = parts.length;
  assert.ok(n >= 3, `${LONG.length} characters make ${n} posts: ${JSON.stringify(parts.map((p) => p.count))}`);
  for (const [k, p] of parts.entries()) {
    assert.equal(p.limit, 280);
    assert.ok(p.fits && p.count <= 280, `part ${k + 1}: ${p.count}`);
    assert.ok(p.text.endsWith(` ${k + 1}/${n}`), p.text);
    assert.ok(s.widgets['thread_part_' + k], 'each part is its own editor');
  }
  // X keeps the handle on every post of a reply thread (core/channel/channels.cpp), once each.
  for (const p of parts) assert.equal(p.text.split('@maria_k').length - 1, 1, p.text);
  assert.ok(parts[0].text.startsWith('@maria_k '), 'posts start with the mention');
  assert.ok(!s.findings.some((f) => f.rule === 'channel.too_long'), 'no length error while every part fits');
  await screenshot(page, artifacts, 'thread-01-parts');

  // Copy 1/n, then 2/n, ...: each post on its own.
  for (let k = 0; k < n; k++) {
    const button = await widget(page, 'copy_button');
    assert.ok(button, 'the copy button');
    await clickWidget(page, 'copy_button');
    await page.waitForFunction(async (t) => (await navigator.clipboard.readText()) === t, parts[k].text, { timeout: 5000 });
    s = await state(page);
    assert.match(s.notice, new RegExp(`${k + 1}/${n}`));
  }
  // And each part's own button.
  await clickWidget(page, 'copy_part_1');
  await page.waitForFunction(async (t) => (await navigator.clipboard.readText()) === t, parts[1].text, { timeout: 5000 });
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

test('splitting is idempotent; editing a part past the limit is flagged on that part; undo, redo and reload', async () => {
  const { page } = await openApp({ fresh: true });
  let s = await splitLongReply(page);
  const parts = s.thread.parts.map((p) => p.text);
  const depth = s.undo_depth;

  await clickWidget(page, 'thread_resplit');
  await page.waitForTimeout(300);
  s = await state(page);
  assert.deepEqual(s.thread.parts.map((p) => p.text), parts, 'splitting again changes nothing');
  assert.equal(s.undo_depth, depth, 'and adds no undo step');

  // A part made too long is flagged as that part; its fix splits again, with one mention.
  await clickWidget(page, 'thread_part_1');
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(' We will also refund the seat reservation fee you paid for this flight, and the lounge pass.');
  s = await until(page, () => window.replycheck.state().thread && !window.replycheck.state().thread.parts[1].fits);
  const tooLong = s.findings.find((f) => f.rule === 'channel.too_long');
  assert.ok(tooLong, 'a length error while a part is over the limit');
  const second = s.thread.parts[1];
  assert.ok(tooLong.start > second.start && tooLong.start < second.end, 'it starts where that part stops fitting');
  assert.ok(s.thread.parts.every((p, k) => k === 1 || p.fits), 'the other parts still fit');
  const n = fixNumber(s, /thread/i);
  await clickWidget(page, 'suggestion_' + n);
  s = await until(page, () => window.replycheck.state().thread.parts.every((p) => p.fits));
  for (const p of s.thread.parts) assert.equal(p.text.split('@maria_k').length - 1, 1, `the handle once: ${p.text}`);
  assert.ok(s.thread.parts.every((p, k, all) => p.text.endsWith(` ${k + 1}/${all.length}`)));
  const resplit = s.thread.parts.map((p) => p.text);

  // Saved with the draft.
  await page.reload();
  await started(page);
  s = await until(page, () => window.replycheck.state().thread !== null);
  assert.deepEqual(s.thread.parts.map((p) => p.text), resplit);

  // Undo walks back through the edits to the single over-long reply, redo forward again.
  await clickWidget(page, 'thread_part_0');
  for (let i = 0; i < 10 && (await state(page)).thread !== null; i++) {
    await page.keyboard.press('Control+Z');
    await page.waitForTimeout(150);
  }
  s = await until(page, () => window.replycheck.state().thread === null);
  assert.equal(s.draft, LONG);
  await page.keyboard.press('Control+Y');
  s = await until(page, () => window.replycheck.state().thread !== null);
  assert.deepEqual(s.thread.parts.map((p) => p.text), parts);

  // "One post" joins the parts back into one draft, as one undo step.
  await clickWidget(page, 'thread_join');
  s = await until(page, () => window.replycheck.state().thread === null);
  assert.ok(s.draft.startsWith('Hi Maria') && !/\d\/\d/.test(s.draft), s.draft);
  await page.close();
});
