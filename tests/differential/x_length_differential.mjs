#!/usr/bin/env node
// Differential test of ReplyCheck's X weighted length against twitter-text's parseTweet.
// Generates strings from a seeded PRNG (same seed, same strings), runs the C++ driver on them and
// compares weighted length, validity and, where parseTweet's index is trustworthy, the overflow
// index. Exits non-zero on any disagreement.
//
//   node x_length_differential.mjs [--count N] [--seed S] [--work-dir DIR] -- <driver command...>
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import twitterText from 'twitter-text';

const { parseTweet } = twitterText;

function parseArgs(argv) {
  const options = { count: 5000, seed: 1, workDir: '.', driver: [] };
  const dashes = argv.indexOf('--');
  const own = dashes < 0 ? argv : argv.slice(0, dashes);
  options.driver = dashes < 0 ? [] : argv.slice(dashes + 1);
  for (let i = 0; i < own.length; i += 2) {
    if (own[i] === '--count') options.count = Number(own[i + 1]);
    else if (own[i] === '--seed') options.seed = Number(own[i + 1]);
    else if (own[i] === '--work-dir') options.workDir = own[i + 1];
    else throw new Error(`unknown option ${own[i]}`);
  }
  if (!options.driver.length) throw new Error('missing driver command after --');
  return options;
}

// mulberry32: small, fast and deterministic across node versions.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cp = (...points) => String.fromCodePoint(...points);
const ZWJ = '\u200d';
const VS16 = '\ufe0f';
const VS15 = '\ufe0e';
const tones = [0x1f3fb, 0x1f3fc, 0x1f3fd, 0x1f3fe, 0x1f3ff].map((t) => cp(t));

const pieces = {
  ascii: ['hello', 'Thanks', 'order', 'we are', 'sorry', 'DM us', '#help', '@acme', '$ACME', 'ok', 'a', 'I', '42',
    'x-y', 'foo_bar', "it's", '"quoted"', '(sic)', 'e.g.', 'U.S.', '...', '!', '?', ',', '.', ':', ';', '-', '/',
    '&', '~', '%'],
  space: [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2028'],
  accents: ['café', 'naïve', 'Ångström', 'São Paulo', 'Łódź', 'crème brûlée', 'Việt Nam', 'Ελλάδα', 'Москва',
    'ǅemal', 'ﬁne'],
  decomposed: ['cafe\u0301', 'nai\u0308ve', 'A\u030angstro\u0308m', 'Vie\u0323\u0302t', 'n\u0303', 'e\u0301\u0301',
    '\u1100\u1161\u11a8', '\u1112\u1161\u11ab', 'ka\u0301', '\u0391\u0301', 'o\u0328\u0304'],
  cjk: ['你好', '謝謝您的耐心', '日本語のテキスト', 'ｶﾀｶﾅ', '한국어', '注文番号', '。', '、', '「引用」', '𠀋', '𩸽',
    'ｔｗｉｔｔｅｒ'],
  other: ['ש', 'שלום', 'مرحبا', 'हिन्दी', 'ไทย', 'ᄀ', '\u10ff', '\u1100', '\u2010', '\u2013', '\u2020', '\u2032',
    '\u2038', '\u20ac', '\u2122', '\u00a9', '\u00ae', '\u3000'],
  emoji: [
    cp(0x1f600), cp(0x1f44d), cp(0x2764) + VS16, cp(0x2764), cp(0x2764) + VS15, cp(0x263a), cp(0x263a) + VS15,
    cp(0x263a) + VS16, cp(0x1f971), cp(0x1fae0), cp(0x1f9d1) + ZWJ + cp(0x1f4bb), cp(0x1f468) + ZWJ + cp(0x1f4bb),
    cp(0x1f469) + ZWJ + cp(0x2764) + VS16 + ZWJ + cp(0x1f468), cp(0x1f3f3) + VS16 + ZWJ + cp(0x1f308),
    cp(0x1f3f3) + ZWJ + cp(0x1f308), cp(0x1f408) + ZWJ + cp(0x2b1b), cp(0x1f415) + ZWJ + cp(0x1f9ba),
    cp(0x1f468) + ZWJ + cp(0x1f469) + ZWJ + cp(0x1f467) + ZWJ + cp(0x1f466), cp(0x1f3f4, 0xe0067, 0xe0062, 0xe0065,
      0xe006e, 0xe0067, 0xe007f), cp(0x1f3f4, 0xe0067, 0xe0062, 0xe0078, 0xe0078, 0xe007f), '#\u20e3',
    '#' + VS16 + '\u20e3', '1' + VS16 + '\u20e3', '*\u20e3', '\u00a9' + VS16, '\u00ae', '\u2122' + VS16, VS16, VS15,
    ZWJ, cp(0x1f44b), cp(0x270c) + VS16, cp(0x261d), cp(0x26f9) + VS16 + ZWJ + cp(0x2640) + VS16,
    cp(0x1f3c3) + ZWJ + cp(0x2642) + VS16, cp(0x1f575) + VS16, cp(0x1f9d1) + ZWJ + cp(0x1f91d) + ZWJ + cp(0x1f9d1),
    cp(0x1f9b0), cp(0x1f9b8) + ZWJ + cp(0x2640) + VS16, cp(0x1f46f) + ZWJ + cp(0x2642) + VS16, cp(0x1f441) + ZWJ + cp(0x1f5e8),
    cp(0x2b50), cp(0x231a), cp(0x2328) + VS16, cp(0x3030), cp(0xe50a), cp(0x1f004), cp(0x1f170) + VS16, cp(0x1f1ef),
  ],
  flags: [cp(0x1f1ef, 0x1f1f5), cp(0x1f1fa, 0x1f1f8), cp(0x1f1e9, 0x1f1ea), cp(0x1f1fa, 0x1f1f3), cp(0x1f1e6, 0x1f1e6),
    cp(0x1f1fd, 0x1f1f0), cp(0x1f1ea, 0x1f1fa), cp(0x1f1e8, 0x1f1f6)],
  toneBases: [0x1f44d, 0x1f44b, 0x270b, 0x1f468, 0x1f469, 0x1f9d1, 0x1f3c3, 0x1f64b, 0x1f91d, 0x1f971, 0x1f600, 0x261d,
    0x1f575],
  directional: ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068',
    '\u2069', '\u061c'],
  invalid: ['\ufeff', '\ufffe', '\uffff'],
};

