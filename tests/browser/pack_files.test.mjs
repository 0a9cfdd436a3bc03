// Pack files in the browser (issue #5): a .json pack dropped on the canvas is imported, a broken
// one reports where it is broken and changes nothing, and Export downloads the active pack.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openApp, state, startServedApp, stopServedApp } from './app_page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp());
});
after(() => stopServedApp({ server, browser }));

const started = (page) =>
  page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'), null, { timeout: 20000 });

const openFresh = () => openApp(browser.context, url, { fresh: true });


// Drops a file on the canvas the way Chromium delivers an OS drag: dragenter, dragover, drop,
// with the file in the event's DataTransfer, at a point on the canvas.
async function dropFile(page, name, text) {
  await page.evaluate(([fileName, content]) => {
    const canvas = document.getElementById('canvas');
    const data = new DataTransfer();
    data.items.add(new File([content], fileName, { type: 'application/json' }));
    const at = { clientX: canvas.clientWidth / 2, clientY: canvas.clientHeight / 2 };
    for (const type of ['dragenter', 'dragover', 'drop']) {
      canvas.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data, ...at }));
    }
  }, [name, text]);
}

async function clickWidget(page, name) {
  await page.waitForFunction((n) => window.replycheck.state().widgets[n], name, { timeout: 5000 });
  const r = (await state(page)).widgets[name];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
}

async function exportActivePack(page) {
  const download = page.waitForEvent('download', { timeout: 5000 });
  await clickWidget(page, 'export_pack_button');
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

// Valid JSON that breaks the schema two levels down: a template title must be a string.
const BROKEN = `{
  "schema_version": 1,
  "id": "broken-pack",
  "name": "Broken",
  "templates": [
    { "id": "t1", "intent": "delay", "title": 42, "text": "Hi {name}" }
  ]
}
`;

test('a dropped pack becomes active; a dropped broken pack reports line:column and path and changes nothing', async () => {
  const { page, seen } = await openFresh();
  assert.equal((await state(page)).pack, 'social-care');
  const skyway = await readFile(join(root, 'templates', 'skyway-airlines.json'), 'utf8');

  await dropFile(page, 'skyway-airlines.json', skyway);
  await page.waitForFunction(() => window.replycheck.state().pack === 'skyway-airlines', null, { timeout: 5000 });
  let s = await state(page);
  assert.ok(s.packs.includes('skyway-airlines') && s.packs.includes('social-care'), s.packs.join());
  assert.deepEqual(s.pack_errors, []);
  // The pack's voice is in force: SkyWay is formal and prefers contractions.
  const voice = await page.evaluate(() => window.replycheck.check(
    { draft: 'Hey Ravi, thx for waiting. We are on it now. ^JD', channel: 'x', customer_name: 'Ravi', agent_initials: 'JD' }));
  const rules = voice.findings.map((f) => f.rule);
  assert.deepEqual(rules.filter((r) => r === 'brand.formality').length, 2, rules.join());
  assert.ok(rules.includes('brand.contractions'), rules.join());

  await dropFile(page, 'broken.json', BROKEN);
  await page.waitForFunction(() => window.replycheck.state().pack_errors.length > 0, null, { timeout: 5000 });
  s = await state(page);
  assert.equal(s.pack, 'skyway-airlines', 'the previous pack stays active');
  assert.ok(!s.packs.includes('broken-pack'), s.packs.join());
  assert.ok(s.pack_errors.some((e) => /^6:\d+ \$\.templates\[0\]\.title\b/.test(e)), s.pack_errors.join('\n'));

  // Not JSON at all: the parser's position, at the root path.
  await dropFile(page, 'truncated.json', '{\n  "id": "x",\n');
  await page.waitForFunction((before) => JSON.stringify(window.replycheck.state().pack_errors) !== before,
    JSON.stringify(s.pack_errors), { timeout: 5000 });
  s = await state(page);
  assert.match(s.pack_errors[0], /^\d+:\d+ \$/);
  assert.equal(s.pack, 'skyway-airlines');

  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

test('Export downloads the active pack as its JSON', async () => {
  const { page } = await openFresh();
  let out = await exportActivePack(page);
  assert.equal(out.name, 'social-care.json');
  assert.equal(JSON.parse(out.text).id, 'social-care');

  const skyway = await readFile(join(root, 'templates', 'skyway-airlines.json'), 'utf8');
  await dropFile(page, 'skyway-airlines.json', skyway);
  await page.waitForFunction(() => window.replycheck.state().pack === 'skyway-airlines', null, { timeout: 5000 });
  out = await exportActivePack(page);
  assert.equal(out.name, 'skyway-airlines.json');
  assert.equal(JSON.parse(out.text).id, 'skyway-airlines');
  assert.equal(out.text, skyway, 'the imported file, byte for byte');
  await page.close();
});
