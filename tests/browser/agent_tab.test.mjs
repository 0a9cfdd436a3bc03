// The agent's tab (issue #5), driven with real mouse and keyboard input in Debian's Chromium.
// Screenshots of the main states land in tests/browser/artifacts/ (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { isLocal } from './browser.mjs';
import { openApp as openPage, state, widget, clickWidget, until, typeInto, screenshot as saveScreenshot, startServedApp, stopServedApp, artifacts } from './app_page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp({ clipboard: true }));
});
after(() => stopServedApp({ server, browser }));

const openApp = (options) => openPage(browser.context, url, options);
const screenshot = (page, name) => saveScreenshot(page, artifacts, name);

const POST = 'My order arrived broken and nobody answers my emails. This is the third time, I am so angry!!';
const DRAFT = 'We are sorry for any inconvenience caused. Please send us your phone number here.';

test('first run: example post and draft with findings and a help line', async () => {
  const { page, seen } = await openApp({ fresh: true });
  const s = await state(page);
  assert.ok(s.customer_post.length > 0, 'an example customer post');
  assert.ok(s.draft.length > 0, 'an example draft');
  assert.equal(s.pack, 'social-care');
  assert.equal(s.mood, 'upset');
  assert.ok(s.findings.length >= 3, 'the example shows findings at once');
  assert.equal(s.ready, false);
  for (const name of ['draft_editor', 'customer_post', 'copy_button', 'suggestion_0']) assert.ok(s.widgets[name], name);
  await screenshot(page, '01-first-run');
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await page.close();
});

