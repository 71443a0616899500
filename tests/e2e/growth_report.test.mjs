// Journey (issue 11 §4, growth made visible): a facilitator opens on Home a session file
// with follow-up answers (made here with `kakehashi demo --followups`), opens the console
// and projects the growth section: every change in the heatmap, every pair's satisfaction
// and the report's totals are the figures computed here from the same file. The report
// prints on one A4 page; the console passes axe-core with the section and with the report
// open, in Japanese, then (shorter) in English. The page logs no error and calls nothing
// outside the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, openPage, waitForApp, assertAccessible, CLI, ensureCli } from './support.mjs';

const NOW = '2027-03-01T09:00:00Z';
const MINUS = '\u2212';

let server;
let browser;
let dir;
let sessionPath;
let session;

before(async () => {
  ensureCli();
  dir = mkdtempSync(join(tmpdir(), 'kakehashi-growth-'));
  sessionPath = join(dir, 'session.json');
  execFileSync(CLI, ['demo', '--participants', '24', '--seed', '6', '--lang', 'ja', '--now', NOW, '--followups', '-o', sessionPath]);
  session = JSON.parse(readFileSync(sessionPath, 'utf8'));
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The generation a response belongs to, as the app resolves it. */
function generationOf(response) {
  if (response.generation) return response.generation;
  return session.workshop.generations.find((g) =>
    (g.born_from == null || response.birth_year >= g.born_from) && (g.born_to == null || response.birth_year <= g.born_to)).id;
}

/** A mean with one decimal, rounded half up, from an integer sum and count. */
function mean(sum, count) {
  const tenths = Math.floor((sum * 20 + count) / (2 * count));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** A mean change: its size rounded half up, then its sign ("+0.4", "−0.3", "0.0"). */
function change(sum, count) {
  const size = Math.floor((Math.abs(sum) * 20 + count) / (2 * count));
  const sign = size === 0 ? '' : sum > 0 ? '+' : MINUS;
  return `${sign}${Math.floor(size / 10)}.${size % 10}`;
}

/** Everyone who answered both surveys: [response, follow-up]. */
function answeredBoth() {
  return session.responses
    .map((r) => [r, session.followups.find((f) => f.participant_id === r.participant_id)])
    .filter(([, f]) => f);
}

const nameOf = (id) => session.responses.find((r) => r.participant_id === id).name;

/** Opens the session file on Home and goes to the console's growth section. */
async function openSession(page) {
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('#open-session').setInputFiles(sessionPath);
  await page.goto(`${server.url}#/console`);
  await page.locator('#growth-title').waitFor();
}

test('the growth section and the report show the figures of the follow-up answers, and the report prints on one page', async () => {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url, viewport: { width: 1280, height: 900 } });
  await openSession(page);
  const both = answeredBoth();
  assert.ok(both.length >= 12, `${both.length} answered both`);
  assert.equal(await page.locator('.growth-answered').textContent(),
    `参加者${session.responses.length}人中${both.length}人がフォローアップアンケート（ラウンド1）に答えました。`);

  // Every cell of the change heatmap: after − before over those of the generation who
  // answered both, rounded once; a generation nobody of which answered has no number.
  const chart = page.locator('.growth-card > .growth-chart');
  let checked = 0;
  for (const g of session.workshop.generations) {
    const members = both.filter(([r]) => generationOf(r) === g.id);
    for (const s of session.workshop.skills) {
      const cell = chart.locator(`text[data-change="${g.id}/${s.id}"]`);
      if (members.length === 0) {
        assert.equal(await cell.count(), 0, `${g.id}/${s.id} is empty, not zero`);
        continue;
      }
      const before = members.reduce((a, [r]) => a + r.ratings[s.id], 0);
      const afterSum = members.reduce((a, [, f]) => a + f.ratings[s.id], 0);
      assert.equal(await cell.textContent(), change(afterSum - before, members.length), `${g.id}/${s.id}`);
      checked += 1;
    }
  }
  // And everyone together, with the averages before and after in the tooltip.
  for (const s of session.workshop.skills) {
    const before = both.reduce((a, [r]) => a + r.ratings[s.id], 0);
    const afterSum = both.reduce((a, [, f]) => a + f.ratings[s.id], 0);
    const cell = chart.locator(`text[data-change="all/${s.id}"]`);
    assert.equal(await cell.textContent(), change(afterSum - before, both.length), `all/${s.id}`);
    const title = await cell.locator('xpath=..').locator('title').textContent();
    assert.ok(title.includes(`${mean(before, both.length)} → ${mean(afterSum, both.length)}`), title);
    checked += 1;
  }
  assert.ok(checked >= 60, `checked ${checked} cells`);

  // Each pair: every member by name with their satisfaction, or not answered yet.
  for (const pair of session.pairing.pairs) {
    const rows = page.locator(`tr[data-pair="1/${pair.number}"]`);
    assert.equal(await rows.count(), pair.members.length);
    for (const [i, id] of pair.members.entries()) {
      const row = rows.nth(i);
      assert.equal(await row.locator('.growth-member').textContent(), nameOf(id));
      const f = session.followups.find((x) => x.participant_id === id);
      assert.equal(await row.locator('.growth-satisfaction').textContent(), f ? String(f.satisfaction) : '–');
      const next = f ? (f.wants_new_partner ? '新しい相手を希望' : 'このまま継続') : '未回答';
      assert.equal(await row.locator('td').last().textContent(), next);
    }
  }
  await assertAccessible(page, 'console with the growth section (ja)');

  // The report: its totals are the file's, and it prints on one A4 page.
  await page.getByRole('button', { name: 'プログラム報告書を開く' }).click();
  await page.locator('.report-page').waitFor();
  const figure = (name) => page.locator(`[data-figure="${name}"] dd`).textContent();
  assert.equal(await figure('participants'), String(session.responses.length));
  assert.equal(await figure('answered'), `${session.responses.length}人中${both.length}人`);
  assert.equal(await figure('pairs'), String(session.pairing.pairs.length));
  const meetings = session.pairing.pairs
    .map((p) => p.members.map((id) => session.followups.find((f) => f.participant_id === id)).filter(Boolean))
    .filter((answers) => answers.length > 0)
    .map((answers) => Math.max(...answers.map((f) => f.meetings_held)));
  assert.equal(await figure('meetings'), String(meetings.reduce((a, b) => a + b, 0)));
  assert.equal(await figure('meetings-per-pair'), mean(meetings.reduce((a, b) => a + b, 0), meetings.length));
  const satisfaction = both.reduce((a, [, f]) => a + f.satisfaction, 0);
  assert.equal(await figure('satisfaction'), `${mean(satisfaction, both.length)}（5段階）`);
  assert.equal(await figure('new-partner'), String(both.filter(([, f]) => f.wants_new_partner).length));
  await assertAccessible(page, 'the programme report (ja)');

  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'the report fits one A4 page');
  // Printing shows the report alone: no pair card, no top bar.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.top-bar').isVisible(), false);
  assert.equal(await page.locator('.match-board').isVisible(), false);
  assert.equal(await page.locator('.report-page').isVisible(), true);
  await page.emulateMedia({ media: null });

  // The CSV offered is every figure, named after the workshop.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'すべての数値を保存（CSV）' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `kakehashi-growth-${session.workshop.id}.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeff区分,項目,値,'), csv.slice(0, 40));
  assert.ok(csv.includes(`全体,平均満足度,${mean(satisfaction, both.length)},`));

  // In English: the same figures, in English words.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 2, name: 'Programme report' }).waitFor();
  assert.equal(await figure('satisfaction'), `${mean(satisfaction, both.length)} of 5`);
  assert.equal(await page.locator('.growth-answered').textContent(),
    `${both.length} of ${session.responses.length} participants have answered the follow-up survey (round 1).`);
  const s = session.workshop.skills[0];
  const all = chart.locator(`text[data-change="all/${s.id}"]`);
  const before = both.reduce((a, [r]) => a + r.ratings[s.id], 0);
  const afterSum = both.reduce((a, [, f]) => a + f.ratings[s.id], 0);
  assert.equal(await all.textContent(), change(afterSum - before, both.length));
  assert.equal(await page.locator('th[scope="col"]', { hasText: 'Satisfaction (1–5)' }).count(), 1);
  await assertAccessible(page, 'console with the growth section and the report (en)');
  const pdfEn = await page.pdf({ format: 'A4' });
  assert.equal((pdfEn.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'one page in English too');

  page.kakehashi.assertClean();
  await context.close();
});
