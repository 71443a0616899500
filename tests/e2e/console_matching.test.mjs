// Journey: a facilitator with a 30-person room matches in mutual and in reverse mode
// (the totals equal the CLI's `kakehashi match` on the same cohort), locks a pair,
// re-runs and the lock holds, reloads and finds the result intact, in both languages,
// accessible, without a console error or a request outside the app. A second test
// matches 2,000 participants in the worker and measures how the page answers meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openPage, waitForApp, waitForStored, assertAccessible, CLI } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-26T09:00:00Z';

let server;
let browser;
let dir;
before(async () => {
  server = await serveDist();
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'kakehashi-board-'));
});
after(async () => { await browser?.close(); await server?.close(); });

/** A demo cohort from the CLI, written to a file; returns [path, cohort]. */
function demoCohort(n, seed) {
  const text = execFileSync(CLI, ['demo', '--participants', String(n), '--seed', String(seed), '--lang', 'en', '--now', NOW],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  const path = join(dir, `cohort-${n}.json`);
  writeFileSync(path, text);
  return [path, JSON.parse(text)];
}

function cliTotal(path, mode) {
  const out = execFileSync(CLI, ['match', path, '--mode', mode], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return JSON.parse(out).total_score;
}

/** Opens the console with `cohort` as the stored state (written before the app reads it). */
async function openConsole(cohort, locale = 'en-US') {
  const { context, page } = await openPage(browser, { locale, origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate((state) => localStorage.setItem('kakehashi.state', JSON.stringify(state)),
    { format: 'kakehashi/app-state@1', lang: 'en', cohort });
  await page.goto(`${server.url}#/console`);
  await page.reload();
  await waitForApp(page);
  await page.locator('#board-run').waitFor();
  // The earlier version's state is moved into this version's records once, with a backup:
  // a one-time task at the first start after an update, not part of what is measured here.
  await waitForStored(page, (s) => s.cohort?.responses?.length === cohort.responses.length);
  return { context, page };
}

/**
 * Clicks Match (or Re-run) and waits until that run is over: its "computing" state was
 * shown and is gone, with a total shown. A MutationObserver records the computing state
 * because it may come and go between two polls (a small room is matched on the page, in
 * one render pass), and because a re-run's total may equal the one already shown.
 */
async function runAndWait(page) {
  await page.evaluate(() => {
    window.__run?.observer.disconnect();
    const run = { started: false };
    run.observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === Node.ELEMENT_NODE && (n.matches('#board-computing') || n.querySelector('#board-computing'))) run.started = true;
        }
      }
    });
    run.observer.observe(document.body, { childList: true, subtree: true });
    window.__run = run;
  });
  await page.locator('#board-run').click();
  await page.waitForFunction(
    () => window.__run.started && !document.querySelector('#board-computing') && document.querySelector('#board-total'),
    null, { timeout: 120000 });
  await page.evaluate(() => window.__run.observer.disconnect());
}

async function displayedTotal(page) {
  return Number(await page.locator('#board-total').getAttribute('data-total'));
}

test('match in both modes, lock, re-run, reload: totals equal the CLI and the lock holds', async () => {
  const [path, cohort] = demoCohort(30, 7);
  const { context, page } = await openConsole(cohort);

  // The sample workshop is set to reverse mode; start with mutual.
  await page.locator('#board-mode').selectOption('mutual');
  await runAndWait(page);
  assert.equal(await displayedTotal(page), cliTotal(path, 'mutual'), 'mutual total = CLI');
  assert.equal(await page.locator('#board-optimal').getAttribute('data-optimal'), 'true');
  assert.ok(await page.locator('.pair-card').count() >= 14);

  await page.locator('#board-mode').selectOption('reverse');
  await runAndWait(page);
  assert.equal(await displayedTotal(page), cliTotal(path, 'reverse'), 'reverse total = CLI');
  assert.ok(await page.getByText('Mentor', { exact: true }).first().isVisible());

  // Lock the third card, make the re-run want something else, re-run: the lock holds.
  const card = page.locator('.pair-card').nth(2);
  const members = await card.getAttribute('data-members');
  await card.locator('.pair-lock').click();
  await page.locator(`.pair-card.pair-locked[data-members="${members}"]`).waitFor();
  await page.locator('#board-department').selectOption('hard');
  await runAndWait(page);
  await page.locator(`.pair-card.pair-locked[data-members="${members}"]`).waitFor();
  assert.equal(await page.locator('.pair-locked').count(), 1);
  const total = await displayedTotal(page);

  // An explanation opens; the breakdown's rows are there.
  await page.locator('.pair-card').first().locator('.pair-details-toggle').click();
  await page.locator('.breakdown').first().waitFor();
  await assertAccessible(page, 'console with pairs (en)');

  await page.reload();
  await waitForApp(page);
  await page.locator(`.pair-card.pair-locked[data-members="${members}"]`).waitFor();
  assert.equal(await displayedTotal(page), total, 'the result survives a reload');
  assert.equal(await page.locator('#board-mode').inputValue(), 'reverse');

  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('heading', { level: 2, name: 'ペアづくり' }).waitFor();
  await page.locator('.pair-card').first().locator('.pair-details-toggle').click();
  await assertAccessible(page, 'console with pairs (ja)');
  page.kakehashi.assertClean();
  await context.close();
});

