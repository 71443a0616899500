// The facilitator's flow with a large room, instrumented for main-thread responsiveness:
// shared by `scripts/bench-long-tasks.mjs` (the benchmark, several runs, figures in
// docs/PERFORMANCE.md) and `tests/e2e/long_tasks.test.mjs` (one run in CI, which checks
// only that the flow completes and prints the figures).
//
// Phases, each attributed by time on the page's own clock (performance.now()):
//   load    navigation, Home → open a session file with the workshop and no answers → Console
//   pick    the N response files given to the console's file picker at once, until its
//           change event: Chromium making the FileList, ~0.2 ms a file in one task that
//           ends with the change event (as long on a bare <input type=file multiple>),
//           reported apart so as not to blame the app for it
//   import  from the change event, until the roster shows N
//   match   Match pressed, until the first pair cards are painted
//   save    a measured window of SAVE_WINDOW_MS after the cards were painted (the app
//           persists its state after every change)
//   reload  the page reloaded, until the roster and the cards are painted again and the
//           page is quiet
//
// For each phase the page records (an init script, installed before the app loads):
// every Long Tasks API entry (tasks over 50 ms), the worst lateness of a 20 ms
// setInterval, every storage write and how long the call took, and, during import
// and match, the latency of a real click every ~250 ms on a harmless element (the
// board settings' <summary>, which opens and closes its <details> without the app):
// from the input event's timestamp to the frame painted after it was handled.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { openPage, waitForApp } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const NOW = '2026-11-26T09:00:00Z';

export const PHASES = ['load', 'pick', 'import', 'match', 'save', 'reload'];
/** The deliberate idle window after the result, in which the save's tasks are counted. */
export const SAVE_WINDOW_MS = 2000;
/** How long the page must have been free of long tasks to be "quiet", and how long to
 * wait for that before going on regardless (a measurement boundary, not a correctness
 * condition: a loaded machine must not fail the flow here). */
const QUIET_MS = 300;
const QUIET_GIVE_UP_MS = 15_000;
const CLICK_EVERY_MS = 250;
const CLICK_TARGET = '.board-settings > summary';
/** Generous: these bound a broken flow, not a slow one. */
const TIMEOUT = { step: 60_000, import: 600_000, match: 600_000, reload: 300_000 };

