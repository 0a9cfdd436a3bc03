// The smaller points of issue #14, each reproduced in Debian's Chromium: authoring problems that
// move the caret, "Use in the app" on an invalid pack, the header after a failed import, the
// system's dark mode on a first run, the 1024x700 and 1280 layouts, guidelines search by phrase,
// the report's chart labels and CSV time, Copy with errors, and state() before the app is ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openApp as openPage, state, widget, clickWidget, until, typeInto, started, screenshot, startServedApp, stopServedApp, artifacts } from './app_page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp({ clipboard: true }));
});
after(() => stopServedApp({ server, browser }));

const openApp = (options) => openPage(browser.context, url, options);

async function openTab(page, mode) {
  await clickWidget(page, 'tab_' + mode);
  return until(page, (m) => window.replycheck.state().mode === m, mode);
}

async function importPack(page, name, text) {
  const chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'import_pack_button');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('authoring: clicking a problem moves the caret to it and scrolls it into view', async () => {
  const { page } = await openApp({ fresh: true });
  await openTab(page, 'authoring');
  await clickWidget(page, 'author_load_button');
  let s = await until(page, () => window.replycheck.state().authoring.length > 1000);
  // Break the pack near its end, far below the first screen.
  await clickWidget(page, 'author_editor');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(', "oops": 1');
  await page.keyboard.press('Control+Home');
  await clickWidget(page, 'author_validate_button');
  s = await until(page, () => window.replycheck.state().authoring.checked && !window.replycheck.state().authoring.valid);
  const issue = s.authoring.issues.findIndex((i) => /^\d+:\d+ /.test(i));
  const [line, column] = s.authoring.issues[issue].split(' ')[0].split(':').map(Number);
  assert.ok(line > 100, `the problem is on line ${line}`);
  await clickWidget(page, 'author_issue_' + issue);
  s = await until(page, (l) => window.replycheck.state().authoring.caret_line === l, line);
  assert.equal(s.authoring.caret_column, column);
  assert.ok(s.authoring.first_visible_line <= line && line <= s.authoring.last_visible_line,
    `line ${line} in view: ${s.authoring.first_visible_line}-${s.authoring.last_visible_line}`);
  await page.close();
});

test('authoring: "Use in the app" on an invalid pack says it was not loaded', async () => {
  const { page } = await openApp({ fresh: true });
  await openTab(page, 'authoring');
  await clickWidget(page, 'author_editor');
  await page.keyboard.type('{"id": "half-a-pack", "voice": {"emoji": 7}}');
  await clickWidget(page, 'author_use_button');
  const s = await until(page, () => window.replycheck.state().authoring.results.length > 0);
  assert.match(s.authoring.results.join(' '), /not loaded/i);
  assert.equal(s.pack, 'social-care');
  await page.close();
});

test('after a failed import the header no longer says the old pack loaded', async () => {
  const { page } = await openApp({ fresh: true });
  await importPack(page, 'skyway-airlines.json', await readFile(join(root, 'templates', 'skyway-airlines.json'), 'utf8'));
  let s = await until(page, () => window.replycheck.state().pack === 'skyway-airlines');
  assert.match(s.notice, /Loaded pack/);
  await importPack(page, 'broken.json', '{\n  "id": "broken",\n  "severty": 3\n}\n');
  s = await until(page, () => window.replycheck.state().pack_errors.length > 0);
  assert.doesNotMatch(s.notice, /Loaded pack/);
  assert.match(s.notice, /broken\.json/);
  await page.close();
});

test('a first run follows the system\'s dark-mode preference', async () => {
  for (const [scheme, dark] of [['dark', true], ['light', false]]) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await started(page);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await started(page);
    assert.equal((await state(page)).dark, dark, scheme);
    await page.close();
  }
});

function inside(inner, outer) {
  return inner.x >= outer.x - 0.5 && inner.x + inner.w <= outer.x + outer.w + 0.5;
}