test('2,000 participants match in the worker while the page keeps answering', async () => {
  const [, cohort] = demoCohort(2000, 3);
  const { context, page } = await openConsole(cohort);
  // Measure how late a 20 ms timer fires on the page, with the time of each sample.
  await page.evaluate(() => {
    window.__lag = { samples: [], on: true };
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      window.__lag.samples.push([now, now - last - 20]);
      last = now;
      if (window.__lag.on) setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  });
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('#board-run').click();
  await page.locator('#board-computing').waitFor();
  const started = await page.evaluate(() => performance.now());
  // Wait until the page's own work of starting the run (saving the state, serialising the
  // request) is over: measured above as the start delay, recorded in docs/PERFORMANCE.md.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  // Click the settings' summary (a real UI event) while the worker computes.
  // A click that ends after the result arrived overlapped its handling on the page (the
  // "around the result" delay): it is recorded apart.
  const clicks = [];
  const clicksAtResult = [];
  while (clicks.length < 8 && await page.locator('#board-computing').count()) {
    const c0 = Date.now();
    await page.locator('.board-settings > summary').click();
    const ms = Date.now() - c0;
    (await page.locator('#board-computing').count() ? clicks : clicksAtResult).push(ms);
    // Space the clicks by five ticks of the page's own 20 ms timer (about 100 ms).
    const ticks = await page.evaluate(() => window.__lag.samples.length);
    await page.waitForFunction((n) => window.__lag.samples.length >= n + 5, ticks, { polling: 10 });
  }
  await page.locator('#board-computing').waitFor({ state: 'detached', timeout: 300000 });
  const done = await page.evaluate(() => performance.now());
  await page.locator('#board-total').waitFor();
  const shown = await page.evaluate(() => performance.now());
  // The "around the result" window ends 300 ms after the result was shown: wait until the
  // page's timer has recorded a sample past it.
  await page.waitForFunction((end) => window.__lag.samples.some(([t]) => t > end), shown + 300, { polling: 10 });
  const samples = await page.evaluate(() => { window.__lag.on = false; return window.__lag.samples; });
  const maxLag = (from, to) => Math.round(Math.max(0, ...samples.filter(([t]) => t > from && t <= to).map(([, l]) => l)));
  const figures = {
    participants: 2000,
    startMs: Math.round(started - t0),
    untilResultMs: Math.round(done - t0),
    untilShownMs: Math.round(shown - t0),
    clickMs: clicks,
    clickAtResultMs: clicksAtResult,
    maxTimerLagWhileComputingMs: maxLag(started + 50, done - 400),
    maxTimerLagAtStartMs: maxLag(t0, started + 50),
    maxTimerLagAroundResultMs: maxLag(done - 400, shown + 300),
    pairsShown: await page.locator('.pair-card').count(),
  };
  console.log(`BOARD_PERF ${JSON.stringify(figures)}`);
  // Responsiveness is judged by the page's own timer while the worker computes: a click
  // driven by Playwright also pays the driver's round trips, and on a loaded machine the
  // result may arrive before any click completes (seen in CI), so clicks are reported only.
  // The worker may now finish in well under a second, so the timer is judged by how often it
  // fired over the whole run, result included (no main-thread task over 50 ms is allowed any
  // more, docs/PERFORMANCE.md): at least half the ticks an idle page would have had.
  const computing = samples.filter(([t]) => t > started + 50 && t <= done);
  const expected = Math.floor((done - started - 50) / 20);
  assert.ok(computing.length >= Math.max(3, expected / 2), `the page's timer kept firing while the worker computed (${computing.length} of about ${expected} samples)`);
  const lagOverRun = Math.round(Math.max(0, ...computing.map(([, l]) => l)));
  assert.ok(lagOverRun < 250, `timer lag while matching: ${lagOverRun} ms`);
  if (clicks.length) assert.ok(Math.max(...clicks) < 1000, `clicks answered while matching: ${clicks}`);
  page.kakehashi.assertClean();
  await context.close();
});