test('typed post and draft give findings; a suggestion edits the draft; Ctrl+Z and Ctrl+Y', async () => {
  const { page, seen } = await openApp({ fresh: true });
  await typeInto(page, 'customer_post', POST);
  await until(page, (p) => window.replycheck.state().customer_post === p, POST);
  await typeInto(page, 'customer_name', 'Jonas');
  await typeInto(page, 'draft_editor', DRAFT);
  let s = await until(page, (d) => window.replycheck.state().draft === d, DRAFT);
  assert.equal(s.mood, 'upset');
  const rules = s.findings.map((f) => f.rule);
  assert.ok(rules.includes('privacy.ask_pii_public'), rules.join());
  assert.ok(rules.includes('brand.banned_phrase'), rules.join());
  assert.ok(rules.includes('personal.no_name'), rules.join());
  const pii = s.findings.find((f) => f.rule === 'privacy.ask_pii_public');
  assert.equal(pii.severity, 'error');
  assert.equal(s.draft.slice(pii.start, pii.end), 'phone number', 'UTF-16 offsets slice the draft');
  assert.equal(s.ready, false);
  assert.deepEqual(s.length, { count: DRAFT.length, limit: 280, fits: true });
  await screenshot(page, '02-findings');

  // The first suggestion of the first finding listed (the error).
  await clickWidget(page, 'suggestion_0');
  s = await until(page, (d) => window.replycheck.state().draft !== d, DRAFT);
  assert.ok(!s.findings.some((f) => f.rule === 'privacy.ask_pii_public'), 'the fix removed the error');
  const fixed = s.draft;
  await screenshot(page, '03-after-suggestion');

  await page.keyboard.press('Control+Z');
  s = await until(page, (d) => window.replycheck.state().draft === d, DRAFT);
  await page.keyboard.press('Control+Y');
  s = await until(page, (d) => window.replycheck.state().draft === d, fixed);

  assert.ok(s.last_check_ms < 16, `one check took ${s.last_check_ms} ms`);
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

test('clicking a finding selects its span; Alt+Down steps to the next', async () => {
  const { page } = await openApp({ fresh: true });
  await clickWidget(page, 'finding_0');
  let s = await until(page, () => window.replycheck.state().selected_finding >= 0 && window.replycheck.state().editor_active);
  const first = s.selected_finding;
  // The editor has the span selected: typing replaces it.
  const f = s.findings[first];
  await page.keyboard.type('X');
  s = await until(page, (d) => window.replycheck.state().draft !== d, s.draft);
  if (f.end > f.start) assert.ok(s.draft.includes('X'), 'typed text replaced the selection');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Alt+ArrowDown');
  s = await until(page, () => window.replycheck.state().selected_finding >= 0);
  assert.equal(s.selected_finding, first, 'the first finding listed (the worst)');
  await page.keyboard.press('Alt+ArrowDown');
  s = await until(page, (i) => window.replycheck.state().selected_finding !== i, first);
  assert.ok(s.selected_finding >= 0);
  assert.equal(s.findings[s.selected_finding].severity, 'warning', 'the next one down the list');
  await screenshot(page, '04-selected-finding');
  await page.close();
});

test('apply all safe fixes, templates fill names, length counter over the limit', async () => {
  const { page } = await openApp({ fresh: true });
  await typeInto(page, 'customer_name', 'Maria');
  await typeInto(page, 'draft_editor', 'hi, thanks for reaching out about the delay.');
  let s = await until(page, () => window.replycheck.state().widgets.apply_safe_fixes);
  const before = s.draft;
  await clickWidget(page, 'apply_safe_fixes');
  s = await until(page, (d) => window.replycheck.state().draft !== d, before);
  assert.ok(s.draft.includes('Maria'), s.draft);
  assert.equal(s.undo_depth > 0, true);

  // The draft is not empty: the app asks before replacing it (agent_words.test.mjs tests the rest).
  await clickWidget(page, 'template_0');
  await widget(page, 'template_replace_button');
  await clickWidget(page, 'template_replace_button');
  s = await until(page, (d) => window.replycheck.state().draft !== d, s.draft);
  assert.ok(s.draft.includes('Maria') && !s.draft.includes('{name}'), s.draft);
  await screenshot(page, '05-template');

  await page.evaluate(() => navigator.clipboard.writeText('Sorry Maria! ' + 'We are looking into it right now. '.repeat(9)));
  await typeInto(page, 'draft_editor', '');
  await page.keyboard.press('Control+V');
  s = await until(page, () => window.replycheck.state().length.count > 280);
  assert.equal(s.length.fits, false);
  assert.ok(s.findings.some((f) => f.rule === 'channel.too_long'));
  await screenshot(page, '06-too-long');
  await page.close();
});

test('copy button and Ctrl+Enter put the reply on the clipboard; paste works in the post box', async () => {
  const { page } = await openApp({ fresh: true });
  const draft = (await state(page)).draft;
  await clickWidget(page, 'copy_button');
  await page.waitForFunction(async (d) => (await navigator.clipboard.readText()) === d, draft, { timeout: 5000 });

  await page.evaluate(() => navigator.clipboard.writeText('Pasted post — café 😀 日本'));
  await typeInto(page, 'customer_post', '');
  await page.keyboard.press('Control+V');
  await until(page, () => window.replycheck.state().customer_post === 'Pasted post — café 😀 日本');

  await typeInto(page, 'draft_editor', 'Thanks Maria ✓');
  await until(page, () => window.replycheck.state().draft === 'Thanks Maria ✓');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'Thanks Maria ✓', null, { timeout: 5000 });
  await page.close();
});

test('the draft and context survive a reload', async () => {
  const { page } = await openApp({ fresh: true });
  await typeInto(page, 'customer_handle', '@reload_me');
  await typeInto(page, 'draft_editor', 'Hello there, café ✓ 😀 日本語');
  await until(page, () => window.replycheck.state().draft === 'Hello there, café ✓ 😀 日本語');
  await page.reload();
  await page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'), null, { timeout: 20000 });
  const s = await until(page, () => window.replycheck.state().draft.length > 0);
  assert.equal(s.draft, 'Hello there, café ✓ 😀 日本語');
  assert.equal(s.customer_handle, '@reload_me');
  await screenshot(page, '07-restored');
  await page.close();
});

test('a bad pack shows its errors and the old pack stays; a good one loads and is kept', async () => {
  const { page, seen } = await openApp({ fresh: true });
  const bad = '{\n  "schema_version": 1,\n  "id": "broken",\n  "severty": 3\n}\n';
  let chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'import_pack_button');
  await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  let s = await until(page, () => window.replycheck.state().pack_errors.length > 0);
  assert.equal(s.pack, 'social-care');
  assert.match(s.pack_errors[0], /^\d+:\d+ \$/, 'line:column and JSON path');
  await screenshot(page, '08-bad-pack');

  const good = await import('node:fs/promises').then((fs) => fs.readFile(join(root, 'templates', 'skyway-airlines.json')));
  chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'import_pack_button');
  await (await chooser).setFiles({ name: 'skyway-airlines.json', mimeType: 'application/json', buffer: good });
  s = await until(page, () => window.replycheck.state().pack !== 'social-care');
  assert.deepEqual(s.pack_errors, []);
  const id = s.pack;
  await page.reload();
  await page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'), null, { timeout: 20000 });
  s = await state(page);
  assert.equal(s.pack, id, 'the imported pack is restored and still active');
  assert.ok(s.packs.includes('social-care') && s.packs.includes(id));

  assert.deepEqual(seen.requests.filter((r) => !isLocal(r)), [], 'requests that left 127.0.0.1');
  await page.close();
});

test('replycheck.check: string in, string out; object in, object out', async () => {
  const { page } = await openApp();
  const out = await page.evaluate(() => {
    const request = { draft: 'We apologize for any inconvenience.', channel: 'x', customer_name: 'Ana' };
    return [window.replycheck.check(JSON.stringify(request)), window.replycheck.check(request)];
  });
  assert.equal(typeof out[0], 'string');
  assert.deepEqual(JSON.parse(out[0]), out[1]);
  assert.ok(out[1].findings.length > 0);
  await page.close();
});

test('dark theme at 200% zoom', async () => {
  const { page } = await openApp({ fresh: true });
  await clickWidget(page, 'theme_button');
  await until(page, () => window.replycheck.state().dark);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 700, height: 450, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1400, null, { timeout: 5000 });
  await page.waitForTimeout(300);
  // Playwright's own screenshot would reset the emulated metrics; ask the browser directly.
  const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
  await writeFile(join(artifacts, '09-dark-200.png'), Buffer.from(shot.data, 'base64'));
  assert.ok((await state(page)).widgets.draft_editor.w < 700, 'the narrow layout');
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1200, height: 800, deviceScaleFactor: 1, mobile: false });
  await page.waitForTimeout(300);
  await screenshot(page, '10-dark');
  await page.close();
});
