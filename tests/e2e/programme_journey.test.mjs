// Journey (issue 11, "Done when"): the programme after the match, in one flow. In
// Japanese, a facilitator loads the sample workshop, sets the programme (3 meetings every
// 2 weeks from 2027-01-15 at 17:30), matches the room, opens a pair's kickoff sheet and
// exports its calendar and the all-pairs calendar (read by Python's icalendar: three
// events a pair at the dates this test works out), hands out the follow-up survey, which
// three participants fill in their own browsers (one asks for a new partner), imports
// their codes, sees the change heatmap (every figure equal to the one this test computes
// from the stored session), prints the report (one A4 page) and re-matches exactly the pair
// that asked: every other pair kept, the old partners apart. In English, a shorter pass:
// match, kickoff sheet, one follow-up, a growth figure, the re-match. axe-core finds
// nothing serious on each new view; no page logs an error or calls outside the app.
// The selectors and helpers are those of the feature tests (kickoff_calendar,
// followup_survey, growth_report, rematch).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openPage, waitForApp, waitForStored, assertAccessible } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MINUS = '\u2212';
// Screenshots and the printed report, when asked.
const SHOTS = process.env.KAKEHASHI_SHOTS;

let server;
let browser;
let dir;
before(async () => {
  server = await serveDist();
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'kakehashi-journey-'));
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const shot = async (page, name) => { if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }); };

/** The words of the UI this test clicks or reads, per language. */
const WORDS = {
  ja: {
    loadSample: 'サンプルのワークショップを読み込む', console: 'コンソール', kickoff: 'キックオフシート',
    close: '閉じる', shareLink: '共有リンク', importCodes: 'コードを読み込む', added: (n) => `追加 ${n}件`,
    answers: (n, total) => `フォローアップの回答：${total}人中${n}人`, partner: 'あなたのパートナー：',
    oneMoreStep: 'あと1ステップ：回答をファシリテーターに渡してください', progress: (n) => `${n} / ${n} 回答済み`,
  },
  en: {
    loadSample: 'Load the sample workshop', console: 'Console', kickoff: 'Kickoff sheet',
    close: 'Close', shareLink: 'Share link', importCodes: 'Import codes', added: (n) => `${n} added`,
    answers: (n, total) => `Follow-up answers: ${n} of ${total}`, partner: 'Your partner',
    oneMoreStep: 'One more step: hand your answers to the facilitator', progress: (n) => `${n} / ${n} answered`,
  },
};

// ---------------------------------------------------------------------------------------
// Helpers copied from the feature tests.

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

async function saveDownload(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

/** Clicks `button` and waits until the run it starts is over (see console_matching). */
async function runAndWait(page, button) {
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
  await button.click();
  await page.waitForFunction(
    () => window.__run.started && !document.querySelector('#board-computing') && document.querySelector('#board-total'),
    null, { timeout: 60000 });
  await page.evaluate(() => window.__run.observer.disconnect());
}

/** The pairs on the board: number → members (ids, as `data-members` has them). */
async function boardPairs(page) {
  const cards = await page.locator('.pair-card').evaluateAll((els) => els.map((el) => [
    el.querySelector('h3').id.replace('pair-', ''), el.getAttribute('data-members'),
  ]));
  return new Map(cards);
}

/** Every pair of `before` but those numbered `broken` is on the board with its number,
 * and no two members of a broken pair are in one pair. */
function checkKeptAndApart(before, after, broken) {
  for (const [number, members] of before) {
    if (broken.includes(number)) continue;
    assert.equal(after.get(number), members, `pair ${number} is kept`);
  }
  for (const number of broken) {
    const [a, b] = before.get(number).split('+');
    for (const members of after.values()) {
      const ids = members.split('+');
      assert.ok(!(ids.includes(a) && ids.includes(b)), `${a} and ${b} are apart (${members})`);
    }
  }
}

/** Presses Tab until the focused element satisfies `predicate` (at most 80 presses). */
async function tabTo(page, predicate, what, arg) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  assert.fail(`could not reach ${what} with Tab`);
}
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The generation a response belongs to, as the app resolves it. */
function generationOf(workshop, response) {
  if (response.generation) return response.generation;
  return workshop.generations.find((g) =>
    (g.born_from == null || response.birth_year >= g.born_from) && (g.born_to == null || response.birth_year <= g.born_to))?.id;
}

