// Journey: the single-file edition with no network at all. A facilitator double-clicks
// dist/kakehashi.html (a file:// URL), opens a session file, and saves a survey file for
// participants; a participant opens that file the same way, lands on the survey, fills it
// in Japanese and saves the answers file; the facilitator imports it and matches the
// room of 41 in the Web Worker that the single file carries (and, with the worker
// refused, on the page with a notice). Every request that is not the opened file itself
// is blocked and counted, and there must be none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DIST, assertAccessible, openPage, waitForApp, waitForStored, CLI, ensureCli } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SINGLE_FILE = join(DIST, 'kakehashi.html');
const NOW = '2026-11-26T09:00:00Z';
/** The budget for the single file. */
const MAX_BYTES = 1.5e6;
const work = mkdtempSync(join(tmpdir(), 'kakehashi-single-'));

let browser;
before(async () => {
  ensureCli();
  // Belt and braces: any request that got past the routes below would go to a closed
  // port through a proxy that does not exist, and no host name resolves.
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
});
after(async () => { await browser?.close(); });

/**
 * A fresh page (support.mjs's, which records console errors and every request, the file
 * itself included) that may load `fileUrl` and nothing else: every other request is
 * aborted and recorded in `blocked`, and `workers` lists every worker it started.
 */
async function offlineContext(fileUrl, locale) {
  const { context, page } = await openPage(browser, { locale, viewport: { width: 1280, height: 900 } });
  const blocked = [];
  const workers = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === fileUrl) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on('worker', (worker) => workers.push(worker.url()));
  return { context, page, blocked, workers, requests: page.kakehashi.requests, errors: page.kakehashi.errors };
}

/** Opens `fileUrl` and waits until the app has mounted; returns the milliseconds taken. */
async function open(page, fileUrl) {
  const started = Date.now();
  await page.goto(fileUrl);
  await waitForApp(page);
  return Date.now() - started;
}

function assertOffline(session, fileUrl, label) {
  assert.deepEqual(session.blocked, [], `${label}: requests that were blocked`);
  // The file itself, and Blob URLs the page made from its own bytes (the worker's script).
  const beyond = session.requests.filter((u) => u !== fileUrl && !u.startsWith('blob:'));
  assert.deepEqual(beyond, [], `${label}: requests beyond the file itself`);
  assert.deepEqual(session.errors, [], `${label}: console errors`);
}

