// Hostile input in the browser (issue #12): the JS API answers anything with {error} rather than
// a TypeError, lone surrogates become U+FFFD at the boundary, oversized requests and files are
// refused before they are copied, a full storage is reported at once (the work stays in memory),
// packs and practice sessions are kept in IndexedDB, and saved state that cannot be read is set
// aside at start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, started, state, typeInto, clickWidget, until, startServedApp, stopServedApp } from './app_page.mjs';

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

// The text IndexedDB holds under `key` (null when none), read through a connection of its own.
function storedInDatabase(page, key) {
  return page.evaluate((k) => new Promise((resolve) => {
    const open = indexedDB.open('replycheck');
    open.onsuccess = () => {
      const get = open.result.transaction('saved').objectStore('saved').get(k);
      get.onsuccess = () => { open.result.close(); resolve(get.result === undefined ? null : get.result); };
      get.onerror = () => { open.result.close(); resolve(null); };
    };
    open.onerror = () => resolve(null);
  }), key);
}

// Waits until IndexedDB's `key` holds `needle`: saves there are asynchronous.
function untilStored(page, key, needle) {
  return page.waitForFunction(([k, n]) => new Promise((resolve) => {
    const open = indexedDB.open('replycheck');
    open.onsuccess = () => {
      const get = open.result.transaction('saved').objectStore('saved').get(k);
      get.onsuccess = () => { open.result.close(); resolve(String(get.result || '').includes(n)); };
      get.onerror = () => { open.result.close(); resolve(false); };
    };
    open.onerror = () => resolve(false);
  }), [key, needle], { timeout: 15000 });
}

// Lowers the origin's quota; false when this Chromium cannot. Chromium keeps the space it last
// found free for an origin's IndexedDB for a while and lets writes through against it, so the
// lowered quota holds only once that has run out (a wait of 6 s was not enough after earlier
// tests' writes; 31 s was).
const QUOTA_SETTLE_MS = 31000;
async function lowerQuota(cdp, origin, quotaSize) {
  try {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
  } catch (err) {
    return false;
  }
  await new Promise((resolve) => setTimeout(resolve, QUOTA_SETTLE_MS));
  return true;
}

// Fills localStorage to its last few bytes, in ever smaller pieces; true when it filled.
function fillLocalStorage(page) {
  return page.evaluate(() => {
    let n = 0, full = false;
    for (let size = 1 << 20; size >= 1; size >>= 2) {
      try { for (;; n++) localStorage.setItem('filler.' + n, 'x'.repeat(size)); } catch (err) { full = true; n++; }
    }
    return full;
  });
}
const emptyLocalStorage = (page) => page.evaluate(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
});

// One graded attempt in the Practice tab, by `trainee`; resolves with the state after it.
async function practiseOnce(page, trainee, reply, attemptsAfter) {
  if ((await state(page)).mode !== 'practice') {
    await clickWidget(page, 'tab_practice');
    await until(page, () => window.replycheck.state().mode === 'practice');
  }
  if (trainee !== null) await typeInto(page, 'trainee_name', trainee);
  await typeInto(page, 'practice_reply', reply);
  await clickWidget(page, 'practice_submit');
  return until(page, (n) => window.replycheck.state().practice.attempts === n, attemptsAfter);
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
  assert.ok(await fillLocalStorage(page), 'localStorage never filled');
  // Longer than the first-run draft it replaces, so that it needs more room than is left.
  const text = 'Hi Maria, I am so sorry about the delay to Lisbon. The flight now leaves at 18:40 and we will ' +
    'text you if that changes again. This reply is longer than the first one. ^SB';
  await typeInto(page, 'draft_editor', text);
  const s = await until(page, () => /Could not save your work/.test(window.replycheck.state().notice));
  assert.match(s.notice, /QuotaExceededError/);
  assert.equal(s.draft, text);
  await emptyLocalStorage(page);
});