const urlParts = {
  schemes: ['', '', '', 'http://', 'https://', 'HTTPS://', 'Http://', 'ftp://', 'https:/'],
  hosts: ['example', 'acme-support', 'www.example', 'help.acme', 'a', 'x', 'sub.domain.example', 'foo_bar', 'foo-',
    '-foo', 'münchen', 'bücher', 'xn--mnchen-3ya', 'xn--80ak6aa92e', '例え', 'пример', 'EXAMPLE', 'ex--ample', '1-2-3',
    'a'.repeat(63), 'b'.repeat(64), 'café', 't', 'bit', 'twitter', 'twitter.com@evil'],
  tlds: ['com', 'org', 'net', 'co.uk', 'io', 'de', 'jp', 'COM', 'Org', 'xyz', 'museum', 'onion', 'рф', 'москва', '中国',
    '香港', 'みんな', 'zz', 'invalidtld', 'comx', 'con', 'c', 'local', 'amazon', 'co', 'cafe', 'xn--p1ai', 'xn--', 'blog',
    'dev', 'ly'],
  ports: ['', '', '', ':8080', ':', ':80a'],
  paths: ['', '', '', '/', '/path', '/a/b/c', '/orders/12345?x=1', '/wiki/Foo_(bar)', '/wiki/Foo_(bar_(baz))',
    '/p/(x', '/é/ü', '/путь', '/search?q=café&lang=fr', '/#/hash', '/a.', '/a,', '/a!', '/@user/', '/@user',
    '/%E2%82%AC', '/' + 'x'.repeat(300), '/–dash', '/a–'],
  queries: ['', '', '', '?a=1', '?a=1&b=2', '?q=hello world', '?q=', '?x=(1)', '?utm_source=x.com'],
  tco: ['https://t.co/abc123', 'http://t.co/ABCdef9', 'https://t.co/' + 'a'.repeat(41), 'https://t.co/abc?x=1',
    'https://t.co/abc/def', 't.co/abc'],
  before: ['', '', ' ', '(', '@', '#', '$', '.', '-', '_', '/', 'a', '\u200e', '\u202e', '"', '\u3000', '😀', 'é',
    '＠', '\ufeff'],
  after: ['', '', ' ', '.', ',', ')', '!', '?', '…', 'é', '😀', '-', '@', '+', 'a', '/', '。'],
};

// Characters that matter to URL and emoji matching, for runs of noise that stress the matchers.
const noise = ['a', 'e', 'o', 'm', 'c', 'x', 'n', 'h', 't', 'p', 's', 'k', 'r', 'w', 'A', 'C', 'O', 'M', '1', '9', '.',
  '.', '/', '/', ':', '-', '_', '@', '#', '$', '(', ')', '?', '=', '&', '%', '!', ',', '"', "'", ' ', '\n', 'é', 'ü',
  'е', 'р', 'ф', '中', '国', '。', '\uff0e', '＠', '😀', ZWJ, VS16, VS15, tones[2], cp(0x1f1ef), cp(0x1f1f5), '\u20e3',
  '\u200e', '\u202e', '\u2013', 'co', 'com', 'http://', 'https://', 't.co/', 'xn--', 'www.', '.com', '.jp', '.рф'];

