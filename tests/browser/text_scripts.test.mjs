// Accents, emoji, CJK and RTL text through the real page (issue #5): kept exactly, and the CJK
// and RTL glyphs really drawn. CJK glyphs join the font atlas on demand (wasm/fonts.cpp), so these
// tests also check that the first atlas holds none and that new CJK text adds them.
// The screenshot lands in tests/browser/artifacts/ (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openApp, state, startServedApp, stopServedApp, artifacts } from './app_page.mjs';

let server, url, browser;

before(async () => {
  ({ server, url, browser } = await startServedApp({ clipboard: true }));
});
after(() => stopServedApp({ server, browser }));

const started = (page) =>
  page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'), null, { timeout: 20000 });

const openFresh = () => openApp(browser.context, url, { fresh: true });


async function clickWidget(page, name) {
  await page.waitForFunction((n) => window.replycheck.state().widgets[n], name, { timeout: 5000 });
  const r = (await state(page)).widgets[name];
  await page.mouse.click(r.x + r.w / 2, r.y + Math.min(r.h / 2, 12));
}

// Replaces a text box's content through the browser's paste event, as Ctrl+V does.
async function pasteInto(page, name, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await clickWidget(page, name);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+V');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const distinctCjk = (text) => new Set([...text].filter((c) => CJK.test(c))).size;

const POST = 'Zoé here 🙏 你好，我的订单还没到。 שלום مرحبا';
const DRAFT = 'Hi Zoé and Chloé 👍🏽 👨‍👩‍👧‍👦 ご迷惑をおかけして申し訳ありません。안녕하세요! שלום مرحبا';

test('accents, emoji, CJK and RTL text are kept exactly; CJK glyphs join the atlas on demand', async (t) => {
  const { page, seen } = await openFresh();
  let s = await state(page);
  assert.equal(s.fonts.cjk_glyphs, 0, 'the first atlas holds no CJK glyphs: the example texts have none');
  const firstFrameMs = (await page.evaluate(() => window.replycheck.timings())).firstFrameMs;
  const buildsBefore = s.fonts.builds;

  await pasteInto(page, 'customer_post', POST);
  await pasteInto(page, 'draft_editor', DRAFT);
  s = await page.waitForFunction((d) => window.replycheck.state().draft === d, DRAFT, { timeout: 5000 })
    .then(() => state(page));
  assert.equal(s.customer_post, POST);
  assert.equal(s.draft, DRAFT);

  // The atlas is rebuilt in the frame after the text arrived.
  await page.waitForFunction((n) => window.replycheck.state().fonts.cjk_glyphs >= n, distinctCjk(POST + DRAFT), { timeout: 5000 })
    .catch(() => {});
  s = await state(page);
  assert.ok(s.fonts.builds > buildsBefore, 'the atlas was rebuilt');
  assert.equal(s.fonts.cjk_glyphs, distinctCjk(POST + DRAFT), 'exactly the CJK code points shown');
  assert.deepEqual(s.fonts.missing.filter((c) => CJK.test(c)), [], 'CJK code points without a glyph');
  // Hebrew and Arabic glyphs come on demand too (reading.test.mjs checks their order and joining).
  await page.waitForFunction(() => window.replycheck.state().fonts.missing.length === 0, null, { timeout: 5000 }).catch(() => {});
  s = await state(page);
  assert.deepEqual(s.fonts.missing, [], 'characters without a glyph');
  assert.ok(s.fonts.rtl_glyphs > 0);
  t.diagnostic(`first frame ${firstFrameMs.toFixed(1)} ms (no CJK); rebuild with ${s.fonts.cjk_glyphs} CJK glyphs ` +
    `${s.fonts.last_build_ms.toFixed(1)} ms; atlas glyphs ${s.fonts.glyphs}`);

  await page.waitForTimeout(200);
  await writeFile(join(artifacts, 'text-scripts.png'), await page.screenshot());

  // Typed (not pasted) CJK joins the atlas too.
  const glyphsBefore = s.fonts.cjk_glyphs;
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(' 谢谢您');
  await page.waitForFunction((d) => window.replycheck.state().draft === d, DRAFT + ' 谢谢您', { timeout: 5000 });
  await page.waitForFunction((n) => window.replycheck.state().fonts.cjk_glyphs === n, glyphsBefore + 2, { timeout: 5000 })
    .catch(() => {});
  s = await state(page);
  assert.equal(s.fonts.cjk_glyphs, glyphsBefore + 2, '谢 and 您');
  assert.deepEqual(s.fonts.missing.filter((c) => CJK.test(c)), []);

  // The page's own check API keeps the text too.
  const checked = await page.evaluate((d) => window.replycheck.check({ draft: d, channel: 'x' }), DRAFT);
  assert.ok(!checked.error, JSON.stringify(checked.error));

  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await page.close();
});

test('restored CJK text is in the first atlas: no frame of "?"', async () => {
  const { page } = await openFresh();
  await pasteInto(page, 'draft_editor', DRAFT);
  await page.waitForFunction((d) => window.replycheck.state().draft === d, DRAFT, { timeout: 5000 });
  await page.reload();
  await started(page);
  await page.waitForFunction(() => window.replycheck.frames() > 0);
  const s = await state(page);
  assert.equal(s.draft, DRAFT);
  assert.equal(s.fonts.builds, 1, 'one atlas build, before the first frame');
  assert.equal(s.fonts.cjk_glyphs, distinctCjk(DRAFT));
  assert.deepEqual(s.fonts.missing.filter((c) => CJK.test(c)), []);
  await page.close();
});
