// Journey (issue 11, "the programme after the match"): in Japanese, a facilitator matches
// the seeded sample, opens a pair's kickoff sheet (the names, the goals, the plan; the
// calendar says where to set the first date), sets the programme in Set up (3 meetings
// every 2 weeks from 2027-01-15 at 17:30), downloads the pair's calendar and the all-pairs
// calendar twice, and Python's icalendar reads them: three events a pair at the dates
// this test works out itself, in Asia/Tokyo, with the same UIDs in both exports. The
// kickoff sheets print one A4 page per pair, and axe-core finds nothing serious on the
// open sheet. In English, a shorter round: the sheet's words, and Close returns focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openPage, waitForApp, waitForStored, assertAccessible } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kakehashi-kickoff-'));
// Screenshots of the sheet on screen and in print, when asked.
const SHOTS = process.env.KAKEHASHI_SHOTS;

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); await server?.close(); });

/** A Python with the icalendar package (scripts/ensure-tools.sh test installs it). */
function python() {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(candidate, ['-c', 'import icalendar'], { stdio: 'ignore' });
      return candidate;
    } catch { /* try the next */ }
  }
  throw new Error("Python's icalendar is missing: run scripts/ensure-tools.sh test");
}

/** The events of an .ics file as Python's icalendar reads them, times in `zone`. */
function readIcs(path, zone = 'Asia/Tokyo') {
  return JSON.parse(execFileSync(python(), [join(ROOT, 'tests/read_ics.py'), path, zone], { encoding: 'utf8' }));
}

/** `YYYY-MM-DD` plus `days`. */
function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function loadSampleAndMatch(page, lang) {
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('button', { hasText: lang === 'ja' ? 'サンプルのワークショップを読み込む' : 'Load the sample workshop' }).click();
  await waitForStored(page, (s) => s.cohort?.responses?.length === 24);
  await page.goto(`${server.url}#/console`);
  await page.locator('#board-run').click();
  await page.locator('#board-total').waitFor();
  await page.locator('.pair-card').first().waitFor();
}

/** The first card's mentor and mentee names. */
async function firstPair(page) {
  const card = page.locator('.pair-card').first();
  const names = await card.locator('.pair-name').allTextContents();
  return { card, mentor: names[0], mentee: names[1], key: await card.getAttribute('data-members') };
}

