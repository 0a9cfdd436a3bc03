// Browser smoke test (issue #2): the served build and the single-file build in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { launch, watch, isLocal } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
let server, url, browser;

before(async () => {
  ({ server, url } = await serve({ dir: dist }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openApp(target) {
  const page = await browser.context.newPage();
  const seen = watch(page);
  await page.goto(target);
  await page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'), null, { timeout: 20000 });
  await page.evaluate(() => window.replycheck.ready);
  return { page, seen };
}

const state = (page) => page.evaluate(() => window.replycheck.state());

async function clickWidget(page, name) {
  await page.waitForFunction((n) => window.replycheck.state().widgets[n], name);
  const r = (await state(page)).widgets[name];
  await page.mouse.click(r.x + r.w / 2, r.y + Math.min(r.h / 2, 20));
}

// Empties the draft editor (the first run starts with an example reply) and leaves it focused.
async function clearDraft(page) {
  await clickWidget(page, 'draft_editor');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await waitForDraft(page, '');
}

async function waitForDraft(page, expected) {
  await page.waitForFunction((e) => window.replycheck.state().draft === e, expected, { timeout: 5000 })
    .catch(() => {});
  assert.equal((await state(page)).draft, expected);
}

// Counts distinct colours in a screenshot, decoded by the page itself.
async function distinctColours(page) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    const colours = new Set();
    for (let i = 0; i < px.length; i += 16) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    return colours.size;
  }, png);
}

test('served build: loads cleanly, draws, takes typed and pasted text, stays local', async () => {
  const { page, seen } = await openApp(url);
  await page.waitForFunction(() => window.replycheck.frames() > 2);
  assert.deepEqual(seen.consoleErrors, [], 'console errors');
  assert.deepEqual(seen.pageErrors, [], 'page errors');
  assert.ok(await distinctColours(page) > 8, 'the canvas shows more than a blank fill');

  await clearDraft(page);
  await page.keyboard.type('café ñ 😀');
  await waitForDraft(page, 'café ñ 😀');
  const s = await state(page);
  assert.equal(s.length.count, 9, 'X counts the emoji as two');
  assert.ok(s.findings.length > 0, 'the core checked the draft');

  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await page.evaluate(() => navigator.clipboard.writeText(' Straße\nZweite Zeile'));
  await page.keyboard.press('Control+V');
  await waitForDraft(page, 'café ñ 😀 Straße\nZweite Zeile');

  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('café'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'café ñ 😀 Straße\nZweite Zeile');

  assert.deepEqual(seen.requests.filter((r) => !isLocal(r)), [], 'requests that left 127.0.0.1');
  assert.deepEqual(seen.consoleErrors, []);
  await page.close();
});

test('served build: IME composition text arrives whole', async () => {
  const { page } = await openApp(url);
  await clearDraft(page);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'にほんご', selectionStart: 4, selectionEnd: 4 });
  await cdp.send('Input.insertText', { text: '日本語' });
  await waitForDraft(page, '日本語');
  await page.close();
});

test('served build: follows the window size and pixel ratio, and draws nothing while idle', async () => {
  const { page } = await openApp(url);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 900, height: 600, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1800, null, { timeout: 5000 });
  const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
  assert.deepEqual(size, [1800, 1200]);

  await page.waitForTimeout(1200);  // let the post-event frames settle
  const before = await page.evaluate(() => window.replycheck.frames());
  await page.waitForTimeout(1500);
  const after = await page.evaluate(() => window.replycheck.frames());
  assert.equal(after, before, 'frames drawn while idle');

  await page.mouse.move(100, 100);
  await page.mouse.move(140, 120);
  await page.waitForFunction((b) => window.replycheck.frames() > b, after);
  await page.close();
});

test('single-file build works from a file:// URL', async () => {
  const target = pathToFileURL(join(dist, 'replycheck-offline.html')).href;
  const { page, seen } = await openApp(target);
  await clearDraft(page);
  await page.keyboard.type('offline ✓ 👍🏽');
  await waitForDraft(page, 'offline ✓ 👍🏽');
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.requests.filter((r) => !isLocal(r)), []);
  await page.close();
});
