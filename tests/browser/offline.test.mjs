// Offline use (issue #5): the served build opens and checks drafts with its server gone once the
// service worker (web/sw.js) has run, and the single-file build does so from file:// without a
// single network request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const started = (page) =>
  page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'), null, { timeout: 20000 });

// Everything a page asked for and what became of it.
function record(page) {
  const log = { requests: [], failed: [], responses: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => log.responses.push({ url: r.url(), status: r.status(), fromServiceWorker: r.fromServiceWorker() }));
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  return log;
}

// Types a draft and waits for the core to check it.
async function checkADraft(page) {
  const before = await page.evaluate(() => window.replycheck.state().checks);
  await page.waitForFunction(() => window.replycheck.state().widgets.draft_editor, null, { timeout: 5000 });
  const r = await page.evaluate(() => window.replycheck.state().widgets.draft_editor);
  await page.mouse.click(r.x + r.w / 2, r.y + Math.min(r.h / 2, 12));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const draft = 'We are sorry for any inconvenience caused. Please DM us your phone number.';
  await page.keyboard.type(draft);
  await page.waitForFunction((d) => window.replycheck.state().draft === d, draft, { timeout: 5000 });
  const s = await page.evaluate(() => window.replycheck.state());
  assert.ok(s.checks > before, 'the core ran');
  assert.ok(s.findings.some((f) => f.rule === 'brand.banned_phrase'), s.findings.map((f) => f.rule).join());
}

test('served build: after one visit it starts and checks a draft with the server gone', async () => {
  const { server, url } = await serve({ dir: dist });
  const page = await browser.context.newPage();
  await page.goto(url);
  await started(page);
  // The worker caches the app while installing and claims the page when it activates.
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  for (const path of ['/', '/index.js', '/index.wasm']) assert.ok(cached.includes(path), `${path} cached: ${cached.join()}`);

  server.closeAllConnections();
  server.close();
  await once(server, 'close');
  await assert.rejects(fetch(url), 'the server is really gone');

  const log = record(page);
  await page.reload();
  await started(page);
  await page.waitForFunction(() => window.replycheck.frames() > 2);
  await checkADraft(page);

  assert.deepEqual(log.failed, [], 'failed requests');
  assert.deepEqual(log.pageErrors, []);
  const app = log.responses.filter((r) => r.url.startsWith(url));
  assert.ok(app.some((r) => r.url.endsWith('/index.wasm')), 'the wasm was loaded');
  for (const r of app) {
    assert.equal(r.status, 200, r.url);
    assert.ok(r.fromServiceWorker, `${r.url} came from the service worker`);
  }
  await page.close();
});

test('single-file build: starts and checks a draft from file:// with no network request', async () => {
  const target = pathToFileURL(join(dist, 'replycheck-offline.html')).href;
  const page = await browser.context.newPage();
  const log = record(page);
  await page.goto(target);
  await started(page);
  await page.waitForFunction(() => window.replycheck.frames() > 2);
  await checkADraft(page);
  const network = log.requests.filter((u) => u !== target && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(network, [], 'requests besides the file itself');
  assert.deepEqual(log.failed, []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