/** A mean with one decimal, rounded half up, from an integer sum and count. */
function mean(sum, count) {
  const tenths = Math.floor((sum * 20 + count) / (2 * count));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** A mean change: its size rounded half up, then its sign ("+0.4", "−0.3", "0.0"), as
 * src/view/growth/mod.rs documents (an exact sum and count, rounded once). */
function change(sum, count) {
  const size = Math.floor((Math.abs(sum) * 20 + count) / (2 * count));
  const sign = size === 0 ? '' : sum > 0 ? '+' : MINUS;
  return `${sign}${Math.floor(size / 10)}.${size % 10}`;
}

/** Everyone of a stored cohort who answered both surveys: [response, follow-up]. */
function answeredBoth(cohort) {
  return cohort.responses
    .map((r) => [r, cohort.followups.find((f) => f.participant_id === r.participant_id)])
    .filter(([, f]) => f);
}

// ---------------------------------------------------------------------------------------
// Steps of the journey.

/** Loads the sample workshop on Home (24 answers stored). */
async function loadSample(page, lang) {
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('button', { hasText: WORDS[lang].loadSample }).click();
  await waitForStored(page, (s) => s.cohort?.responses?.length === 24);
}

/** Matches on the console; returns the pairs on the board. */
async function matchRoom(page, lang) {
  await page.getByRole('link', { name: WORDS[lang].console, exact: true }).click();
  await page.locator('#board-run').waitFor();
  await runAndWait(page, page.locator('#board-run'));
  await page.locator('.pair-card').first().waitFor();
  return boardPairs(page);
}

/** Opens the first card's kickoff sheet; checks the names on it; returns the dialog. */
async function openKickoff(page, lang) {
  const card = page.locator('.pair-card').first();
  const names = await card.locator('.pair-name').allTextContents();
  await card.getByRole('button', { name: WORDS[lang].kickoff }).click();
  const dialog = page.locator('dialog.kickoff-dialog[open]');
  await dialog.waitFor();
  assert.equal(await dialog.locator('.kickoff-sheet').getAttribute('data-members'), await card.getAttribute('data-members'));
  assert.deepEqual(await dialog.locator('.kickoff-person .kickoff-name').allTextContents(), names.slice(0, 2));
  return { dialog, mentor: names[0], mentee: names[1] };
}

/** Opens the follow-up panel's ways to hand out; returns the share link. */
async function handOutFollowUp(page, lang) {
  await page.locator('#followup-hand-out').click();
  assert.equal(await page.locator('#followup-hand-out').getAttribute('aria-expanded'), 'true');
  const link = await page.getByLabel(WORDS[lang].shareLink, { exact: true }).inputValue();
  assert.match(link, /#\/survey\?w=KW2\./);
  await page.locator('#followup-ways .qr-share svg').waitFor();
  return link;
}

/**
 * One participant in a fresh browser: opens the link, picks the `index`-th name of "Who are
 * you?" with the arrow keys, and answers by keyboard (as followup_survey does). Returns
 * { context, page, name, code }.
 */
async function participant(link, workshop, lang, { index, meetings, satisfaction, newPartner, wentWell, axe = false }) {
  const w = WORDS[lang];
  const { context, page } = await openPage(browser, { locale: lang === 'ja' ? 'ja-JP' : 'en-US', origin: server.url });
  await page.goto(link);
  await waitForApp(page);
  await page.locator('form.followup-survey').waitFor();
  assert.equal(await page.locator('h1').textContent(), workshop.title[lang]);
  if (axe) await assertAccessible(page, `follow-up form (${lang})`);

  await tabTo(page, () => document.activeElement?.id === 'followup-person', 'who are you');
  for (let k = 0; k < index + 1; k++) await page.keyboard.press('ArrowDown');
  const name = (await page.locator('#followup-person option:checked').textContent()).trim();
  await page.locator('#followup-partner', { hasText: w.partner }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'followup-meetings');
  await page.keyboard.type(meetings);
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'followup-satisfaction');
  for (let k = 1; k < satisfaction; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'followup-continue');
  if (newPartner) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  assert.equal(await page.locator(newPartner ? '#followup-new-partner' : '#followup-continue').isChecked(), true);

  const skills = workshop.skills.map((s) => s.id);
  for (let i = 0; i < skills.length; i++) {
    await tabTo(page, (sid) => document.activeElement?.name === `skill-${sid}`, `skill ${skills[i]}`, skills[i]);
    for (let k = 0; k < (i + 2 * index + 1) % 5; k++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
  }
  assert.equal(await page.getByTestId('progress').textContent(), w.progress(4 + skills.length));
  await tabTo(page, () => document.activeElement?.id === 'followup-went-well', 'what went well');
  await page.keyboard.type(wentWell);
  await tabTo(page, () => document.activeElement?.getAttribute('type') === 'submit', 'the submit button');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { level: 1, name: w.oneMoreStep }).waitFor();
  const code = await page.locator('#response-code').inputValue();
  assert.match(code, /^KF1\.[A-Za-z0-9_-]+$/);
  if (axe) {
    await assertAccessible(page, `follow-up hand-back (${lang})`);
    await shot(page, `journey-followup-hand-back-${lang}`);
  }
  return { context, page, name, code };
}

/** Pastes the codes into the console's import and waits until they are all stored. */
async function importCodes(page, lang, codes, total) {
  const w = WORDS[lang];
  await page.locator('#import-codes').fill(codes.join('\n'));
  await page.getByRole('button', { name: w.importCodes }).click();
  await page.locator('#import-summary', { hasText: w.added(codes.length) }).waitFor();
  await page.locator('#followup-answers').filter({ hasText: w.answers(codes.length, total) }).waitFor();
  return waitForStored(page, (s) => s.cohort?.followups?.length === codes.length);
}

/** The pair (number) holding `id` on the board. */
function pairOf(pairs, id) {
  for (const [number, members] of pairs) if (members.split('+').includes(id)) return number;
  return assert.fail(`${id} is in no pair`);
}

/**
 * Re-matches the one pair marked by a follow-up: it must be `number`, alone marked; after
 * the run every other pair is as before and locked, and the old partners are apart.
 * Returns the pairs after.
 */
async function rematchAsked(page, lang, before, number) {
  assert.ok(await page.locator(`#pair-${number}-rematch`).isChecked(), `pair ${number} is marked by the follow-up`);
  assert.equal(await page.locator('.pair-rematch-toggle input:checked').count(), 1, 'only the pair that asked');
  await page.locator('#board-rematch').click();
  await page.locator('#rematch-confirm-text').waitFor();
  await assertAccessible(page, `board with a re-match to confirm (${lang})`);
  await runAndWait(page, page.locator('#rematch-go'));
  const after = await boardPairs(page);
  checkKeptAndApart(before, after, [number]);
  assert.equal(await page.locator('.pair-locked').count(), before.size - 1, 'the kept pairs are locked');
  assert.equal(await page.locator('#board-rematch').count(), 0, 'the wish is answered: nothing marked any more');
  await assertAccessible(page, `board after the re-match (${lang})`);
  return after;
}

// ---------------------------------------------------------------------------------------

test('ja: match, kickoff sheet and calendars, follow-up by three, heatmap, printed report, re-match of the pair that asked', async () => {
  const started = Date.now();
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url, viewport: { width: 1280, height: 900 } });
  await loadSample(page, 'ja');

  // The programme, in Set up: 3 meetings of 60 minutes every 2 weeks from 15 January 2027 at 17:30.
  await page.goto(`${server.url}#/setup`);
  await page.getByRole('button', { name: 'ワークショップを編集する' }).click();
  await page.locator('#setup-programme-meetings').fill('3');
  await page.locator('#setup-programme-interval_weeks').fill('2');
  await page.locator('#setup-programme-minutes').fill('60');
  await page.locator('#setup-programme-starts_on').fill('2027-01-15');
  await page.locator('#setup-programme-time').fill('17:30');
  await page.locator('#setup-programme-place').fill('本社 5F, 会議室A');
  await page.getByRole('button', { name: '保存する' }).click();
  await waitForStored(page, (s) => s.cohort?.workshop?.programme?.meetings === 3);

  // Match the room.
  const before = await matchRoom(page, 'ja');
  const pairs = before.size;
  assert.ok(pairs >= 6, `${pairs} pairs`);

  // A pair's kickoff sheet: the people, the dates as set; its calendar read by icalendar.
  const { dialog, mentor, mentee } = await openKickoff(page, 'ja');
  assert.deepEqual(await dialog.locator('.kickoff-person .pair-role').allTextContents(), ['メンター', 'メンティー']);
  assert.deepEqual(await dialog.locator('.kickoff-dates li').allTextContents(), [
    '第1回　2027年1月15日（金） 17:30', '第2回　2027年1月29日（金） 17:30', '第3回　2027年2月12日（金） 17:30',
  ]);
  await assertAccessible(page, 'the kickoff sheet (ja)');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'journey-kickoff-ja.png') });
  const expected = [0, 1, 2].map((k) => `${addDays('2027-01-15', 14 * k)}T17:30`);
  const own = readIcs((await saveDownload(page, () => dialog.getByRole('button', { name: 'カレンダーに追加（.ics）' }).click())).path);
  assert.deepEqual(own.events.map((e) => e.start), expected);
  assert.deepEqual(own.events.map((e) => e.end), expected.map((s) => s.replace('17:30', '18:30')));
  assert.ok(own.events.every((e) => e.summary.includes(`${mentor}さん`) && e.summary.includes(`${mentee}さん`)), own.events[0].summary);
  assert.ok(own.events.every((e) => e.location === '本社 5F, 会議室A'));
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await dialog.waitFor({ state: 'detached' });
  // The all-pairs calendar: three events a pair, each at the dates set, each its own UID.
  const all = readIcs((await saveDownload(page, () => page.getByRole('button', { name: '全ペアの面談カレンダー（.ics）' }).click())).path);
  assert.equal(all.events.length, 3 * pairs);
  assert.equal(new Set(all.events.map((e) => e.uid)).size, 3 * pairs);
  for (let i = 0; i < pairs; i++) assert.deepEqual(all.events.slice(3 * i, 3 * i + 3).map((e) => e.start), expected, `pair ${i + 1}`);
  assert.ok(own.events.every((e) => all.events.some((f) => f.uid === e.uid)), 'the pair\'s file holds the same events');
  assert.ok(all.crlf_only && all.longest_line <= 75);

  // The follow-up survey, handed out by link.
  const link = await handOutFollowUp(page, 'ja');
  await assertAccessible(page, 'console, follow-up ways (ja)');
  const total = Number((await page.locator('#followup-answers').textContent()).match(/：(\d+)人中0人$/)[1]);
  const { cohort: { workshop } } = await waitForStored(page, (s) => s.cohort?.workshop);

  // Three participants, each in a fresh browser; the second asks for a new partner.
  const people = [
    await participant(link, workshop, 'ja', { index: 0, meetings: '3', satisfaction: 4, newPartner: false, wentWell: '毎週のランチで話せた', axe: true }),
    await participant(link, workshop, 'ja', { index: 1, meetings: '1', satisfaction: 2, newPartner: true, wentWell: '予定が合わなかった' }),
    await participant(link, workshop, 'ja', { index: 2, meetings: '３', satisfaction: 5, newPartner: false, wentWell: 'スマホの使い方を覚えた' }),
  ];
  const stored = await importCodes(page, 'ja', people.map((p) => p.code), total);
  const { cohort } = stored;
  const idOf = (name) => cohort.responses.find((r) => r.name === name).participant_id;
  const byId = Object.fromEntries(cohort.followups.map((f) => [f.participant_id, f]));
  assert.deepEqual(people.map((p) => byId[idOf(p.name)]?.wants_new_partner), [false, true, false]);
  assert.deepEqual(people.map((p) => byId[idOf(p.name)]?.meetings_held), [3, 1, 3]);

  // The change heatmap: after − before over those of each generation who answered both,
  // rounded once, computed here from the stored session; no number where nobody answered.
  await page.locator('#growth-title').waitFor();
  const both = answeredBoth(cohort);
  assert.equal(both.length, 3);
  assert.equal(await page.locator('.growth-answered').textContent(),
    `参加者${cohort.responses.length}人中3人がフォローアップアンケート（ラウンド1）に答えました。`);
  const chart = page.locator('.growth-card > .growth-chart');
  let numbers = 0;
  for (const g of workshop.generations) {
    const members = both.filter(([r]) => generationOf(workshop, r) === g.id);
    for (const s of workshop.skills) {
      const cell = chart.locator(`text[data-change="${g.id}/${s.id}"]`);
      if (members.length === 0) {
        assert.equal(await cell.count(), 0, `${g.id}/${s.id} is empty, not zero`);
        continue;
      }
      const beforeSum = members.reduce((a, [r]) => a + r.ratings[s.id], 0);
      const afterSum = members.reduce((a, [, f]) => a + f.ratings[s.id], 0);
      assert.equal(await cell.textContent(), change(afterSum - beforeSum, members.length), `${g.id}/${s.id}`);
      numbers += 1;
    }
  }
  for (const s of workshop.skills) {
    const beforeSum = both.reduce((a, [r]) => a + r.ratings[s.id], 0);
    const afterSum = both.reduce((a, [, f]) => a + f.ratings[s.id], 0);
    const cell = chart.locator(`text[data-change="all/${s.id}"]`);
    assert.equal(await cell.textContent(), change(afterSum - beforeSum, 3), `all/${s.id}`);
    const title = await cell.locator('xpath=..').locator('title').textContent();
    assert.ok(title.includes(`${mean(beforeSum, 3)} → ${mean(afterSum, 3)}`), title);
    numbers += 1;
  }
  assert.ok(numbers >= 2 * workshop.skills.length, `checked ${numbers} cells`);
  await assertAccessible(page, 'console with the growth section (ja)');
  await page.locator('#growth-title').scrollIntoViewIfNeeded();
  if (SHOTS) await page.locator('.growth-card').first().screenshot({ path: join(SHOTS, 'journey-growth-ja.png') });

  // The report: its totals are the stored session's; printed, it is one A4 page.
  await page.getByRole('button', { name: 'プログラム報告書を開く' }).click();
  await page.locator('.report-page').waitFor();
  const figure = (name) => page.locator(`[data-figure="${name}"] dd`).textContent();
  assert.equal(await figure('participants'), String(cohort.responses.length));
  assert.equal(await figure('answered'), `${cohort.responses.length}人中3人`);
  assert.equal(await figure('pairs'), String(pairs));
  // A pair met as often as the member who says most; pairs nobody answered for count not.
  const met = [...before.values()]
    .map((members) => members.split('+').map((id) => byId[id]).filter(Boolean))
    .filter((answers) => answers.length > 0)
    .map((answers) => Math.max(...answers.map((f) => f.meetings_held)));
  assert.equal(await figure('meetings'), String(met.reduce((a, b) => a + b, 0)));
  assert.equal(await figure('meetings-per-pair'), mean(met.reduce((a, b) => a + b, 0), met.length));
  assert.equal(await figure('satisfaction'), `${mean(4 + 2 + 5, 3)}（5段階）`);
  assert.equal(await figure('new-partner'), '1');
  await assertAccessible(page, 'the programme report (ja)');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.top-bar').isVisible(), false, 'only the report is printed');
  assert.equal(await page.locator('.report-page').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4', path: SHOTS ? join(SHOTS, 'journey-report-ja.pdf') : undefined });
  const printed = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(printed, 1, `the report prints on ${printed} A4 pages`);
  await page.emulateMedia({ media: null });
  await page.getByRole('button', { name: '報告書を閉じる' }).click();
  await page.locator('.report-page').waitFor({ state: 'detached' });

  // Re-match exactly the pair that asked; the others stay, the old partners are apart.
  const asker = idOf(people[1].name);
  const number = pairOf(before, asker);
  const confirmNames = await page.locator(`#pair-${number}`).locator('xpath=ancestor::*[contains(@class,"pair-card")]').locator('.pair-name').allTextContents();
  const after = await rematchAsked(page, 'ja', before, number);
  assert.ok(![...after.values()].some((m) => m === before.get(number)), 'the pair that asked is no more');
  assert.ok(confirmNames.includes(people[1].name), `${people[1].name} is in pair ${number}: ${confirmNames}`);
  const message = await page.locator('.board-message').textContent();
  assert.ok(message.includes(`ペア ${number}を組み直しました。`), message);
  assert.ok(message.includes(`ほかの ${pairs - 1} 組はそのまま残し、固定しました。`), message);
  if (SHOTS) {
    await page.locator('.board-message').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'journey-rematch-ja.png') });
  }

  for (const p of people) {
    p.page.kakehashi.assertClean();
    await p.context.close();
  }
  page.kakehashi.assertClean();
  await context.close();
  console.log(`# ja journey: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('en: match, kickoff sheet, one follow-up, a growth figure, re-match', async () => {
  const started = Date.now();
  const { context, page } = await openPage(browser, { locale: 'en-US', origin: server.url, viewport: { width: 1280, height: 900 } });
  await loadSample(page, 'en');
  const before = await matchRoom(page, 'en');

  const { dialog, mentor } = await openKickoff(page, 'en');
  assert.match(await dialog.locator('h2').textContent(), /^Kickoff sheet: Pair \d+$/);
  assert.equal(await dialog.locator('.kickoff-person h4').first().textContent(), `What ${mentor} teaches`);
  await assertAccessible(page, 'the kickoff sheet (en)');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });

  const link = await handOutFollowUp(page, 'en');
  await assertAccessible(page, 'console, follow-up ways (en)');
  const total = Number((await page.locator('#followup-answers').textContent()).match(/: 0 of (\d+)$/)[1]);
  const { cohort: { workshop } } = await waitForStored(page, (s) => s.cohort?.workshop);
  const one = await participant(link, workshop, 'en', { index: 3, meetings: '2', satisfaction: 3, newPartner: true, wentWell: 'We met twice for lunch', axe: true });
  const { cohort } = await importCodes(page, 'en', [one.code], total);

  // One growth figure: everyone together, the first skill, computed here.
  await page.locator('#growth-title').waitFor();
  const [[response, followup]] = answeredBoth(cohort);
  assert.equal(response.name, one.name);
  const s = workshop.skills[0];
  const cell = page.locator(`.growth-card > .growth-chart text[data-change="all/${s.id}"]`);
  assert.equal(await cell.textContent(), change(followup.ratings[s.id] - response.ratings[s.id], 1));
  const own = page.locator(`.growth-card > .growth-chart text[data-change="${generationOf(workshop, response)}/${s.id}"]`);
  assert.equal(await own.textContent(), await cell.textContent(), 'one answer: the generation is everyone');
  await assertAccessible(page, 'console with the growth section (en)');

  const number = pairOf(before, response.participant_id);
  await rematchAsked(page, 'en', before, number);
  const message = await page.locator('.board-message').textContent();
  assert.ok(message.startsWith(`Re-matched pair ${number}.`), message);
  if (SHOTS) {
    await page.locator('.board-message').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'journey-rematch-en.png') });
  }

  one.page.kakehashi.assertClean();
  await one.context.close();
  page.kakehashi.assertClean();
  await context.close();
  console.log(`# en journey: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
