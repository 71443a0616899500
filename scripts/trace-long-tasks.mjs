#!/usr/bin/env node
// What each long task of the 2,000-participant flow is made of (docs/PERFORMANCE.md,
// "Long tasks in a 2,000-participant flow"): plays the flow of tests/e2e/long_tasks_flow.mjs
// once with a Chrome trace (timeline and CPU profiler), then lists every main-thread task
// of at least --min-ms: its start (from the first one listed), its length, the trace
// events inside it (Layout, UpdateLayoutTree, Paint, FunctionCall, …) and the functions
// that took its time (inclusive, from the profiler's samples).
//
//   node scripts/trace-long-tasks.mjs [dist] [--participants 2000] [--min-ms 50] [--top 15] [--trace FILE]
//   node scripts/trace-long-tasks.mjs --analyze trace.json [--min-ms 30]     (a trace already made)
//
// The wasm's functions have names only in a build that keeps them (a release build is
// stripped and wasm-opt drops the name section):
//
//   CARGO_PROFILE_RELEASE_STRIP=none CARGO_TARGET_DIR=target/names trunk build --release --dist dist-names
//
// with `data-keep-debug data-wasm-opt="0"` added to the app's <link> in index.html for
// that build only. The profiler slows every task: compare tasks with each other, and
// take the figures from scripts/bench-long-tasks.mjs.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const participants = Number(option('participants', 2000));
const minMs = Number(option('min-ms', 50));
const top = Number(option('top', 15));
const analyze = option('analyze', null);
const tracePath = resolve(analyze ?? option('trace', join(tmpdir(), 'kakehashi-long-tasks-trace.json')));
const valued = ['--participants', '--min-ms', '--top', '--trace', '--analyze'];
const dist = args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1]));
if (dist) process.env.KAKEHASHI_DIST = resolve(dist);

if (!analyze) await playFlow();

const trace = JSON.parse(readFileSync(tracePath, 'utf8'));
const events = trace.traceEvents ?? trace;
const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  .map((e) => `${e.pid}:${e.tid}`));
const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur >= minMs * 1000);

// The profiler's samples, per thread, as [time, node id], with each node's parent.
const profiles = new Map();
for (const e of events) {
  if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { key: `${e.pid}:${e.tid}`, t: e.args.data.startTime, nodes: new Map(), parent: new Map(), samples: [] });
}
for (const e of events.filter((x) => x.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts)) {
  const p = profiles.get(`${e.pid}:${e.id}`);
  const data = e.args.data;
  if (!p || !data.cpuProfile) continue;
  for (const node of data.cpuProfile.nodes ?? []) {
    p.nodes.set(node.id, node);
    if (node.parent) p.parent.set(node.id, node.parent);
  }
  (data.cpuProfile.samples ?? []).forEach((id, i) => { p.t += data.timeDeltas[i]; p.samples.push([p.t, id]); });
}
const fname = (node) => node?.callFrame?.functionName || '(anonymous)';
// Frames every task goes through (the bindings, the executor, the scheduler): not listed.
const plumbing = /^(js-to-wasm|wasm-to-js|wasm_bindgen|js_sys::futures|yew::scheduler)|^(real|\(.*\))$/;
const short = (s) => s.replace(/::h[0-9a-f]{16}$/, '').replace(/<[^<>]*>/g, '').replace(/<[^<>]*>/g, '').slice(0, 110);
const ms = (us) => (us / 1000).toFixed(1).padStart(7);

const t0 = tasks.length ? tasks[0].ts : 0;
console.log(`\n${tasks.length} main-thread tasks of ${minMs} ms or more (trace: ${tracePath})`);
for (const task of tasks) {
  const end = task.ts + task.dur;
  console.log(`\n+${Math.round((task.ts - t0) / 1000)} ms: ${Math.round(task.dur / 1000)} ms`);
  const inside = new Map();
  for (const e of onMain) {
    if (e === task || e.pid !== task.pid || e.tid !== task.tid || e.ts < task.ts || e.ts + e.dur > end) continue;
    const name = e.name + (e.args?.data?.type ? ` ${e.args.data.type}` : '');
    inside.set(name, (inside.get(name) ?? 0) + e.dur);
  }
  const events_ = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(`  events: ${events_.map(([n, d]) => `${n} ${Math.round(d / 1000)}`).join(', ')}`);
  const p = [...profiles.values()].find((x) => x.key === `${task.pid}:${task.tid}`);
  if (!p) continue;
  const inclusive = new Map();
  p.samples.forEach(([t, id], i) => {
    if (t < task.ts || t > end) return;
    const weight = (p.samples[i + 1]?.[0] ?? t) - t;
    const seen = new Set();
    for (let node = p.nodes.get(id); node; node = p.nodes.get(p.parent.get(node.id))) {
      const name = fname(node);
      if (seen.has(name) || plumbing.test(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + weight);
    }
  });
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(us)}  ${short(name)}`);
}

/** Plays the flow once in a traced page, writing the trace to tracePath. */
async function playFlow() {
  const { serveDist, launch } = await import('../tests/e2e/support.mjs');
  const { writeRoom, runFlow, table, notes } = await import('../tests/e2e/long_tasks_flow.mjs');

  const room = writeRoom(participants, 3);
  const server = await serveDist();
  const browser = await launch();
  // The flow opens its own context and page: trace that page from its creation to its close.
  const traced = {
    newContext: async (options) => {
      const context = await browser.newContext(options);
      const newPage = context.newPage.bind(context);
      context.newPage = async () => {
        const page = await newPage();
        await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline',
          'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'toplevel'] });
        return page;
      };
      const close = context.close.bind(context);
      context.close = async () => { await browser.stopTracing(); return close(); };
      return context;
    },
  };
  try {
    const { figures } = await runFlow(traced, server.url, room);
    console.log(table(figures));
    console.log(notes(figures));
  } finally {
    await browser.close();
    await server.close();
    room.remove();
  }
}
