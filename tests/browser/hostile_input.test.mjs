// Hostile input in the browser (issue #12): the JS API answers anything with {error} rather than
// a TypeError, lone surrogates become U+FFFD at the boundary, oversized requests and files are
// refused before they are copied, a full storage is reported at once (the work stays in memory),
// packs are kept in IndexedDB, and saved state that cannot be read is set aside at start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, started, state, typeInto, until, startServedApp, stopServedApp } from './app_page.mjs';

let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp());
});
after(() => stopServedApp({ server, browser }));

// A fresh origin state: nothing in localStorage or IndexedDB. Earlier tests' pages are closed
// first, so that none holds the database open.
async function openFresh() {
  for (const open of browser.context.pages()) await open.close();
  const opened = await openApp(browser.context, url);
  await opened.page.evaluate(async () => {
    localStorage.clear();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('replycheck');
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  });
  await opened.page.reload();
  await started(opened.page);
  return opened;
}

// Drops a file made in the page (so that megabytes need not cross the test protocol).
async function dropMadeFile(page, name, make, arg) {
  await page.evaluate(([fileName, maker, makerArg]) => {
    const content = new Function('arg', maker)(makerArg);
    const canvas = document.getElementById('canvas');
    const data = new DataTransfer();
    data.items.add(new File([content], fileName, { type: 'application/json' }));
    const at = { clientX: canvas.clientWidth / 2, clientY: canvas.clientHeight / 2 };
    for (const type of ['dragenter', 'dragover', 'drop']) {
      canvas.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data, ...at }));
    }
  }, [name, make, arg]);
}

// A valid pack of about 3.6 MB: long reasons on 1,000 terminology entries.
const BIG_PACK = `
  const terminology = [];
  for (let i = 0; i < 1000; i++) terminology.push({ avoid: 'zqx' + i + ' widget', prefer: 'zqy' + i + ' gadget', reason: 'r'.repeat(3500) });
  return JSON.stringify({ id: arg, extends: 'social-care', terminology });`;

test('check() gives {error} for input that is not a string or an object', async () => {
  const { page, seen } = await openFresh();
  const results = await page.evaluate(() => {
    const r = window.replycheck;
    return [r.check(undefined), r.check(() => 1), r.check(Symbol('x')), r.check(42), r.check(null),
      r.check({ get draft() { throw new Error('no'); } }), r.check(BigInt(1))].map((x) => x && x.error);
  });
  for (const error of results) {
    assert.equal(error?.code, 'bad_request');
    assert.ok(error.message.length > 0);
  }
  assert.deepEqual(seen.pageErrors, []);
});

test('a lone surrogate becomes U+FFFD, not part of the next character', async () => {
  const { page } = await openFresh();
  const out = await page.evaluate(() => JSON.parse(window.replycheck.check('{"draft":"Hi Sam \ud800", "customer_name": "Sam"}')));
  assert.equal(out.error, undefined, JSON.stringify(out.error));
  const asObject = await page.evaluate(() => window.replycheck.check({ draft: 'Hi Sam a\ud800"b \udc00 ^JD', customer_name: 'Sam' }));
  assert.equal(asObject.error, undefined);
  // The boundary helper every string into wasm goes through (typed text, paste, files).
  assert.equal(await page.evaluate(() => Module.rcWellFormed('a\ud800"b\udc00\ud83d\ude00')), 'a\ufffd"b\ufffd\ud83d\ude00');
});

test('an oversized request is refused before it is copied into wasm', async () => {
  const { page } = await openFresh();
  const out = await page.evaluate(() => JSON.parse(window.replycheck.check('\n'.repeat(1e8))));
  assert.equal(out.error.code, 'bad_request');
  assert.match(out.error.message, /100000000 characters; the limit is \d+ bytes/);
});

test('a file over the limit is refused from its size, and says why', async () => {
  const { page } = await openFresh();
  await dropMadeFile(page, 'huge.json', 'return new Uint8Array(17 * 1048576).fill(32);');
  const s = await until(page, () => /huge\.json/.test(window.replycheck.state().notice));
  assert.match(s.notice, /Cannot open huge\.json: it is 17\.0 MB; the limit is 16\.0 MB/);
});

