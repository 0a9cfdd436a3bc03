#!/usr/bin/env node
// Times twitter-text's parseTweet on the mixed reply of tests/bench/x_length_bench.cpp, for
// comparison with ReplyCheck's x_weighted_length. Prints the median per call.
import twitterText from 'twitter-text';

const text =
  'Hi @maría_g! 😊 So sorry about the delay with order #48213 — the café déjà-vu blend is back ' +
  'in stock 🎉 and ships Monday. Track it at https://shop.example.com/orders/48213?ref=support ' +
  "or reply here. 谢谢! We've added a 10% crème brûlée voucher 👍🏽 for the wait. Naïve us, " +
  'still want the 🇫🇷 edition? Ça va?';

const once = twitterText.parseTweet(text);
console.log(`text: ${Buffer.byteLength(text)} bytes, weighted length ${once.weightedLength} (valid ${once.valid ? 1 : 0})`);
for (let i = 0; i < 2000; i++) twitterText.parseTweet(text);  // warm up the JIT

const samples = [];
const batch = 200;
const start = process.hrtime.bigint();
while (samples.length < 15 || (Number(process.hrtime.bigint() - start) < 1e9 && samples.length < 2000)) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) twitterText.parseTweet(text);
  samples.push(Number(process.hrtime.bigint() - t0) / batch);
}
samples.sort((a, b) => a - b);
const at = (q) => samples[Math.floor(samples.length * q)];
console.log(`parseTweet (mixed reply)                     node   median ${at(0.5).toFixed(0).padStart(10)} ns  ` +
  `(p10 ${at(0.1).toFixed(0)}, p90 ${at(0.9).toFixed(0)}, ${samples.length} samples x ${batch} ops)`);