/** The CLI (`cargo build --profile native --bin kakehashi`), built if it is missing. */
export function cli() {
  if (process.env.KAKEHASHI_BIN) return process.env.KAKEHASHI_BIN;
  const path = join(TARGET, 'native', 'kakehashi');
  if (!existsSync(path)) {
    execFileSync('cargo', ['build', '--profile', 'native', '--bin', 'kakehashi'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  }
  return path;
}

/**
 * Writes a room of `n` participants with `kakehashi demo --responses-dir`: the workshop,
 * one response file each, and the session file the facilitator opens first (the
 * workshop, no answers yet). Returns { dir, workshop, files, session, remove() }.
 */
export function writeRoom(n, seed) {
  const dir = mkdtempSync(join(tmpdir(), 'kakehashi-long-tasks-'));
  execFileSync(cli(), ['demo', '--participants', String(n), '--seed', String(seed), '--lang', 'ja', '--now', NOW,
    '--responses-dir', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const workshop = JSON.parse(readFileSync(join(dir, 'workshop.json'), 'utf8'));
  const files = readdirSync(dir).filter((f) => f.startsWith('response-')).sort().map((f) => join(dir, f));
  if (files.length !== n) throw new Error(`kakehashi demo wrote ${files.length} response files, not ${n}`);
  const session = join(dir, 'session-empty.json');
  writeFileSync(session, JSON.stringify({ format: 'kakehashi/cohort@1', workshop, responses: [], rounds: [] }, null, 2));
  return { dir, workshop, files, session, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs on every document of the page before its own scripts (page.addInitScript). All
 * times are performance.now() of that document; its first phase is read from
 * sessionStorage so that a reload starts in the phase the flow set before it.
 */
function instrument({ clickTarget }) {
  let first = 'load';
  try { first = sessionStorage.getItem('__lt.phase') || first; } catch { /* an opaque origin */ }
  const lt = {
    marks: [[0, first]],
    tasks: [],
    timer: {},
    clicks: [],
    misses: 0,
    clicking: false,
    writes: [],
    states: {},
    pressed: {},
    busyAt: 0,
  };
  window.__lt = lt;
  const phaseAt = (t) => {
    let phase = lt.marks[0][1];
    for (const [at, name] of lt.marks) if (at <= t) phase = name;
    return phase;
  };
  lt.phaseAt = phaseAt;
  lt.setPhase = (name, at = performance.now()) => {
    lt.marks.push([at, name]);
    lt.marks.sort((a, b) => a[0] - b[0]);
  };
  // The time just after the next frame is painted: a task queued from requestAnimationFrame.
  const afterPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  });

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      lt.tasks.push([e.startTime, e.duration]);
      lt.busyAt = Math.max(lt.busyAt, e.startTime + e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });

  // A 20 ms interval: how late each tick fires after the previous one, per phase (of the
  // time the tick was due).
  let previous = performance.now();
  setInterval(() => {
    const now = performance.now();
    const due = previous + 20;
    const late = now - due;
    const s = (lt.timer[phaseAt(due)] ??= { max: 0, ticks: 0 });
    s.ticks += 1;
    s.max = Math.max(s.max, late);
    previous = now;
  }, 20);

  // Every write to storage: when, how long the call took on the page, how many characters
  // (a string's length; -1 for an object). localStorage.setItem is the whole write;
  // IndexedDB's put and add (none today) clone the value on the page and write later.
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const start = performance.now();
    try {
      return setItem.call(this, key, value);
    } finally {
      if (!String(key).startsWith('__lt.')) lt.writes.push([start, performance.now() - start, String(value).length, 'localStorage']);
    }
  };
  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (value, ...rest) {
      const start = performance.now();
      try {
        return original.call(this, value, ...rest);
      } finally {
        lt.writes.push([start, performance.now() - start, typeof value === 'string' ? value.length : -1, 'indexedDB']);
      }
    };
  }

  // Clicks: from the pointerdown's timestamp (when the input arrived, however long it
  // then waited for the main thread) to the frame painted after the click was handled.
  let pending = null;
  addEventListener('pointerdown', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest('#board-run')) lt.pressed.run = e.timeStamp;
    if (!lt.clicking) return;
    if (target?.closest(clickTarget)) pending = e.timeStamp;
    else lt.misses += 1;
  }, true);
  addEventListener('click', (e) => {
    const onTarget = e.target instanceof Element && e.target.closest(clickTarget);
    if (lt.clicking && !onTarget) {
      // A click that missed (the layout moved under it) must not press anything else.
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    if (pending === null || !onTarget) return;
    const start = pending;
    pending = null;
    afterPaint((t) => lt.clicks.push([start, t - start]));
  }, true);
  addEventListener('change', (e) => {
    if (!(e.target instanceof Element) || e.target.id !== 'import-files') return;
    lt.pressed.import = e.timeStamp;
    if (phaseAt(e.timeStamp) === 'pick') lt.setPhase('import', e.timeStamp);
  }, true);

  // What the page shows, recorded with the time of the frame that first painted each value.
  const probes = {
    app: () => Boolean(document.querySelector('header.top-bar')),
    roster: () => Number(/\((\d+)\)/.exec(document.querySelector('#roster-title')?.textContent ?? '')?.[1] ?? 0),
    cards: () => document.querySelectorAll('.pair-card').length,
    computing: () => Boolean(document.querySelector('#board-computing')),
    progress: () => Boolean(document.querySelector('main progress, main [role="progressbar"]')),
  };
  const last = {};
  const look = () => {
    for (const [name, probe] of Object.entries(probes)) {
      const value = probe();
      if (value === last[name]) continue;
      last[name] = value;
      afterPaint((t) => (lt.states[name] ??= []).push([t, value]));
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Polls `fn(arg)` on the page every 50 ms (not every frame: the poll itself costs little). */
function until(page, fn, arg, timeout) {
  return page.waitForFunction(fn, arg, { polling: 50, timeout });
}

/**
 * Waits until the page has been quiet for QUIET_MS: no long task ended and this poll
 * itself not held up (a long task's entry may be delivered after the poll that follows
 * it). A condition on the measurement, so that a phase's trailing tasks are not counted in
 * the next one. Resolves to false if the page was never quiet for that long.
 */
async function quiet(page) {
  try {
    await until(page, (ms) => {
      const lt = window.__lt;
      const now = performance.now();
      if (lt.lastPoll !== undefined && now - lt.lastPoll > 150) lt.busyAt = Math.max(lt.busyAt, now);
      lt.lastPoll = now;
      return now - lt.busyAt >= ms;
    }, QUIET_MS, QUIET_GIVE_UP_MS);
    return true;
  } catch (e) {
    if (e.name !== 'TimeoutError') throw e;
    return false;
  } finally {
    await page.evaluate(() => { delete window.__lt.lastPoll; });
  }
}

/** The first time (after `since`) at which the state `name` was painted with a value `ok` accepts. */
function firstState(snapshot, name, ok, since = 0) {
  return (snapshot.states[name] ?? []).find(([t, v]) => t >= since && ok(v))?.[0];
}

/**
 * Clicks the harmless element every CLICK_EVERY_MS with real input events
 * (page.mouse, no actionability checks that would wait for the page first), aiming again
 * after each click in case the layout moved. `stop()` resolves to the number of clicks.
 */
function startClicking(page) {
  let stopped = false;
  let clicks = 0;
  const aim = () => page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    let r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight) {
      el.scrollIntoView({ block: 'center' });
      r = el.getBoundingClientRect();
    }
    return { x: r.left + Math.min(24, r.width / 2), y: r.top + r.height / 2 };
  }, CLICK_TARGET);
  const loop = (async () => {
    await page.evaluate(() => { window.__lt.clicking = true; });
    let at = await aim();
    while (!stopped) {
      const t0 = Date.now();
      if (at) {
        await page.mouse.click(at.x, at.y);
        clicks += 1;
      }
      at = await aim();
      const left = CLICK_EVERY_MS - (Date.now() - t0);
      if (left > 0 && !stopped) await sleep(left);
    }
    await page.evaluate(() => { window.__lt.clicking = false; });
  })();
  loop.catch(() => {});
  return { stop: async () => { stopped = true; await loop; return clicks; } };
}