function makeGenerator(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const noiseRun = () => {
    let s = '';
    for (let n = 3 + Math.floor(rand() * 40); n > 0; n--) s += pick(noise);
    return s;
  };
  const url = () => {
    if (rand() < 0.1) return pick(urlParts.before) + pick(urlParts.tco) + pick(urlParts.after);
    const host = pick(urlParts.hosts) + '.' + pick(urlParts.tlds);
    return pick(urlParts.before) + pick(urlParts.schemes) + host + pick(urlParts.ports) + pick(urlParts.paths) +
      pick(urlParts.queries) + pick(urlParts.after);
  };
  const emoji = () => {
    const r = rand();
    if (r < 0.15) return pick(pieces.flags);
    if (r < 0.35) return cp(pick(pieces.toneBases)) + (rand() < 0.3 ? VS16 : '') + pick(tones);
    return pick(pieces.emoji);
  };
  const kinds = [
    [0.3, () => pick(pieces.ascii)], [0.22, () => pick(pieces.space)], [0.08, () => pick(pieces.accents)],
    [0.05, () => pick(pieces.decomposed)], [0.08, () => pick(pieces.cjk)], [0.04, () => pick(pieces.other)],
    [0.11, emoji], [0.08, url], [0.03, () => pick(pieces.directional)], [0.003, () => pick(pieces.invalid)],
    [0.007, () => 'x'.repeat(1 + Math.floor(rand() * 200))], [0.04, noiseRun],
  ];
  const total = kinds.reduce((sum, [w]) => sum + w, 0);
  const piece = () => {
    let r = rand() * total;
    for (const [w, make] of kinds) {
      if ((r -= w) < 0) return make();
    }
    return kinds[0][1]();
  };
  return () => {
    // Mostly reply-sized texts, some empty or tiny, some well past the limit.
    const size = rand() < 0.05 ? Math.floor(rand() * 3) : Math.floor(rand() * (rand() < 0.3 ? 160 : 60));
    let s = '';
    for (let i = 0; i < size; i++) s += piece();
    return s;
  };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const rand = prng(options.seed);
  const generate = makeGenerator(rand);
  const texts = [];
  for (let i = 0; i < options.count; i++) texts.push(generate());

  mkdirSync(options.workDir, { recursive: true });
  const input = join(options.workDir, 'x_length_input.jsonl');
  const output = join(options.workDir, 'x_length_output.txt');
  writeFileSync(input, texts.map((t) => JSON.stringify(t)).join('\n') + '\n');
  const [command, ...args] = options.driver;
  const run = spawnSync(command, [...args, input, output], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.error) throw run.error;
  if (run.status !== 0) {
    console.error(`driver exited with ${run.status}`);
    process.exit(1);
  }
  const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
  if (lines.length !== texts.length) {
    console.error(`driver wrote ${lines.length} results for ${texts.length} strings`);
    process.exit(1);
  }

  let agree = 0, overflowChecked = 0;
  const failures = [];
  texts.forEach((text, i) => {
    const [weighted, valid, overflowUtf16] = lines[i].split(' ').map(Number);
    const expected = parseTweet(text);
    let ok = weighted === expected.weightedLength && (valid === 1) === expected.valid;
    // parseTweet's validRangeEnd is the last fitting UTF-16 index, but it stops moving at an
    // invalid character and is shifted crudely after normalisation; compare only where neither
    // applies.
    const comparable = expected.weightedLength > 280 && text.normalize() === text && !/[\ufeff\ufffe\uffff]/.test(text);
    if (ok && comparable) {
      overflowChecked++;
      ok = overflowUtf16 === expected.validRangeEnd + 1;
    }
    if (ok) agree++;
    else if (failures.length < 10) failures.push({ i, text, ours: { weighted, valid: valid === 1, overflowUtf16 }, expected });
  });
  for (const f of failures) {
    console.error(`#${f.i} ${JSON.stringify(f.text)}`);
    console.error(`   replycheck ${JSON.stringify(f.ours)}`);
    console.error(`   parseTweet ${JSON.stringify({ weighted: f.expected.weightedLength, valid: f.expected.valid, validRangeEnd: f.expected.validRangeEnd })}`);
  }
  const lengths = texts.map((t) => parseTweet(t).weightedLength);
  const over = lengths.filter((l) => l > 280).length;
  const withUrl = texts.filter((t) => twitterText.extractUrls(t).length > 0).length;
  console.log(`differential: ${texts.length} strings, ${agree} agree (${withUrl} with URLs, ${over} over 280, ` +
    `${overflowChecked} overflow indices compared; seed ${options.seed})`);
  process.exit(agree === texts.length ? 0 : 1);
}

main();