test('1024x700: the header hint stays clear of the theme button, template names are whole; 1280: "fits this post"', async () => {
  const { page } = await openApp({ fresh: true });
  await page.setViewportSize({ width: 1024, height: 700 });
  let s = await until(page, () => window.replycheck.state().widgets.draft_editor.x > 0 && window.innerWidth === 1024);
  await page.waitForTimeout(200);
  s = await state(page);
  const help = s.widgets.header_help, theme = s.widgets.theme_button;
  assert.ok(help.x + help.w <= theme.x, `the hint ${JSON.stringify(help)} runs under the button ${JSON.stringify(theme)}`);
  const column = s.widgets.templates_column;
  const titles = Object.keys(s.widgets).filter((w) => w.startsWith('template_title_'));
  assert.ok(titles.length >= 3);
  for (const name of titles) assert.ok(inside(s.widgets[name], column), `${name} ${JSON.stringify(s.widgets[name])} in ${JSON.stringify(column)}`);
  await screenshot(page, artifacts, 'small-1024x700');

  await page.setViewportSize({ width: 1280, height: 800 });
  await until(page, () => window.innerWidth === 1280);
  await page.waitForTimeout(200);
  s = await state(page);
  const fits = Object.keys(s.widgets).filter((w) => w.startsWith('template_fits_'));
  assert.ok(fits.length > 0, 'some template fits this post');
  for (const name of fits) assert.ok(inside(s.widgets[name], s.widgets.templates_column), `${name} is cut`);
  await screenshot(page, artifacts, 'small-1280');
  await page.close();
});

test('guidelines search finds a rule by the phrase it flags', async () => {
  const { page } = await openApp({ fresh: true });
  await openTab(page, 'guidelines');
  await typeInto(page, 'guideline_search', 'sorry for any inconvenience');
  const s = await until(page, () => !window.replycheck.state().widgets['rule_channel.too_long']);
  assert.ok(s.widgets['rule_brand.banned_phrase'], Object.keys(s.widgets).filter((w) => w.startsWith('rule_')).join());
  await page.close();
});

test('report: chart bars are labelled by rule title; the CSV time is ISO 8601', async () => {
  const { page } = await openApp({ fresh: true });
  await openTab(page, 'practice');
  await typeInto(page, 'practice_reply', 'Sorry for any inconvenience. Send us your phone number here.');
  await clickWidget(page, 'practice_submit');
  await until(page, () => window.replycheck.state().practice.grade !== null);
  await openTab(page, 'report');
  let s = await until(page, () => window.replycheck.state().report_bars.length > 0);
  const pack = JSON.parse(await readFile(join(root, 'templates', 'social-care.json'), 'utf8'));
  const titles = Object.values(pack.rules).map((r) => r.title);
  for (const label of s.report_bars) {
    assert.ok(titles.includes(label), `bar label "${label}" is a rule title`);
    assert.ok(!/^[a-z]+\.[a-z_]+$/.test(label), `"${label}" is an id`);
  }
  const pending = page.waitForEvent('download');
  await clickWidget(page, 'export_session_csv');
  const text = await readFile(await (await pending).path(), 'utf8');
  const [header, row] = text.trim().split(/\r\n/);
  const columns = header.split(',');
  const time = columns.indexOf('time');
  assert.ok(time >= 0, header);
  assert.match(row.split(',')[time], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
  await page.close();
});

test('Copy with errors says how many errors the reply still has', async () => {
  const { page } = await openApp({ fresh: true });
  let s = await state(page);
  const errors = s.findings.filter((f) => f.severity === 'error').length;
  assert.ok(errors >= 1);
  await clickWidget(page, 'copy_button');
  s = await until(page, () => window.replycheck.state().notice !== '');
  assert.match(s.notice, new RegExp(`still has ${errors} error${errors === 1 ? '' : 's'}`));
  await page.close();
});

test('state() before the app is ready returns null', async () => {
  const page = await browser.context.newPage();
  // window.replycheck is set as index.js starts, long before the wasm runs: ask it at once.
  await page.addInitScript(() => {
    let api;
    Object.defineProperty(window, 'replycheck', {
      configurable: true,
      get() { return api; },
      set(value) {
        api = value;
        try { window.earlyState = { value: value.state() }; } catch (e) { window.earlyState = { error: String(e) }; }
      },
    });
  });
  await page.goto(url);
  await started(page);
  assert.deepEqual(await page.evaluate(() => window.earlyState), { value: null });
  assert.equal(typeof (await state(page)).draft, 'string', 'and the state once it is ready');
  await page.close();
});