test('a UTF-8 byte order mark is skipped and UTF-16 is refused, as in the CLI', async () => {
  const { page } = await openFresh();
  await dropMadeFile(page, 'bom.json', 'return "\\ufeff" + JSON.stringify({ id: "bom-pack", extends: "social-care" });');
  await until(page, () => window.replycheck.state().packs.includes('bom-pack'));
  await dropMadeFile(page, 'wide.json', 'return new Uint8Array([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]);');
  const s = await until(page, () => /wide\.json/.test(window.replycheck.state().notice));
  assert.match(s.notice, /UTF-16 or UTF-32; save it as UTF-8/);
});

test('two big packs are kept in IndexedDB and both come back after a reload', async () => {
  const { page } = await openFresh();
  for (const id of ['big-one', 'big-two']) {
    await dropMadeFile(page, id + '.json', BIG_PACK, id);
    await until(page, (want) => window.replycheck.state().packs.includes(want), id);
  }
  // Saving is asynchronous: wait until IndexedDB holds both.
  await page.waitForFunction(() => new Promise((resolve) => {
    const open = indexedDB.open('replycheck');
    open.onsuccess = () => {
      const get = open.result.transaction('saved').objectStore('saved').get('replycheck.packs');
      get.onsuccess = () => { const t = get.result || ''; open.result.close(); resolve(t.includes('big-one') && t.includes('big-two')); };
      get.onerror = () => resolve(false);
    };
    open.onerror = () => resolve(false);
  }), null, { timeout: 15000 });
  assert.equal((await state(page)).notice.includes('Could not save'), false);
  await page.reload();
  await started(page);
  const packs = (await state(page)).packs;
  assert.ok(packs.includes('big-one') && packs.includes('big-two'), JSON.stringify(packs));
});

test('with localStorage full, typing says at once that it is not saved, and stays in memory', async () => {
  const { page } = await openFresh();
  // Filled to the last few bytes, in ever smaller pieces.
  const filled = await page.evaluate(() => {
    let n = 0, full = false;
    for (let size = 1 << 20; size >= 1; size >>= 2) {
      try { for (;; n++) localStorage.setItem('filler.' + n, 'x'.repeat(size)); } catch (err) { full = true; n++; }
    }
    return full;
  });
  assert.ok(filled, 'localStorage never filled');
  // Longer than the first-run draft it replaces, so that it needs more room than is left.
  const text = 'Hi Maria, I am so sorry about the delay to Lisbon. The flight now leaves at 18:40 and we will ' +
    'text you if that changes again. This reply is longer than the first one. ^SB';
  await typeInto(page, 'draft_editor', text);
  const s = await until(page, () => /Could not save your work/.test(window.replycheck.state().notice));
  assert.match(s.notice, /QuotaExceededError/);
  assert.equal(s.draft, text);
  await page.evaluate(() => { for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key); });
});

test('with IndexedDB full, an imported pack says it is not saved', async (t) => {
  const { page } = await openFresh();
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(url).origin, quotaSize: 512 * 1024 });
  } catch (err) {
    t.skip('this Chromium cannot override the quota: ' + err.message);
    return;
  }
  try {
    await dropMadeFile(page, 'big-three.json', BIG_PACK, 'big-three');
    const s = await until(page, () => /Could not save the imported packs/.test(window.replycheck.state().notice));
    assert.ok(s.packs.includes('big-three'), 'the pack stays loaded in this tab');
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(url).origin });
  }
});

test('saved state nested 100k deep is set aside, and the app starts clean', async () => {
  const { page, seen } = await openFresh();
  const deep = '{"v":1,"draft":' + '['.repeat(100000) + ']'.repeat(100000) + '}';
  await page.evaluate((text) => localStorage.setItem('replycheck.state', text), deep);
  await page.reload();
  await started(page);
  const s = await state(page);
  assert.match(s.notice, /set aside: replycheck\.state \(byte \d+: nesting deeper than 64 levels\) is kept as replycheck\.state\.bad/);
  assert.ok(s.draft.length > 0, 'the first-run example');
  assert.equal(await page.evaluate(() => localStorage.getItem('replycheck.state.bad')), deep);
  assert.deepEqual(seen.pageErrors, []);
  // The next start is clean: nothing is set aside twice.
  await page.reload();
  await started(page);
  assert.doesNotMatch((await state(page)).notice, /set aside/);
});