async function saveDownload(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

test('ja: a pair\'s kickoff sheet, the programme set in Set up, both calendars read by icalendar, one printed page per pair', async () => {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url, viewport: { width: 1280, height: 900 } });
  await loadSampleAndMatch(page, 'ja');
  const pairs = await page.locator('.pair-card').count();
  const { card, mentor, mentee, key } = await firstPair(page);

  // The sheet opens in a modal dialog, focus on its heading.
  await card.getByRole('button', { name: 'キックオフシート' }).click();
  const dialog = page.locator('dialog.kickoff-dialog[open]');
  await dialog.waitFor();
  assert.equal(await dialog.locator('.kickoff-sheet').getAttribute('data-members'), key);
  assert.match(await dialog.locator('h2').textContent(), /^キックオフシート：ペア \d+$/);
  await page.waitForFunction(() => /^kickoff-heading-\d+$/.test(document.activeElement?.id ?? ''));
  assert.deepEqual(await dialog.locator('.kickoff-person .kickoff-name').allTextContents(), [mentor, mentee]);
  assert.deepEqual(await dialog.locator('.kickoff-person .pair-role').allTextContents(), ['メンター', 'メンティー']);
  assert.equal(await dialog.locator('.kickoff-person h4').first().textContent(), `${mentor}さんが教えること`);
  const goals = await dialog.locator('.kickoff-goals ol li').allTextContents();
  assert.ok(goals.length >= 1 && goals.length <= 3, `${goals}`);
  assert.ok(goals.every((g) => g.startsWith(`${mentee}さん：`)), `${goals}`);
  const plan = await dialog.locator('.kickoff-plan li').allTextContents();
  assert.deepEqual(plan, ['4週間ごとに、1回60分の面談を6回', '初回：日にちは相談して決めてください（まだ決まっていません）。', '場所：オンライン、または相談して決めた場所']);
  assert.equal(await dialog.locator('.kickoff-sign-box').count(), 2, 'a box to sign for each');
  // No first date yet: the calendar says where to set it.
  await dialog.getByRole('button', { name: 'カレンダーに追加（.ics）' }).click();
  const blocked = await dialog.locator('[role=alert]').textContent();
  assert.match(blocked, /初回の日付が必要です.*「準備と共有」.*「ワークショップを編集する」.*「マッチング後の面談の予定」/);
  await assertAccessible(page, 'the kickoff sheet (ja)');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'kickoff-sheet-ja.png') });
  // Escape closes it, and focus is back on the card's button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => /^kickoff-open-\d+$/.test(document.activeElement?.id ?? ''));

  // The programme, in Set up: 3 meetings every 2 weeks from 15 January 2027 at 17:30.
  await page.goto(`${server.url}#/setup`);
  await page.getByRole('button', { name: 'ワークショップを編集する' }).click();
  await page.locator('#setup-programme-meetings').fill('3');
  await page.locator('#setup-programme-interval_weeks').fill('2');
  await page.locator('#setup-programme-starts_on').fill('2027-01-15');
  await page.locator('#setup-programme-time').fill('17:30');
  await page.locator('#setup-programme-place').fill('本社 5F, 会議室A');
  // An out-of-range value is named beside its field, and Save waits for it.
  await page.locator('#setup-programme-minutes').fill('300');
  await page.locator('#setup-programme-place').focus();
  await page.locator('#setup-programme-minutes-problem').waitFor();
  assert.match(await page.locator('#setup-programme-minutes-problem').textContent(), /1回の面談の長さは15〜240分にしてください（今は300分です）/);
  await page.locator('#setup-programme-minutes').fill('60');
  await page.locator('#setup-programme-place').focus();
  await page.locator('#setup-programme-minutes-problem').waitFor({ state: 'detached' });
  if (SHOTS) await page.locator('.programme-section').screenshot({ path: join(SHOTS, 'programme-ja.png') });
  await page.getByRole('button', { name: '保存する' }).click();
  const stored = await waitForStored(page, (s) => s.cohort?.workshop?.programme?.meetings === 3);
  assert.deepEqual(stored.cohort.workshop.programme, {
    meetings: 3, interval_weeks: 2, minutes: 60, starts_on: '2027-01-15', time: '17:30', place: '本社 5F, 会議室A', time_zone: 'Asia/Tokyo',
  });

  // Back on the board, the same pairs; the sheet now gives every date.
  await page.goto(`${server.url}#/console`);
  await page.locator('.pair-card').first().waitFor();
  assert.equal(await page.locator('.pair-card').count(), pairs, 'the pairs stay when the programme changes');
  await page.locator('.pair-card').first().getByRole('button', { name: 'キックオフシート' }).click();
  await dialog.waitFor();
  assert.deepEqual(await dialog.locator('.kickoff-plan > ul:not(.kickoff-dates) > li').allTextContents(), [
    '2週間ごとに、1回60分の面談を3回', '初回：2027年1月15日（金） 17:30（Asia/Tokyo）', '場所：本社 5F, 会議室A',
  ]);
  assert.deepEqual(await dialog.locator('.kickoff-dates li').allTextContents(), [
    '第1回　2027年1月15日（金） 17:30', '第2回　2027年1月29日（金） 17:30', '第3回　2027年2月12日（金） 17:30',
  ]);

  // The pair's calendar: three events at the dates worked out here, in Tokyo time.
  const expected = [0, 1, 2].map((k) => `${addDays('2027-01-15', 14 * k)}T17:30`);
  const own = await saveDownload(page, () => dialog.getByRole('button', { name: 'カレンダーに追加（.ics）' }).click());
  assert.match(own.name, /^kakehashi-calendar-sample-workshop-round1-pair\d+\.ics$/);
  const ownIcs = readIcs(own.path);
  assert.deepEqual(ownIcs.events.map((e) => e.start), expected);
  assert.deepEqual(ownIcs.events.map((e) => e.end), expected.map((s) => s.replace('17:30', '18:30')));
  assert.ok(ownIcs.events.every((e) => e.summary.includes(`${mentor}さん`) && e.summary.includes(`${mentee}さん`)), ownIcs.events[0].summary);
  assert.ok(ownIcs.events.every((e) => e.location === '本社 5F, 会議室A'));
  assert.match(ownIcs.events[0].description, /初回の進め方/);
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await dialog.waitFor({ state: 'detached' });

  if (SHOTS) await page.locator('.kickoff-panel').screenshot({ path: join(SHOTS, 'kickoff-panel-ja.png') });
  // The all-pairs calendar, exported twice: the same events (UIDs), three a pair.
  const allButton = () => page.getByRole('button', { name: '全ペアの面談カレンダー（.ics）' }).click();
  const first = readIcs((await saveDownload(page, allButton)).path);
  const second = readIcs((await saveDownload(page, allButton)).path);
  assert.equal(first.events.length, 3 * pairs);
  assert.deepEqual(first.events.map((e) => e.uid), second.events.map((e) => e.uid));
  assert.equal(new Set(first.events.map((e) => e.uid)).size, 3 * pairs, 'each meeting its own UID');
  for (let i = 0; i < pairs; i++) assert.deepEqual(first.events.slice(3 * i, 3 * i + 3).map((e) => e.start), expected);
  assert.ok(ownIcs.events.every((e) => first.events.some((f) => f.uid === e.uid)), 'a pair\'s file updates the same events');
  assert.ok(first.crlf_only && first.longest_line <= 75);

  // Print: one A4 page per pair. The page's print() is recorded instead of opening a
  // dialog; the sheets stay until the browser says printing is over ("afterprint", which
  // Chromium also fires around page.pdf(): held back here as if the dialog were open).
  await page.evaluate(() => {
    window.__prints = 0;
    window.print = () => { window.__prints += 1; };
    window.__holdAfterprint = (e) => e.stopImmediatePropagation();
    window.addEventListener('afterprint', window.__holdAfterprint, true);
  });
  await page.locator('#kickoff-print-all').click();
  await page.waitForFunction((n) => window.__prints === 1 && document.querySelectorAll('.kickoff-print .kickoff-sheet').length === n, pairs);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.top-bar').isVisible(), false, 'only the sheets are printed');
  const pdf = await page.pdf({ format: 'A4' });
  if (SHOTS) {
    await page.pdf({ format: 'A4', path: join(SHOTS, 'kickoff-print-ja.pdf') });
    await page.screenshot({ path: join(SHOTS, 'kickoff-print-ja.png'), fullPage: true });
  }
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, pairs, `${pages} printed pages for ${pairs} pairs`);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => {
    window.removeEventListener('afterprint', window.__holdAfterprint, true);
    window.dispatchEvent(new Event('afterprint'));
  });
  await page.locator('.kickoff-print').waitFor({ state: 'detached' });
  page.kakehashi.assertClean();
  await context.close();
});

