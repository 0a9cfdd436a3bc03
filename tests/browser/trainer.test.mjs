// Trainer mode (issue #6) in Debian's Chromium, through real clicks and typing: one practice
// round end to end, the report with its exports and the review of an export, the guidelines
// explorer and authoring. Screenshots land in tests/browser/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { isLocal } from './browser.mjs';
import { openApp, state, widget, clickWidget, until, typeInto, screenshot, startServedApp, stopServedApp, artifacts } from './app_page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtinSet = JSON.parse(await readFile(join(root, 'templates', 'scenarios', 'social-care-basics.json'), 'utf8'));
let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp());
});
after(() => stopServedApp({ server, browser }));

async function openTab(page, mode) {
  await clickWidget(page, 'tab_' + mode);
  return until(page, (m) => window.replycheck.state().mode === m, mode);
}

async function download(page, widgetName) {
  const pending = page.waitForEvent('download');
  await clickWidget(page, widgetName);
  const file = await pending;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('one practice round: a weak reply, a retry with the model answer, the report and its exports', async () => {
  const { page, seen } = await openApp(browser.context, url, { fresh: true });
  let s = await openTab(page, 'practice');
  const scenario = builtinSet.scenarios.find((x) => x.id === s.practice.scenario);
  assert.ok(scenario, 'the first scenario of the built-in set is shown');
  await typeInto(page, 'trainee_name', 'Alex Trainee');

  // A reply that is polite but covers almost nothing.
  await typeInto(page, 'practice_reply', 'Thanks for getting in touch, we will look into it.');
  await clickWidget(page, 'practice_submit');
  s = await until(page, () => window.replycheck.state().practice.grade !== null);
  const weak = s.practice.grade;
  assert.equal(weak.passed, false);
  assert.equal(weak.key_points.length, scenario.key_points.length);
  assert.ok(weak.covered < scenario.key_points.length, 'some key points are missed');
  assert.equal(s.practice.attempts, 1);
  await widget(page, 'model_answer');  // shown beside the reply after a submit
  await screenshot(page, artifacts, 'trainer-practice-weak');

  // Retry with the scenario's model answer: it must pass with every key point covered.
  await clickWidget(page, 'practice_retry');
  s = await until(page, () => window.replycheck.state().practice.grade === null);
  await typeInto(page, 'practice_reply', scenario.model_answers[0]);
  await until(page, (t) => window.replycheck.state().practice.reply === t, scenario.model_answers[0])
    .catch(async (e) => { console.log('reply:', JSON.stringify((await state(page)).practice.reply)); throw e; });
  await page.keyboard.press('Control+Enter');
  s = await until(page, () => window.replycheck.state().practice.grade !== null);
  const strong = s.practice.grade;
  assert.equal(strong.passed, true, 'the model answer passes: ' + JSON.stringify(strong));
  assert.equal(strong.ready, true);
  assert.ok(strong.key_points.every((k) => k.covered));
  assert.ok(strong.grade > weak.grade, `retry grade ${strong.grade} beats ${weak.grade}`);
  assert.equal(s.practice.attempts, 2);
  await screenshot(page, artifacts, 'trainer-practice-passed');

  // The report: both attempts, the charts, and exports that parse.
  s = await openTab(page, 'report');
  await widget(page, 'grades_chart');
  await widget(page, 'report_table');
  const json = await download(page, 'export_session_json');
  assert.match(json.name, /^replycheck-practice-alex-trainee\.json$/);
  const exported = JSON.parse(json.text);
  assert.equal(exported.format, 'replycheck-practice-session');
  assert.equal(exported.trainee, 'Alex Trainee');
  assert.deepEqual(exported.attempts.map((a) => [a.scenario_id, a.attempt, a.passed]),
    [[scenario.id, 1, false], [scenario.id, 2, true]]);
  const csv = await download(page, 'export_session_csv');
  assert.match(csv.name, /\.csv$/);
  const rows = csv.text.trim().split(/\r?\n/);
  assert.ok(rows[0].startsWith('trainee,'), 'a header row');
  assert.ok(rows.length >= 3, 'a row per attempt');
  await screenshot(page, artifacts, 'trainer-report');

  // A trainer reviews the export: it replaces the view until "Back to my session".
  exported.trainee = 'Robin Reviewed';
  const chooser = page.waitForEvent('filechooser');
  await clickWidget(page, 'import_session_button');
  await (await chooser).setFiles({ name: 'robin.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  s = await until(page, () => window.replycheck.state().practice.reviewing === 'robin.json');
  assert.equal(s.practice.review_attempts, 2);
  await clickWidget(page, 'report_back_button');
  s = await until(page, () => window.replycheck.state().practice.reviewing === null);

  // Nothing is lost on a reload: the attempts, the tab and the trainee come back. Saves to
  // IndexedDB are asynchronous: the reload waits until the session with both attempts is stored.
  // (Reloading at once after "Back to my session" under CI=true brought back 1 attempt: still to
  // be explained, see the session note.)
  await page.waitForFunction(() => new Promise((resolve) => {
    const open = indexedDB.open('replycheck');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const get = open.result.transaction('saved').objectStore('saved').get('replycheck.trainer');
      get.onsuccess = () => { open.result.close(); resolve(typeof get.result === 'string' && JSON.parse(get.result).session.attempts.length === 2); };
      get.onerror = () => { open.result.close(); resolve(false); };
    };
  }), null, { timeout: 15000, polling: 250 });
  await page.reload();
  await page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'), null, { timeout: 20000 });
  await page.evaluate(() => window.replycheck.ready);
  s = await until(page, () => window.replycheck.state().mode === 'report');
  assert.equal(s.practice.attempts, 2, `both attempts come back; notice ${JSON.stringify(s.notice)}, warnings ${JSON.stringify(seen.consoleWarnings)}`);
  assert.equal(s.practice.trainee, 'Alex Trainee');

  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.requests.filter((r) => !isLocal(r)), []);
  await page.close();
});

test('guidelines explorer: every rule with its reason, searchable', async () => {
  const { page } = await openApp(browser.context, url, { fresh: true });
  let s = await openTab(page, 'guidelines');
  const rules = Object.keys(s.widgets).filter((w) => w.startsWith('rule_'));
  assert.ok(rules.length >= 20, `${rules.length} rules listed`);
  await typeInto(page, 'guideline_search', 'apolog');
  // channel.too_long stays: one of its examples is "the same apology six times".
  s = await until(page, () => !window.replycheck.state().widgets['rule_brand.emoji']);
  const shown = Object.keys(s.widgets).filter((w) => w.startsWith('rule_'));
  assert.ok(shown.includes('rule_tone.over_apology'), 'the search finds the apology rule');
  assert.ok(shown.length < rules.length, 'and hides rules that do not match');
  await screenshot(page, artifacts, 'trainer-guidelines');
  await page.close();
});

test('authoring: load the active pack, validate, run its examples, then see a broken edit located', async () => {
  const { page } = await openApp(browser.context, url, { fresh: true });
  let s = await openTab(page, 'authoring');
  await clickWidget(page, 'author_load_button');
  s = await until(page, () => window.replycheck.state().authoring.length > 1000);
  await clickWidget(page, 'author_examples_button');
  s = await until(page, () => window.replycheck.state().authoring.examples_ran);
  assert.equal(s.authoring.valid, true);
  assert.equal(s.authoring.examples_passed, true, s.authoring.results.join('\n'));

  // Break it: a stray key at the very end.
  await clickWidget(page, 'author_editor');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(', "oops": 1');
  await clickWidget(page, 'author_validate_button');
  s = await until(page, () => window.replycheck.state().authoring.checked && !window.replycheck.state().authoring.valid);
  assert.ok(s.authoring.issues.some((i) => /^\d+:\d+ \$/.test(i)), s.authoring.issues.join('\n'));
  await screenshot(page, artifacts, 'trainer-authoring');
  await page.close();
});