test('the single file stays within its size budget and refers to no other file', () => {
  const bytes = statSync(SINGLE_FILE).size;
  console.log(`SINGLE_FILE_SIZE bytes=${bytes}`);
  assert.ok(bytes < MAX_BYTES, `${SINGLE_FILE} is ${bytes} bytes; the budget is ${MAX_BYTES}`);
  const html = readFileSync(SINGLE_FILE, 'utf8');
  assert.doesNotMatch(html, /<(?:script|link|img)[^>]+(?:src|href)="(?!data:)/, 'no element loads another file');
  assert.match(html, /<script type="application\/json" id="kakehashi-workshop"><\/script>/, 'an empty workshop slot');
});

test('from file:// with the network blocked: survey file out, answers in, matched in the worker', async () => {
  const [cohortFile, cohort] = (() => {
    const path = join(work, 'cohort-40.json');
    execFileSync(CLI, ['demo', '--participants', '40', '--seed', '3', '--lang', 'ja', '--now', NOW, '-o', path]);
    return [path, JSON.parse(readFileSync(path, 'utf8'))];
  })();

  // The facilitator double-clicks kakehashi.html and opens the session file.
  const appUrl = pathToFileURL(SINGLE_FILE).href;
  const host = await offlineContext(appUrl, 'en-US');
  const ms = await open(host.page, appUrl);
  await host.page.getByRole('button', { name: 'Start from the template' }).waitFor();
  console.log(`SINGLE_FILE_PERF interactive_ms=${ms}`);
  await host.page.locator('#open-session').setInputFiles(cohortFile);
  await host.page.waitForFunction(() => globalThis.kakehashiSingleFile.workerStatus === 'ready', null, { timeout: 40000 });
  await waitForStored(host.page, (s) => s.cohort?.responses?.length === cohort.responses.length);

  // Set up & share: no link to a file:// page, but a survey file for participants.
  await host.page.getByRole('link', { name: 'Set up & share', exact: true }).click();
  await host.page.getByRole('heading', { level: 1, name: 'Set up & share' }).waitFor();
  await host.page.getByText('This page was opened from a file').waitFor();
  assert.equal(await host.page.locator('#share-link').count(), 0, 'no share link to a file:// page');
  await assertAccessible(host.page, 'Set up & share from file:// (en)');
  const [download] = await Promise.all([
    host.page.waitForEvent('download'),
    host.page.getByRole('button', { name: 'Save survey file for participants' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `kakehashi-${cohort.workshop.id}.html`);
  const surveyFile = join(work, download.suggestedFilename());
  await download.saveAs(surveyFile);
  await host.page.locator('.share-survey-file-status', { hasText: `Saved: kakehashi-${cohort.workshop.id}.html` }).waitFor();

  // The participant double-clicks the survey file: straight to the survey, in Japanese.
  const surveyUrl = pathToFileURL(surveyFile).href;
  const guest = await offlineContext(surveyUrl, 'ja-JP');
  await open(guest.page, surveyUrl);
  await guest.page.locator('form.survey').waitFor();
  assert.match(guest.page.url(), /#\/survey$/);
  assert.equal(await guest.page.locator('#survey-title').textContent(), cohort.workshop.title.ja);
  await guest.page.locator('#survey-name').fill('佐藤 花子');
  await guest.page.locator('#survey-generation').selectOption(cohort.workshop.generations.at(-1).id);
  for (const [i, skill] of cohort.workshop.skills.entries()) {
    await guest.page.locator(`input[name="skill-${skill.id}"][value="${cohort.workshop.scale.min + (i % (cohort.workshop.scale.max - cohort.workshop.scale.min + 1))}"]`).check();
  }
  await guest.page.getByRole('button', { name: '回答を完成させる' }).click();
  await guest.page.getByRole('heading', { level: 1, name: 'あと1ステップ：回答をファシリテーターに渡してください' }).waitFor();
  const code = await guest.page.locator('#response-code').inputValue();
  assert.match(code, /^KR1\./);
  const [answers] = await Promise.all([
    guest.page.waitForEvent('download'),
    guest.page.getByRole('button', { name: 'response-佐藤 花子.json を保存' }).click(),
  ]);
  const responseFile = join(work, answers.suggestedFilename());
  await answers.saveAs(responseFile);
  // A reload of the survey file keeps the hand-back (nothing is lost, the slot is re-read).
  await guest.page.reload();
  await guest.page.locator('header.top-bar').waitFor();
  assert.equal(await guest.page.locator('#response-code').inputValue(), code);

  // The facilitator imports the file and matches 41 people: more than the page computes
  // inline, so the run goes to the worker the single file made from its own bytes.
  await host.page.getByRole('link', { name: 'Console', exact: true }).click();
  await host.page.locator('#import-files').setInputFiles(responseFile);
  await host.page.locator('.import-report li', { hasText: '佐藤 花子' }).waitFor();
  await host.page.locator('#board-mode').selectOption('mutual');
  await host.page.locator('#board-run').click();
  await host.page.locator('#board-computing').waitFor({ state: 'detached', timeout: 60000 });
  await host.page.locator('#board-total').waitFor();
  assert.ok(host.workers.some((u) => u.startsWith('blob:')), `a Blob-URL worker ran: ${host.workers}`);
  assert.equal(await host.page.getByText('Background computing is not available here').count(), 0);
  assert.equal(await host.page.locator('.pair-card').count(), 20, '41 people: 20 pairs');
  assert.equal(await host.page.locator(`.pair-card[data-members*="${JSON.parse(readFileSync(responseFile, 'utf8')).participant_id}"]`).count()
    + await host.page.locator('.unmatched-item', { hasText: '佐藤 花子' }).count(), 1, 'the participant is on the board');

  // A browser that refuses the worker: the page computes the same pairs and says so.
  const total = await host.page.locator('#board-total').getAttribute('data-total');
  await host.page.evaluate(() => { globalThis.kakehashiSingleFile.workerUrl = null; });
  await host.page.locator('#board-run').click();
  await host.page.getByText('Background computing is not available here').waitFor();
  await host.page.locator('#board-computing').waitFor({ state: 'detached', timeout: 60000 });
  assert.equal(await host.page.locator('#board-total').getAttribute('data-total'), total, 'the same optimum on the page');

  // The session file made here reopens with the participant's answers (export → import).
  const [session] = await Promise.all([
    host.page.waitForEvent('download'),
    host.page.getByRole('button', { name: 'Save the session (answers and pairs)' }).click(),
  ]);
  const sessionPath = join(work, 'session.json');
  await session.saveAs(sessionPath);
  const saved = JSON.parse(readFileSync(sessionPath, 'utf8'));
  assert.equal(saved.responses.length, 41);
  assert.equal(saved.pairing.pairs.length, 20);

  assertOffline(host, appUrl, 'facilitator');
  assertOffline(guest, surveyUrl, 'participant');
  console.log(`SINGLE_FILE_REQUESTS facilitator=${JSON.stringify(host.requests)} participant=${JSON.stringify(guest.requests)}`);
  // The counter itself works: a request the page does make is blocked and counted.
  const probe = 'https://example.com/kakehashi-probe';
  assert.equal(await host.page.evaluate((url) => fetch(url).then(() => 'loaded', () => 'failed'), probe), 'failed');
  assert.deepEqual(host.blocked, [probe]);
  await host.context.close();
  await guest.context.close();
});

test('a survey file whose workshop was damaged says so, in the participant\'s language', async () => {
  const html = readFileSync(SINGLE_FILE, 'utf8').replace(
    '<script type="application/json" id="kakehashi-workshop"></script>',
    '<script type="application/json" id="kakehashi-workshop">{"format": "kakehashi/workshop@1", "id": "x"</script>');
  const damaged = join(work, 'damaged.html');
  writeFileSync(damaged, html);
  const url = pathToFileURL(damaged).href;
  const guest = await offlineContext(url, 'ja-JP');
  await open(guest.page, url);
  const notice = guest.page.locator('.notice-warning');
  await notice.waitFor();
  assert.match(await notice.textContent(), /このアンケートファイルに入っているワークショップを読めませんでした.*ファシリテーターにアンケートファイルをもう一度送ってもらう/);
  assert.doesNotMatch(guest.page.url(), /#\/survey/, 'no survey is opened from a damaged file');
  assertOffline(guest, url, 'damaged survey file');
  await guest.context.close();
});

test('a worker that cannot load is noticed at start-up: the room is matched on the page', async () => {
  // The worker's wasm replaced by bytes that unpack but do not compile, as in a browser
  // that cannot run the worker: it starts, then fails.
  const garbage = gzipSync(Buffer.from('not a wasm module')).toString('base64');
  const html = readFileSync(SINGLE_FILE, 'utf8').replace(
    /(<script type="application\/octet-stream" id="kakehashi-worker-wasm">)[^<]*/, `$1${garbage}`);
  const broken = join(work, 'broken-worker.html');
  writeFileSync(broken, html);
  const cohortFile = join(work, 'cohort-30.json');
  execFileSync(CLI, ['demo', '--participants', '30', '--seed', '8', '--lang', 'en', '--now', NOW, '-o', cohortFile]);

  const url = pathToFileURL(broken).href;
  const host = await offlineContext(url, 'en-US');
  await open(host.page, url);
  await host.page.waitForFunction(() => globalThis.kakehashiSingleFile.workerStatus === 'failed', null, { timeout: 40000 });
  assert.equal(await host.page.evaluate(() => globalThis.kakehashiSingleFile.workerUrl), null);
  await host.page.locator('#open-session').setInputFiles(cohortFile);
  await host.page.getByRole('link', { name: 'Console', exact: true }).click();
  await host.page.locator('#board-run').click();
  await host.page.getByText('Background computing is not available here').waitFor();
  await host.page.locator('#board-computing').waitFor({ state: 'detached', timeout: 60000 });
  assert.equal(await host.page.locator('.pair-card').count(), 15, '30 people: 15 pairs');
  // The failed start is a warning in the console, not an error; nothing else went wrong.
  assertOffline(host, url, 'single file with a broken worker');
  await host.context.close();
});

test('a browser without Uint8Array.fromBase64 (Safari before 18.2, older Chrome) decodes with atob', async () => {
  const url = pathToFileURL(SINGLE_FILE).href;
  const host = await offlineContext(url, 'en-US');
  await host.page.addInitScript(() => { delete Uint8Array.fromBase64; });
  await open(host.page, url);
  assert.equal(await host.page.evaluate(() => typeof Uint8Array.fromBase64), 'undefined');
  await host.page.getByRole('button', { name: 'Start from the template' }).click();
  await host.page.locator('.workshop-summary').waitFor();
  assertOffline(host, url, 'single file without fromBase64');
  await host.context.close();
});