test('with IndexedDB full, an imported pack is kept in localStorage and survives a reload', async (t) => {
  const { page, seen } = await openFresh();
  const cdp = await browser.context.newCDPSession(page);
  if (!(await lowerQuota(cdp, new URL(url).origin, 512 * 1024))) {
    t.skip('this Chromium cannot override the quota');
    return;
  }
  try {
    await dropMadeFile(page, 'big-three.json', BIG_PACK, 'big-three');
    await page.waitForFunction(() => (localStorage.getItem('replycheck.packs') || '').includes('big-three'), null, { timeout: 15000 });
    let s = await state(page);
    assert.doesNotMatch(s.notice, /Could not save/);
    assert.ok(seen.consoleWarnings.some((w) => /IndexedDB refused replycheck\.packs/.test(w)), JSON.stringify(seen.consoleWarnings));
    await page.reload();
    await started(page);
    s = await state(page);
    assert.ok(s.packs.includes('big-three'), 'the pack comes back: ' + JSON.stringify(s.packs));
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(url).origin });
    await page.evaluate(() => localStorage.removeItem('replycheck.packs'));
  }
});

test('with localStorage full to the last byte, a practice session is saved and survives a reload', async () => {
  const { page, seen } = await openFresh();
  await clickWidget(page, 'tab_practice');
  await until(page, () => window.replycheck.state().mode === 'practice');
  assert.ok(await fillLocalStorage(page), 'localStorage never filled');
  const reply = 'Thanks for getting in touch, we will look into it today and reply here.';
  let s = await practiseOnce(page, 'Full Storage', reply, 1);
  // The session goes to IndexedDB, never to localStorage.
  await untilStored(page, 'replycheck.trainer', '"attempts":[{');
  const saved = JSON.parse(await storedInDatabase(page, 'replycheck.trainer'));
  assert.equal(saved.session.trainee, 'Full Storage');
  assert.equal(saved.session.attempts.length, 1);
  assert.equal(saved.session.attempts[0].reply, reply);
  assert.doesNotMatch(s.notice, /Could not save the practice session/);
  assert.doesNotMatch(await page.evaluate(() => localStorage.getItem('replycheck.state') || ''), /Full Storage/);

  // Reloaded with localStorage still full: the attempt is there, and a second one saves too.
  await page.reload();
  await started(page);
  s = await state(page);
  assert.equal(s.practice.attempts, 1);
  assert.equal(s.practice.trainee, 'Full Storage');
  s = await practiseOnce(page, null, reply + ' Second try.', 2);
  await untilStored(page, 'replycheck.trainer', 'Second try.');
  await page.reload();
  await started(page);
  assert.equal((await state(page)).practice.attempts, 2);
  await emptyLocalStorage(page);
  assert.deepEqual(seen.pageErrors, []);
});

test('with IndexedDB and localStorage full, a practice attempt says at once that it is not saved, and stays in memory', async (t) => {
  const { page } = await openFresh();
  const cdp = await browser.context.newCDPSession(page);
  const origin = new URL(url).origin;
  // One byte: every IndexedDB write fails; and localStorage has no room to take it instead.
  if (!(await lowerQuota(cdp, origin, 1))) {
    t.skip('this Chromium cannot override the quota');
    return;
  }
  try {
    await clickWidget(page, 'tab_practice');
    await until(page, () => window.replycheck.state().mode === 'practice');
    assert.ok(await fillLocalStorage(page), 'localStorage never filled');
    await practiseOnce(page, 'No Room', 'Thanks for telling us, we are on it.', 1);
    const s = await until(page, () => /Could not save the practice session/.test(window.replycheck.state().notice));
    assert.match(s.notice, /QuotaExceededError/);
    assert.equal(s.practice.attempts, 1, 'the attempt stays in this tab');
    assert.equal(s.practice.trainee, 'No Room');
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await emptyLocalStorage(page);
  }
});

