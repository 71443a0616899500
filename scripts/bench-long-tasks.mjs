#!/usr/bin/env node
// Measures main-thread long tasks in the facilitator's flow with a large room
// (docs/PERFORMANCE.md, "Long tasks in a 2,000-participant flow"): load the app and open
// the workshop, import N answer files at once, match, a 2 s window after the result (the
// save), reload. For each phase: the Long Tasks API's tasks (count, longest, total blocked
// time), the worst lateness of a 20 ms timer, the worst latency of real clicks made every
// ~250 ms during import and match, the localStorage writes, and how long the phase took to
// show its result. Prints each run and the median. The flow is in
// tests/e2e/long_tasks_flow.mjs (shared with tests/e2e/long_tasks.test.mjs).
//
//   node scripts/bench-long-tasks.mjs [dist] [--participants 2000] [--runs 3] [--seed 3] [--tasks] [--json]
//
// --tasks lists every long task (phase, start within the phase, duration, localStorage
// writes inside it); --json prints each run's figures as one JSON line.
//
// After `trunk build --release`; the answer files are written by `kakehashi demo` (the
// CLI from `cargo build --profile native --bin kakehashi`, built if missing, or
// $KAKEHASHI_BIN). Exits 0 whatever the figures; non-zero only if the flow fails.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const participants = option('participants', 2000);
const runs = option('runs', 3);
const seed = option('seed', 3);
const json = args.includes('--json');
const listTasks = args.includes('--tasks');
const dist = args.find((a, i) => !a.startsWith('--') && !['--participants', '--runs', '--seed'].includes(args[i - 1]));
if (dist) process.env.KAKEHASHI_DIST = resolve(dist);

// support.mjs reads KAKEHASHI_DIST when it is loaded.
const { serveDist, launch } = await import('../tests/e2e/support.mjs');
const { writeRoom, runFlow, table, notes, taskLines, median } = await import('../tests/e2e/long_tasks_flow.mjs');

const room = writeRoom(participants, seed);
const server = await serveDist();
const results = [];
try {
  for (let i = 1; i <= runs; i++) {
    // A fresh browser each run: no compiled wasm, no cache, no storage from the previous one.
    const load = loadavg().map((x) => x.toFixed(1)).join(' ');
    const browser = await launch();
    try {
      const { figures, checks, tasks } = await runFlow(browser, server.url, room);
      results.push(figures);
      console.log(`\nrun ${i} of ${runs}: ${participants} participants (seed ${seed}), ${checks.pairs} pairs, ` +
        `${checks.importClicksSent + checks.matchClicksSent} clicks sent (${checks.clickMisses} missed the target); ` +
        `load average before ${load}, after ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
      if (checks.notQuiet.length) console.log(`(never quiet for 300 ms after: ${checks.notQuiet.join(', ')}; went on)`);
      console.log(table(figures));
      console.log(notes(figures));
      if (listTasks) console.log(['long tasks:', ...taskLines(tasks)].join('\n'));
      if (json) console.log(JSON.stringify({ run: i, figures, checks }));
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  room.remove();
}
console.log(`\nmedian of ${runs} runs`);
const middle = median(results);
console.log(table(middle));
console.log(notes(middle));