const snapshot = (page) => page.evaluate(() => {
  const { marks, tasks, timer, clicks, misses, writes, states, pressed } = window.__lt;
  return { marks, tasks, timer, clicks, misses, writes, states, pressed };
});

/** The figures of one phase from a document's snapshot. */
function phaseFigures(snap, phase) {
  const phaseAt = (t) => {
    let p = snap.marks[0][1];
    for (const [at, name] of snap.marks) if (at <= t) p = name;
    return p;
  };
  const tasks = snap.tasks.filter(([start]) => phaseAt(start) === phase).map(([, d]) => d);
  const clicks = snap.clicks.filter(([start]) => phaseAt(start) === phase).map(([, ms]) => ms);
  const writes = snap.writes.filter(([start]) => phaseAt(start) === phase);
  const max = (xs) => (xs.length ? Math.max(...xs) : 0);
  return {
    longTasks: tasks.length,
    longestMs: max(tasks),
    blockedMs: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    timerLateMs: Math.max(0, snap.timer[phase]?.max ?? 0),
    clickMs: clicks.length ? max(clicks) : null,
    clicks: clicks.length,
    saves: writes.length,
    saveMs: max(writes.map(([, d]) => d)),
    savedChars: max(writes.map(([, , n]) => n)),
  };
}

/** Every long task of the given phases: its phase, its start after the phase's start, its
 * duration, and the storage writes made inside it. */
function taskList(snap, phases) {
  const phaseOf = (t) => {
    let mark = snap.marks[0];
    for (const m of snap.marks) if (m[0] <= t) mark = m;
    return mark;
  };
  return snap.tasks
    .map(([start, ms]) => {
      const [from, phase] = phaseOf(start);
      const writes = snap.writes.filter(([t]) => t >= start && t <= start + ms).map(([, , n, kind]) => ({ kind, chars: n }));
      return { phase, atMs: Math.round(start - from), ms: Math.round(ms), writes };
    })
    .filter((t) => phases.includes(t.phase));
}

