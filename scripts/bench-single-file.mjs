#!/usr/bin/env node
// Measures the single-file edition (docs/PERFORMANCE.md, "The single file"): the wasm
// sizes raw and gzipped, the size of dist/kakehashi.html, and the time from navigation
// to an interactive page (the app mounted, its buttons wired) when it is opened from
// file:// in headless Chromium, as the median of several cold opens.
//
//   node scripts/bench-single-file.mjs [dist] [--runs N]     (after `trunk build --release`)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'dist';

const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const gz = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
function sizes(name) {
  const bytes = readFileSync(join(dist, name));
  return `${name.padEnd(34)} ${kib(bytes.length).padStart(9)} raw ${kib(gz(bytes)).padStart(9)} gzipped`;
}

const single = join(dist, 'kakehashi.html');
for (const name of readdirSync(dist).filter((f) => f.endsWith('.wasm')).sort()) console.log(sizes(name));
console.log(sizes('kakehashi.html'));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
const times = [];
for (let i = 0; i < runs; i++) {
  // A new context each time: no cache, no stored state, as on a first double-click.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(single).href, { waitUntil: 'commit' });
  // performance.now() counts from the navigation's start.
  const handle = await page.waitForFunction(
    () => document.querySelector('header.top-bar button') && performance.now(), null, { polling: 'raf', timeout: 20000 });
  times.push(await handle.jsonValue());
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`interactive from file:// (headless Chromium, ${runs} cold opens): median ${median.toFixed(0)} ms, ` +
  `min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms; file ${kib(statSync(single).size)}`);
