// Driving the app page in tests: open it, read window.replycheck.state(), and click and type on
// widgets by the rectangles the app publishes in state().widgets.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launch, watch } from './browser.mjs';

// Waits for a loaded (or reloaded) page to run the app.
export async function started(page) {
  await page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'), null, { timeout: 20000 });
  await page.evaluate(() => window.replycheck.ready);
  await page.waitForFunction(() => window.replycheck.frames() > 2);
}

export async function openApp(context, url, options = {}) {
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(url);
  await started(page);
  if (options.fresh) {
    // A first visit: nothing saved for this origin, in localStorage or IndexedDB (practice
    // sessions, packs, the undo history). Open tabs close the database when asked to (glue.js).
    await page.evaluate(async () => {
      localStorage.clear();
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase('replycheck');
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
    });
    await page.reload();
    await started(page);
  }
  return { page, seen };
}

export const state = (page) => page.evaluate(() => window.replycheck.state());

export async function widget(page, name) {
  await page.waitForFunction((n) => window.replycheck.state().widgets[n], name, { timeout: 5000 });
  return (await state(page)).widgets[name];
}

// Clicks like a person: the button is held for a moment. ImGui's tab items select on press and
// miss a press and release that arrive together, before a frame is drawn in between.
export async function clickWidget(page, name) {
  const r = await widget(page, name);
  await page.mouse.click(r.x + r.w / 2, r.y + Math.min(r.h / 2, 12), { delay: 60 });
}

// Generous: frames are drawn on demand and CI machines are slow and shared.
export async function until(page, predicate, arg) {
  await page.waitForFunction(predicate, arg, { timeout: 15000 });
  return state(page);
}

// Where state() reports each text box's contents. The app takes typed keys from a queue over the
// next frames, so a test that reads state right after typing can see half the text (a busy CI
// machine did); typeInto waits until the box shows all of it.
const FIELD_IN_STATE = {
  draft_editor: 'draft',
  customer_post: 'customer_post',
  customer_name: 'customer_name',
  customer_handle: 'customer_handle',
  practice_reply: 'practice.reply',
  trainee_name: 'practice.trainee',
};

// Replaces the text of a text box by typing, as a person would.
export async function typeInto(page, name, text) {
  await clickWidget(page, name);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  const path = FIELD_IN_STATE[name];
  if (path) {
    await until(page, ([keys, want]) => keys.split('.').reduce((o, k) => o?.[k], window.replycheck.state()) === want,
      [path, text]);
  }
}

// Replaces a text box's content through the browser's paste event, as Ctrl+V does (typing long
// texts is slow under swiftshader). Needs the clipboard permission (startServedApp({clipboard})).
export async function pasteInto(page, name, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await clickWidget(page, name);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  if (text) await page.keyboard.press('Control+V');
  const path = FIELD_IN_STATE[name];
  if (path) {
    await until(page, ([keys, want]) => keys.split('.').reduce((o, k) => o?.[k], window.replycheck.state()) === want,
      [path, text]);
  }
}

export async function screenshot(page, dir, name) {
  await page.waitForTimeout(150);
  await writeFile(join(dir, name + '.png'), await page.screenshot());
}

const root = fileURLToPath(new URL('../..', import.meta.url));
// Screenshots of the main states, for people to look at (git-ignored).
export const artifacts = join(root, 'tests', 'browser', 'artifacts');
export const distDir = join(root, 'dist');

// One local server for dist/ and one Chromium per test file; `clipboard` grants clipboard access.
export async function startServedApp({ clipboard = false } = {}) {
  await mkdir(artifacts, { recursive: true });
  const { server, url } = await serve({ dir: distDir });
  const browser = await launch();
  if (clipboard) await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  return { server, url, browser };
}

export async function stopServedApp({ server, browser } = {}) {
  await browser?.close();
  server?.close();
}