test('en: the sheet in English, and Close gives focus back', async () => {
  const { context, page } = await openPage(browser, { locale: 'en-US', origin: server.url });
  await loadSampleAndMatch(page, 'en');
  const { card, mentor, mentee } = await firstPair(page);
  await card.getByRole('button', { name: 'Kickoff sheet' }).click();
  const dialog = page.locator('dialog.kickoff-dialog[open]');
  await dialog.waitFor();
  assert.match(await dialog.locator('h2').textContent(), /^Kickoff sheet: Pair \d+$/);
  assert.equal(await dialog.locator('.kickoff-person h4').first().textContent(), `What ${mentor} teaches`);
  const goals = await dialog.locator('.kickoff-goals ol li').allTextContents();
  assert.ok(goals.length >= 1 && goals.every((g) => g.startsWith(`${mentee}: `)), `${goals}`);
  assert.equal(await dialog.locator('.kickoff-plan li').first().textContent(), '6 meetings of 60 minutes, every 4 weeks');
  assert.match(await dialog.locator('.kickoff-terms').textContent(), /the two of you.*no one's fault/s);
  await assertAccessible(page, 'the kickoff sheet (en)');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'kickoff-sheet-en.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => /^kickoff-open-\d+$/.test(document.activeElement?.id ?? ''));
  page.kakehashi.assertClean();
  await context.close();
});