test('a saved practice session that cannot be read is set aside, reported, and the rest still loads', async () => {
  const { page, seen } = await openFresh();
  await practiseOnce(page, 'Kept Name', 'Thanks, we will look into it.', 1);
  await untilStored(page, 'replycheck.trainer', 'Kept Name');
  // Well-formed JSON, but the session's attempts are not a list: the session cannot load.
  const saved = JSON.parse(await storedInDatabase(page, 'replycheck.trainer'));
  saved.session.attempts = 'none';
  const broken = JSON.stringify(saved);
  const put = (key, text) => page.evaluate(([k, v]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('replycheck');
    open.onsuccess = () => {
      const tx = open.result.transaction('saved', 'readwrite');
      tx.objectStore('saved').put(v, k);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [key, text]);
  // The app writes its trainer document only when it changes, so nothing races these values in.
  const reopen = async () => { await page.goto('about:blank'); return page.goto(url).then(() => started(page)); };
  await put('replycheck.trainer', broken);
  await reopen();
  let s = await state(page);
  assert.match(s.notice, /the practice session \(.*attempts.*\) is kept as replycheck\.trainer\.bad/);
  assert.equal(s.practice.attempts, 0);
  assert.equal(s.practice.trainee, 'Kept Name', 'what did load is kept');
  assert.equal(await storedInDatabase(page, 'replycheck.trainer.bad'), broken);

  // Nested too deep to read at all: set aside before the app sees it.
  const deep = '{"session":' + '['.repeat(100000) + ']'.repeat(100000) + '}';
  await put('replycheck.trainer', deep);
  await reopen();
  s = await state(page);
  assert.match(s.notice, /replycheck\.trainer \(byte \d+: nesting deeper than 64 levels\) is kept as replycheck\.trainer\.bad/);
  assert.equal(await storedInDatabase(page, 'replycheck.trainer.bad'), deep);
  await reopen();
  assert.doesNotMatch((await state(page)).notice, /set aside/);
  assert.deepEqual(seen.pageErrors, []);
});

test('a practice session saved by an older version inside the state moves to IndexedDB', async () => {
  const { page } = await openFresh();
  await practiseOnce(page, 'Older Save', 'Thanks, we will look into it.', 1);
  await untilStored(page, 'replycheck.trainer', 'Older Save');
  const trainer = JSON.parse(await storedInDatabase(page, 'replycheck.trainer'));
  await page.goto('about:blank');
  await page.goto(url);
  await started(page);
  // As an older version saved it: the trainer inside the state, nothing in IndexedDB.
  await page.evaluate(async (t) => {
    const old = JSON.parse(localStorage.getItem('replycheck.state'));
    old.trainer = t;
    localStorage.setItem('replycheck.state', JSON.stringify(old));
    await new Promise((resolve) => {
      const open = indexedDB.open('replycheck');
      open.onsuccess = () => {
        const tx = open.result.transaction('saved', 'readwrite');
        tx.objectStore('saved').delete('replycheck.trainer');
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
    });
  }, trainer);
  await page.goto('about:blank');
  await page.goto(url);
  await started(page);
  const s = await state(page);
  assert.equal(s.practice.attempts, 1);
  assert.equal(s.practice.trainee, 'Older Save');
  await page.waitForFunction(() => !/"trainer"/.test(localStorage.getItem('replycheck.state') || ''), null, { timeout: 15000 });
  assert.equal(JSON.parse(await storedInDatabase(page, 'replycheck.trainer')).session.attempts.length, 1);
});

test('two tabs: a practice attempt saved in IndexedDB by one tab is offered in the other, never overwritten', async () => {
  const { page: first } = await openFresh();
  const second = (await openApp(browser.context, url)).page;
  await practiseOnce(second, 'Second Tab', 'Thanks for telling us, we will look into it.', 1);
  await untilStored(second, 'replycheck.trainer', 'Second Tab');
  await first.waitForFunction(() => window.replycheck.state().other_tab, null, { timeout: 10000 });
  // The first tab's own change does not go over the second tab's attempt.
  await first.bringToFront();
  await clickWidget(first, 'tab_practice');
  await until(first, () => window.replycheck.state().mode === 'practice');
  await typeInto(first, 'trainee_name', 'First Tab');
  await first.waitForTimeout(300);
  assert.match(await storedInDatabase(first, 'replycheck.trainer'), /Second Tab/);
  await clickWidget(first, 'other_tab_load');
  const s = await until(first, () => window.replycheck.state().practice.attempts === 1);
  assert.equal(s.practice.trainee, 'Second Tab');
  assert.equal(s.other_tab, false);
  await second.close();
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
