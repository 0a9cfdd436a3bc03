// The draft editor wraps words at its width (issue #5), driven with the real mouse and keyboard in
// Debian's Chromium. Screenshots land in tests/browser/artifacts/ (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { watch } from './browser.mjs';
import { startServedApp, stopServedApp, artifacts } from './app_page.mjs';

let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp({ clipboard: true }));
});
after(() => stopServedApp({ server, browser }));

async function openApp() {
  const page = await browser.context.newPage();
  const seen = watch(page);
  const started = () => page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'), null, { timeout: 20000 });
  await page.goto(url);
  await started();
  await page.evaluate(() => localStorage.clear());  // a first visit
  await page.reload();
  await started();
  await page.evaluate(() => window.replycheck.ready);
  await page.waitForFunction(() => window.replycheck.frames() > 2);
  return { page, seen };
}

const state = (page) => page.evaluate(() => window.replycheck.state());

async function until(page, predicate, arg) {
  await page.waitForFunction(predicate, arg, { timeout: 5000 });
  return state(page);
}

const untilDraft = (page, draft) => until(page, (d) => window.replycheck.state().draft === d, draft)
  .catch(async (e) => { throw new Error(`${e.message}\n wanted ${JSON.stringify(draft)}\n    got ${JSON.stringify((await state(page)).draft)}`); });

// The editor's rows are laid out after the frame that changed the text: wait for the row starts
// to describe the current draft before using them.
async function settled(page) {
  await page.waitForTimeout(100);
  return state(page);
}

// A point inside visual row `row` (0-based) of the editor, `dx` pixels into the text.
function rowPoint(s, row, dx = 2) {
  const r = s.widgets.draft_editor;
  const padding = 8;  // ImGui FramePadding.x in ui/theme.cpp; clicks stay well inside the row box
  return { x: r.x + padding + dx, y: r.y + 5 + s.editor_line_height * (row + 0.5) };
}

async function screenshot(page, name) {
  await page.waitForTimeout(150);
  await writeFile(join(artifacts, name + '.png'), await page.screenshot());
}

// Three sentences, a few rows at the editor's width (typing is slow under swiftshader: keep it short).
const REPLY = 'Hi Maria, I am so sorry your order arrived broken and nobody answered. ' +
  'Our warehouse sends a replacement today, tracked. ' +
  'Reply here if anything else goes wrong and I will fix it by Friday.';

test('a long reply typed with the keyboard wraps inside the editor; caret keys follow the rows', async () => {
  const { page, seen } = await openApp();
  const editor = (await state(page)).widgets.draft_editor;
  await page.mouse.click(editor.x + editor.w / 2, editor.y + 12);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await untilDraft(page, '');
  await page.keyboard.type(REPLY);
  let s = await untilDraft(page, REPLY);
  s = await settled(page);
  assert.equal(s.draft, REPLY, 'typed exactly');
  assert.equal(s.widgets.draft_editor.h, editor.h, 'the editor keeps its height');
  assert.equal(s.widgets.draft_editor.w, editor.w, 'and its width: nothing runs off to the right');
  assert.ok(s.editor_lines >= 3, `wrapped into ${s.editor_lines} rows`);
  assert.equal(s.editor_lines, s.editor_line_starts.length);
  // Rows start at word starts: after a space, never inside a word.
  for (const start of s.editor_line_starts.slice(1)) assert.equal(REPLY[start - 1], ' ', `row at ${start}`);
  assert.ok(s.editor_active);
  await screenshot(page, 'draft-01-wrapped');

  // Dragging from the start of the first row into the second selects across the wrap.
  let starts = s.editor_line_starts;
  const from = rowPoint(s, 0, 1), to = rowPoint(s, 1, 60);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2);
  await page.mouse.move(to.x, to.y);
  await page.mouse.up();
  await page.keyboard.press('Control+C');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('Hi Maria'), null, { timeout: 5000 });
  const dragged = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(REPLY.startsWith(dragged) && dragged.length > starts[1] && dragged.length < starts[2], dragged);
  await screenshot(page, 'draft-01b-drag-selection');

  // A click at the start of the second row puts the caret there.
  let p = rowPoint(s, 1, 1);
  await page.mouse.click(p.x, p.y);
  await page.keyboard.type('Really ');
  let expected = REPLY.slice(0, starts[1]) + 'Really ' + REPLY.slice(starts[1]);
  s = await untilDraft(page, expected);

  // Home and Shift+End take the second row's words (End stops before the space the wrap left
  // hanging); Backspace deletes them.
  s = await settled(page);
  starts = s.editor_line_starts;
  const text = s.draft;
  p = rowPoint(s, 1, 40);
  await page.mouse.click(p.x, p.y);
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Backspace');
  expected = text.slice(0, starts[1]) + text.slice(starts[2] - 1);
  s = await untilDraft(page, expected);

  // Down from the start of the text lands at the start of the second row.
  s = await settled(page);
  starts = s.editor_line_starts;
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('#');
  expected = s.draft.slice(0, starts[1]) + '#' + s.draft.slice(starts[1]);
  s = await untilDraft(page, expected);
  await page.keyboard.press('Backspace');
  s = await untilDraft(page, expected.replace('#', ''));

  // Ctrl+Left twice from the end: before "Friday".
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+ArrowLeft');
  await page.keyboard.press('Control+ArrowLeft');
  await page.keyboard.type('next ');
  expected = s.draft.replace('by Friday.', 'by next Friday.');
  s = await untilDraft(page, expected);

  // A double-click selects a word: typing replaces it.
  p = rowPoint(await settled(page), 0, 6);
  await page.mouse.dblclick(p.x, p.y);
  await page.keyboard.type('Hello');
  expected = s.draft.replace(/^Hi /, 'Hello ');
  s = await untilDraft(page, expected);

  // Shift+Down from the start selects the first row; cut it and paste it at the end.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+X');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('Hello Maria'), null, { timeout: 5000 });
  const cut = await page.evaluate(() => navigator.clipboard.readText());
  s = await untilDraft(page, expected.slice(cut.length));
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+V');
  s = await untilDraft(page, expected.slice(cut.length) + cut);

  // Tab leaves the editor (to the Copy reply button) and Shift+Tab comes back to it.
  await page.keyboard.press('Tab');
  await until(page, () => !window.replycheck.state().editor_active);
  await page.keyboard.press('Shift+Tab');
  await until(page, () => window.replycheck.state().editor_active);

  // Undo and redo are the app's (edits within a second of each other are one step).
  const last = s.draft;
  await page.waitForTimeout(1100);
  await page.keyboard.type('!');
  await untilDraft(page, last + '!');
  await page.keyboard.press('Control+Z');
  s = await untilDraft(page, last);
  assert.ok(s.redo_depth > 0);
  await page.keyboard.press('Control+Y');
  await untilDraft(page, last + '!');
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await page.close();
});

