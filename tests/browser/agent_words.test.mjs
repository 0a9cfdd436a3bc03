// Never lose the agent's words (issue #14): stepping through findings keeps the caret in the
// draft, the fix key, examples and templates that never destroy the agent's work, undo of every
// change the app makes (context included) across a reload, and two tabs that never overwrite each
// other's newer work silently. Real mouse and keyboard input in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp as openPage, state, widget, clickWidget, until, typeInto, pasteInto, started, startServedApp, stopServedApp } from './app_page.mjs';

let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp({ clipboard: true }));
});
after(() => stopServedApp({ server, browser }));

const openApp = (options) => openPage(browser.context, url, options);
const untilDraft = (page, test, arg) => until(page, test, arg);
const endsWith = (page, tail) => untilDraft(page, (t) => window.replycheck.state().draft.endsWith(t), tail);

// Gives the draft the keyboard with a click below its text (a click on an underline would select
// that finding).
async function focusDraft(page) {
  const r = await widget(page, 'draft_editor');
  await page.mouse.click(r.x + r.w / 2, r.y + r.h - 8, { delay: 60 });
  await until(page, () => window.replycheck.state().editor_active);
}

// Opens the Guidelines tab with the examples of the rules that flag "inconvenience" unfolded.
async function guidelineExamples(page) {
  await clickWidget(page, 'tab_guidelines');
  await until(page, () => window.replycheck.state().mode === 'guidelines');
  await typeInto(page, 'guideline_search', 'inconvenience');
  const s = await until(page, () => Object.keys(window.replycheck.state().widgets).some((w) => w.startsWith('try_example_')));
  return Object.keys(s.widgets).filter((w) => w.startsWith('try_example_'));
}

// The card of the selected finding, and the column it scrolls in.
function selectedCard(s) {
  const shown = s.findings_shown.indexOf(s.selected_finding);
  return { shown, card: s.widgets['card_' + shown], column: s.widgets.findings_column };
}

