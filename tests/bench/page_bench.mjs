// Page benchmark: dist/ sizes (raw and gzip -9), time from navigation to a ready app, and the CPU
// Chromium uses while the page sits idle for 10 s. Prints numbers; asserts nothing.
//   node tests/bench/page_bench.mjs
import { readdir, readFile, readlink } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launch } from '../browser/browser.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const IDLE_SECONDS = 10;

let servedRaw = 0, servedGzip = 0;
for (const name of (await readdir(dist)).sort()) {
  const data = await readFile(join(dist, name));
  const gz = gzipSync(data, { level: 9 }).length;
  console.log(`size  ${name.padEnd(28)} ${String(data.length).padStart(9)} B   gzip -9 ${String(gz).padStart(9)} B`);
  if (name !== 'replycheck-offline.html') {
    servedRaw += data.length;
    servedGzip += gz;
  }
}
console.log(`size  ${'served bundle (all but offline)'.padEnd(28)} ${String(servedRaw).padStart(9)} B   gzip -9 ${String(servedGzip).padStart(9)} B`);

// CPU seconds (user + system) of every Chromium process, from /proc.
async function chromiumCpuSeconds() {
  const ticksPerSecond = 100;  // USER_HZ on Linux
  let ticks = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const exe = await readlink(`/proc/${pid}/exe`).catch(() => '');
    if (!exe.includes('chromium')) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);  // utime, stime
  }
  return ticks / ticksPerSecond;
}

const { server, url } = await serve({ dir: dist });
const browser = await launch();
try {
  const page = await browser.context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.replycheck && document.body.classList.contains('ready'));
  await page.waitForFunction(() => window.replycheck.frames() > 0);
  const timings = await page.evaluate(() => window.replycheck.timings());
  console.log(`load  navigation to first frame: ${Date.now() - t0} ms (runtime ready at ${timings.readyAtMs.toFixed(0)} ms, first frame took ${timings.firstFrameMs.toFixed(0)} ms)`);
  // The first run shows an example draft: its findings are on screen with the first frame.
  await page.waitForFunction(() => window.replycheck.state().findings.length > 0);
  const firstFindings = await page.evaluate(() => performance.now());
  const check = await page.evaluate(() => window.replycheck.state().last_check_ms);
  console.log(`load  navigation to first findings: ${firstFindings.toFixed(0)} ms (page clock); one check of the example: ${check.toFixed(2)} ms`);

  await page.waitForTimeout(2000);  // let start-up work and the settle frames finish
  const frames0 = await page.evaluate(() => window.replycheck.frames());
  const cpu0 = await chromiumCpuSeconds();
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const cpu1 = await chromiumCpuSeconds();
  const frames1 = await page.evaluate(() => window.replycheck.frames());
  const percent = ((cpu1 - cpu0) / IDLE_SECONDS) * 100;
  console.log(`idle  ${IDLE_SECONDS} s: Chromium CPU ${percent.toFixed(1)}% of one core (all processes), ${frames1 - frames0} frames drawn`);

  // The same browser showing an empty page: what Chromium costs by itself.
  await page.goto('about:blank');
  await page.waitForTimeout(2000);
  const blank0 = await chromiumCpuSeconds();
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const blank1 = await chromiumCpuSeconds();
  console.log(`idle  ${IDLE_SECONDS} s: about:blank baseline ${(((blank1 - blank0) / IDLE_SECONDS) * 100).toFixed(1)}% of one core`);
} finally {
  await browser.close();
  server.close();
}