const round = (figures) => Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v) : v]));

/**
 * Runs the whole flow once in a fresh browser context of `browser`, against the app
 * served at `url`, with the room written by writeRoom(). Throws if the flow fails (an
 * element never shows, a console error, a request outside the app). Resolves to
 * { figures: { phase: {...} }, checks: {...}, tasks: [...] }.
 */
export async function runFlow(browser, url, room) {
  const n = room.files.length;
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: url });
  try {
    await page.addInitScript(instrument, { clickTarget: CLICK_TARGET });
    const checks = { participants: n };
    const extra = {};

    // (a) load: the app, the session file with the workshop, the console.
    await page.goto(url);
    await waitForApp(page);
    await page.locator('#open-session').setInputFiles(room.session);
    await page.locator('#current-workshop-title').waitFor({ timeout: TIMEOUT.step });
    await page.locator('header.top-bar nav a[href="#/console"]').click();
    await page.locator('#import-files').waitFor({ timeout: TIMEOUT.step });
    await page.locator(CLICK_TARGET).waitFor({ timeout: TIMEOUT.step });
    const notQuiet = [];
    if (!(await quiet(page))) notQuiet.push('load');

    // (b) pick and import: every response file at once, clicking meanwhile, until the
    // roster shows n. The page moves from "pick" to "import" at the change event.
    await page.evaluate(() => window.__lt.setPhase('pick'));
    let clicker = startClicking(page);
    await page.locator('#import-files').setInputFiles(room.files, { timeout: TIMEOUT.import });
    await until(page, (count) => (window.__lt.states.roster ?? []).some(([, c]) => c === count), n, TIMEOUT.import);
    extra.importClicksSent = await clicker.stop();
    if (!(await quiet(page))) notQuiet.push('import');
    checks.roster = Number(/\((\d+)\)/.exec(await page.locator('#roster-title').textContent())?.[1]);
    checks.imported = await page.locator('.import-report li.import-ok').count();
    checks.rejected = await page.locator('.import-report li.import-rejected').count();

    // (c) match: Match pressed, until the cards are painted and "computing" is gone (the
    // board had no cards before; a room of up to 24 is matched inline, maybe without a
    // "computing" frame).
    const matchAt = await page.evaluate(() => { window.__lt.setPhase('match'); return performance.now(); });
    await page.locator('#board-run').click();
    clicker = startClicking(page);
    await until(page, (since) => (window.__lt.states.cards ?? []).some(([t, c]) => t >= since && c > 0)
      && !document.querySelector('#board-computing'), matchAt, TIMEOUT.match);
    extra.matchClicksSent = await clicker.stop();

    // (d) save: from the frame that painted the cards, a measured window of SAVE_WINDOW_MS.
    let snap = await snapshot(page);
    const cardsAt = firstState(snap, 'cards', (c) => c > 0, matchAt);
    await page.evaluate((at) => window.__lt.setPhase('save', at), cardsAt);
    await until(page, (end) => performance.now() >= end, cardsAt + SAVE_WINDOW_MS, TIMEOUT.step);
    await page.evaluate((at) => window.__lt.setPhase('after', at), cardsAt + SAVE_WINDOW_MS);
    snap = await snapshot(page);
    checks.pairs = Number(await page.locator('dl.board-summary > div').nth(1).locator('dd').textContent());
    checks.total = Number(await page.locator('#board-total').getAttribute('data-total'));
    checks.cards = await page.locator('.pair-card').count();

    const figures = {};
    for (const phase of ['load', 'pick', 'import', 'match', 'save']) figures[phase] = phaseFigures(snap, phase);
    figures.load.shownMs = firstState(snap, 'app', Boolean);
    figures.import.shownMs = firstState(snap, 'roster', (c) => c === n) - snap.pressed.import;
    figures.import.progressShown = Boolean(firstState(snap, 'progress', Boolean, snap.pressed.import));
    figures.match.shownMs = cardsAt - snap.pressed.run;
    const computingAt = firstState(snap, 'computing', Boolean, matchAt);
    figures.match.computingShownMs = computingAt === undefined ? null : computingAt - snap.pressed.run;
    figures.pick.shownMs = snap.pressed.import - snap.marks.find(([, p]) => p === 'pick')[0];
    figures.save.shownMs = null;
    const missesBeforeReload = snap.misses;
    const tasks = taskList(snap, ['load', 'pick', 'import', 'match', 'save']);

    // (e) reload: the page reloaded from storage, until the roster and the cards are painted.
    await page.evaluate(() => sessionStorage.setItem('__lt.phase', 'reload'));
    await page.reload({ timeout: TIMEOUT.reload });
    await until(page, (count) => {
      const s = window.__lt.states;
      return (s.roster ?? []).some(([, c]) => c === count) && (s.cards ?? []).some(([, c]) => c > 0);
    }, n, TIMEOUT.reload);
    if (!(await quiet(page))) notQuiet.push('reload');
    const snap2 = await snapshot(page);
    figures.reload = phaseFigures(snap2, 'reload');
    tasks.push(...taskList(snap2, ['reload']));
    figures.reload.shownMs = Math.max(firstState(snap2, 'roster', (c) => c === n), firstState(snap2, 'cards', (c) => c > 0));
    checks.rosterAfterReload = Number(/\((\d+)\)/.exec(await page.locator('#roster-title').textContent())?.[1]);
    checks.pairsAfterReload = Number(await page.locator('dl.board-summary > div').nth(1).locator('dd').textContent());
    checks.totalAfterReload = Number(await page.locator('#board-total').getAttribute('data-total'));
    checks.cardsAfterReload = await page.locator('.pair-card').count();
    checks.clickMisses = missesBeforeReload;
    checks.notQuiet = notQuiet;
    Object.assign(checks, extra);

    page.kakehashi.assertClean();
    for (const phase of PHASES) figures[phase] = round(figures[phase]);
    return { figures, checks, tasks };
  } finally {
    await context.close();
  }
}