test('Alt+Down and Alt+Up step through findings and every typed key still lands in the draft', async () => {
  const { page, seen } = await openApp({ fresh: true });
  await focusDraft(page);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' abc');
  await endsWith(page, ' abc');
  await page.keyboard.press('Alt+ArrowDown');
  let s = await until(page, () => window.replycheck.state().selected_finding >= 0);
  const first = s.selected_finding;
  assert.ok(s.editor_active, 'the draft keeps the keyboard');
  await page.keyboard.type('def');
  s = await endsWith(page, ' abcdef');
  await page.keyboard.press('Alt+ArrowDown');
  s = await until(page, (i) => window.replycheck.state().selected_finding !== i, first);
  await page.keyboard.press('Alt+ArrowUp');
  s = await until(page, (i) => window.replycheck.state().selected_finding === i, first);
  await page.keyboard.type('ghi');
  s = await endsWith(page, ' abcdefghi');
  // Alt pressed and released alone must not take the keyboard away either (ImGui's menu layer).
  await page.keyboard.press('Alt');
  await page.keyboard.type('jkl');
  s = await endsWith(page, ' abcdefghijkl');
  assert.ok(s.editor_active);
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

test('Alt+Enter applies the selected finding\'s first fix; the selected card is scrolled fully into view', async () => {
  const { page } = await openApp({ fresh: true });
  // A short window: the findings column cannot show every card at once.
  await page.setViewportSize({ width: 1200, height: 560 });
  await focusDraft(page);
  let s = await state(page);
  assert.ok(s.findings.length >= 4, `${s.findings.length} findings`);
  // Step to the last card listed: it starts below the fold.
  await page.keyboard.press('Alt+ArrowUp');
  s = await until(page, () => window.replycheck.state().selected_finding >= 0);
  await page.waitForFunction(() => {
    const st = window.replycheck.state();
    const shown = st.findings_shown.indexOf(st.selected_finding);
    const card = st.widgets['card_' + shown], column = st.widgets.findings_column;
    return card && card.y >= column.y && card.y + card.h <= column.y + column.h;
  }, null, { timeout: 5000 });
  s = await state(page);
  const { shown, card, column } = selectedCard(s);
  assert.equal(shown, s.findings.length - 1, 'Alt+Up from nothing selects the last card listed');
  assert.ok(card.y >= column.y && card.y + card.h <= column.y + column.h, JSON.stringify({ card, column }));

  // Now a finding with a fix: step until one is selected, then apply it with the key.
  for (let i = 0; i < s.findings.length && s.findings[s.selected_finding].suggestions === 0; i++) {
    const before = s.selected_finding;
    await page.keyboard.press('Alt+ArrowDown');
    s = await until(page, (b) => window.replycheck.state().selected_finding !== b, before);
  }
  const target = s.findings[s.selected_finding];
  assert.ok(target.suggestions > 0);
  const draft = s.draft, depth = s.undo_depth;
  await page.keyboard.press('Alt+Enter');
  s = await until(page, (d) => window.replycheck.state().draft !== d, draft);
  assert.equal(s.undo_depth, depth + 1, 'one undo step');
  assert.ok(!s.findings.some((f) => f.rule === target.rule && f.start === target.start && f.message === target.message),
    'that finding is gone');
  assert.ok(s.editor_active, 'the draft keeps the keyboard after the fix');
  await page.keyboard.type('Z');
  s = await until(page, () => window.replycheck.state().draft.includes('Z'));
  assert.equal(s.draft.replace('Z', '').length >= draft.length - 200, true);
  await page.close();
});

test('"Try in the editor" is one undo step that restores the draft and the whole context', async () => {
  const { page } = await openApp({ fresh: true });
  await typeInto(page, 'customer_post', 'Where is my refund? I sent the form a week ago.');
  await typeInto(page, 'customer_name', 'Jonas');
  await typeInto(page, 'customer_handle', '@jonas_b');
  await typeInto(page, 'draft_editor', 'Hi Jonas, the refund left today.');
  const mine = await state(page);
  const examples = await guidelineExamples(page);
  assert.ok(examples.length > 0, 'example buttons are listed');
  await clickWidget(page, examples[0]);
  let s = await until(page, (d) => window.replycheck.state().mode === 'reply' && window.replycheck.state().draft !== d, mine.draft);
  assert.equal(s.notice.includes('Ctrl+Z'), true, `the notice says how to get back: ${s.notice}`);
  await focusDraft(page);
  await page.keyboard.press('Control+Z');
  s = await until(page, (d) => window.replycheck.state().draft === d, mine.draft);
  for (const key of ['customer_post', 'customer_name', 'customer_handle', 'channel', 'visibility', 'agent_name', 'agent_initials'])
    assert.equal(s[key], mine[key], key);
  await page.close();
});

test('templates: an empty draft is replaced, otherwise the agent chooses between inserting at the caret and replacing', async () => {
  const { page } = await openApp({ fresh: true });
  const start = await state(page);
  await clickWidget(page, 'draft_editor');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Tail.');
  await endsWith(page, ' Tail.');
  await page.keyboard.press('Control+Home');
  await clickWidget(page, 'template_0');
  let s = await until(page, () => !!window.replycheck.state().widgets.template_insert_button);
  assert.equal(s.draft, start.draft + ' Tail.', 'nothing replaced before the agent chooses');
  assert.ok(s.template_prompt, 'the prompt is open');
  await clickWidget(page, 'template_cancel_button');
  s = await until(page, () => !window.replycheck.state().template_prompt);
  assert.equal(s.draft, start.draft + ' Tail.');

  // Insert at the caret: the template goes where the caret was (at the start), the draft stays.
  await clickWidget(page, 'template_0');
  await widget(page, 'template_insert_button');
  await clickWidget(page, 'template_insert_button');
  s = await until(page, (d) => window.replycheck.state().draft !== d, start.draft + ' Tail.');
  assert.ok(s.draft.endsWith(start.draft + ' Tail.'), 'the draft is kept after the inserted template: ' + s.draft);
  assert.ok(s.draft.length > start.draft.length + 10);
  await page.keyboard.press('Control+Z');
  s = await until(page, (d) => window.replycheck.state().draft === d, start.draft + ' Tail.');

  // An empty draft is simply replaced.
  await typeInto(page, 'draft_editor', '');
  await clickWidget(page, 'template_0');
  s = await until(page, () => window.replycheck.state().draft.length > 0);
  assert.ok(!s.template_prompt);
  await page.close();
});

test('undo covers context edits and the app\'s changes, and survives a reload', async () => {
  const { page } = await openApp({ fresh: true });
  const start = await state(page);
  await typeInto(page, 'customer_name', 'Priya');
  await page.waitForTimeout(1100);  // a pause: the next edit is its own undo step
  const examples = await guidelineExamples(page);
  await clickWidget(page, examples[0]);
  let s = await until(page, () => window.replycheck.state().mode === 'reply' && window.replycheck.state().customer_name !== 'Priya');
  const depth = s.undo_depth;
  assert.ok(depth >= 2, `undo depth ${depth}`);

  await page.reload();
  await started(page);
  s = await until(page, (d) => window.replycheck.state().undo_depth === d, depth);
  await focusDraft(page);
  await page.keyboard.press('Control+Z');
  s = await until(page, () => window.replycheck.state().customer_name === 'Priya');
  assert.equal(s.draft, start.draft, 'the example is undone after a reload');
  await page.keyboard.press('Control+Z');
  s = await until(page, (n) => window.replycheck.state().customer_name === n, start.customer_name);
  await page.keyboard.press('Control+Y');
  s = await until(page, () => window.replycheck.state().customer_name === 'Priya');
  await page.close();
});

test('two tabs: newer work saved in one tab is never overwritten silently by the other', async () => {
  const { page: first } = await openApp({ fresh: true });
  const { page: second } = await openApp();
  await pasteInto(second, 'draft_editor', 'Reply written in the second tab.');
  await until(second, () => window.replycheck.state().draft === 'Reply written in the second tab.');
  const saved = () => first.evaluate(() => JSON.parse(localStorage.getItem('replycheck.state')).draft);
  await first.waitForFunction(() => window.replycheck.state().other_tab, null, { timeout: 10000 });
  let s = await state(first);
  assert.ok(s.widgets.other_tab_load && s.widgets.other_tab_keep, 'the first tab says so and offers a choice');

  // Typing in the first tab must not overwrite the second tab's newer work.
  await focusDraft(first);
  await first.keyboard.press('Control+End');
  await first.keyboard.type(' first');
  await until(first, () => window.replycheck.state().draft.endsWith(' first'));
  await first.waitForTimeout(300);
  assert.equal(await saved(), 'Reply written in the second tab.');

  // Loading it keeps this tab's own version one Ctrl+Z away.
  const mine = (await state(first)).draft;
  await clickWidget(first, 'other_tab_load');
  s = await until(first, () => window.replycheck.state().draft === 'Reply written in the second tab.');
  assert.equal(s.other_tab, false);
  await focusDraft(first);
  await first.keyboard.press('Control+Z');
  s = await until(first, (d) => window.replycheck.state().draft === d, mine);

  // Undoing saved the first tab's version again: now the second tab is told, and keeps its own.
  await second.waitForFunction(() => window.replycheck.state().other_tab, null, { timeout: 10000 });
  await clickWidget(second, 'other_tab_keep');
  await second.waitForFunction(() => JSON.parse(localStorage.getItem('replycheck.state')).draft === 'Reply written in the second tab.',
    null, { timeout: 5000 });
  // ... which the first tab hears about in turn; "Keep this tab's" saves the first tab's, told.
  await first.waitForFunction(() => window.replycheck.state().other_tab, null, { timeout: 10000 });
  await clickWidget(first, 'other_tab_keep');
  await first.waitForFunction((d) => JSON.parse(localStorage.getItem('replycheck.state')).draft === d, mine, { timeout: 5000 });
  s = await state(first);
  assert.equal(s.other_tab, false);
  await first.close();
  await second.close();
});