test('wrapped findings: underlines follow the rows, light and dark, 100% and 200% zoom', async () => {
  const { page } = await openApp();
  const editor = (await state(page)).widgets.draft_editor;
  await page.mouse.click(editor.x + editor.w / 2, editor.y + 12);
  await page.keyboard.press('Control+A');
  const long = 'We apologize for any inconvenience caused by the delay. Please send us your phone number and ' +
    'your full home address here so we can check the order. ' + 'We are looking into it right now. '.repeat(8) +
    'Thanks for your patience, café ✓ 😀 👍🏽 日本語のテキスト';
  await page.evaluate((t) => navigator.clipboard.writeText(t), long);
  await page.keyboard.press('Control+V');
  let s = await untilDraft(page, long);
  s = await settled(page);
  const wideRows = s.editor_lines;
  assert.ok(wideRows >= 4, `${wideRows} rows`);
  assert.equal(s.length.fits, false, 'over X\'s limit: the overflow is shaded');
  assert.ok(s.findings.some((f) => f.rule === 'privacy.ask_pii_public'));
  await screenshot(page, 'draft-02-findings-light');

  await page.mouse.click(s.widgets.theme_button.x + 5, s.widgets.theme_button.y + 5);
  await until(page, () => window.replycheck.state().dark);
  await page.mouse.click(s.widgets.finding_0.x + 20, s.widgets.finding_0.y + 8);
  s = await until(page, () => window.replycheck.state().selected_finding >= 0 && window.replycheck.state().editor_active);
  await screenshot(page, 'draft-03-findings-dark-selected');

  // 200% zoom: the narrow layout; text wraps at the new width, the atlas is rebuilt at 2x.
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 700, height: 500, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1400, null, { timeout: 5000 });
  await page.waitForTimeout(400);
  s = await state(page);
  assert.ok(s.widgets.draft_editor.w < 400, 'narrow layout');
  assert.ok(s.editor_lines > wideRows, `${s.editor_lines} rows at the narrow width, ${wideRows} at the wide one`);
  const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
  await writeFile(join(artifacts, 'draft-04-dark-200.png'), Buffer.from(shot.data, 'base64'));

  // Its text is now taller than the box: the wheel scrolls the editor, and a click at the top of
  // the box lands on a later row. The page draws nothing while idle afterwards.
  const r = s.widgets.draft_editor;
  assert.ok(s.editor_lines * s.editor_line_height > r.h, 'more rows than the box shows');
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  const shot2 = await cdp.send('Page.captureScreenshot', { format: 'png' });
  await writeFile(join(artifacts, 'draft-05-dark-200-scrolled.png'), Buffer.from(shot2.data, 'base64'));
  s = await settled(page);
  assert.deepEqual(s.widgets.draft_editor, r, 'the editor itself scrolled, not its column');
  const top = rowPoint(s, 0, 1);
  await page.mouse.click(top.x, top.y);
  await page.keyboard.type('#');
  s = await until(page, () => window.replycheck.state().draft.includes('#'));
  const at = s.draft.indexOf('#');
  assert.equal(s.draft.replace('#', ''), long);
  assert.ok(at > 0 && (await settled(page)).editor_line_starts.includes(at), `typed at ${at}, a row start`);
  await page.waitForTimeout(1200);
  const frames = await page.evaluate(() => window.replycheck.frames());
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.replycheck.frames()), frames, 'frames drawn while idle with the editor active');
  await page.close();
});