const COLUMNS = [
  ['long tasks', (f) => f.longTasks],
  ['longest ms', (f) => f.longestMs],
  ['blocked ms', (f) => f.blockedMs],
  ['timer late ms', (f) => f.timerLateMs],
  ['click ms (n)', (f) => (f.clicks ? `${f.clickMs} (${f.clicks})` : '–')],
  ['saves', (f) => (f.saves ? `${f.saves} × ${f.saveMs} ms` : '–')],
  ['shown ms', (f) => f.shownMs ?? '–'],
];

/** A text table of one run's (or the median's) figures, one row per phase. */
export function table(figures) {
  const rows = [['phase', ...COLUMNS.map(([h]) => h)]];
  for (const phase of PHASES) rows.push([phase, ...COLUMNS.map(([, get]) => String(get(figures[phase])))]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')).join('\n');
}

/** The long tasks one per line: phase, start within the phase, duration, storage writes inside. */
export function taskLines(tasks) {
  return tasks.map((t) => `  ${t.phase.padEnd(6)} +${String(t.atMs).padStart(5)} ms  ${String(t.ms).padStart(4)} ms` +
    t.writes.map((w) => `  (${w.kind} write${w.chars >= 0 ? `: ${w.chars} characters` : ''})`).join(''));
}

/** One line on what the table has no column for. */
export function notes(figures) {
  const mchars = (n) => `${n.toLocaleString('en')} characters`;
  return [
    `import: progress bar shown ${figures.import.progressShown ? 'yes' : 'no'}`,
    `match: Match pressed → "computing" painted ${figures.match.computingShownMs ?? '–'} ms`,
    `largest storage write ${mchars(Math.max(...PHASES.map((p) => figures[p].savedChars)))}`,
  ].join('; ');
}

/** The median of each figure over runs (the middle run for an odd count). */
export function median(runs) {
  const mid = (xs) => {
    const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
    if (!s.length) return null;
    return s.length % 2 ? s[(s.length - 1) / 2] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2);
  };
  const out = {};
  for (const phase of PHASES) {
    out[phase] = {};
    for (const key of Object.keys(runs[0][phase])) {
      const values = runs.map((r) => r[phase][key]);
      out[phase][key] = typeof values[0] === 'boolean' ? values.some(Boolean) : mid(values);
    }
  }
  return out;
}
