// Journey: a facilitator collects the 30 response files `kakehashi demo` writes (plus one
// from a participant whose name is an HTML tag, and three broken files, each rejected with
// its reason) through the console's file picker, sees everyone in the roster, and
// projects the heatmap: every number in it is the average computed here from the same
// files. A name is always shown as text. The console passes
// axe-core in both languages and the page logs no error and calls nothing outside the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openPage, waitForApp, assertAccessible, CLI, ensureCli } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-26T09:00:00Z';
const XSS_NAME = '<img src=x onerror=alert(1)>';

let server;
let browser;
let dir;
let workshop;
let responses;
let files;
let broken;

/** Writes the demo responses and one hostile-named participant; returns what was written. */
function writeResponses() {
  ensureCli();
  dir = mkdtempSync(join(tmpdir(), 'kakehashi-room-'));
  execFileSync(CLI, ['demo', '--participants', '30', '--seed', '5', '--lang', 'ja', '--now', NOW, '--responses-dir', dir]);
  workshop = JSON.parse(readFileSync(join(dir, 'workshop.json'), 'utf8'));
  const demo = readdirSync(dir).filter((f) => f.startsWith('response-')).sort().map((f) => join(dir, f));
  assert.equal(demo.length, 30);
  const hostile = { ...JSON.parse(readFileSync(demo[0], 'utf8')), participant_id: 'p-xss', name: XSS_NAME };
  const hostilePath = join(dir, 'hostile.json');
  writeFileSync(hostilePath, JSON.stringify(hostile, null, 2));
  files = [...demo, hostilePath];
  responses = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));

  // Three broken hand-ins: cut off, a rating off the scale, another workshop's answer.
  const sample = readFileSync(demo[1], 'utf8');
  writeFileSync(join(dir, 'broken-truncated.json'), sample.slice(0, sample.length / 2));
  const offScale = JSON.parse(sample);
  offScale.participant_id = 'p-off-scale';
  offScale.ratings.ai_tools = 9;
  writeFileSync(join(dir, 'broken-rating.json'), JSON.stringify(offScale));
  writeFileSync(join(dir, 'broken-other-workshop.json'),
    JSON.stringify({ ...JSON.parse(sample), participant_id: 'p-other', workshop_id: 'another-workshop' }));
  broken = ['broken-truncated.json', 'broken-rating.json', 'broken-other-workshop.json'].map((f) => join(dir, f));
}

/** The generation a response belongs to, as the app resolves it. */
function generationOf(response) {
  if (response.generation) return response.generation;
  return workshop.generations.find((g) =>
    (g.born_from == null || response.birth_year >= g.born_from) && (g.born_to == null || response.birth_year <= g.born_to)).id;
}

/** The mean with one decimal, rounded half up, computed from the integer sum and count. */
function average(ratings) {
  const sum = ratings.reduce((a, b) => a + b, 0);
  const tenths = Math.floor((sum * 20 + ratings.length) / (2 * ratings.length));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** Opens the console with the workshop (no answers yet) stored, as after setting it up. */
async function openConsoleWithWorkshop(page, lang) {
  await page.goto(server.url);
  await waitForApp(page);
  const state = { format: 'kakehashi/app-state@1', lang, cohort: { format: 'kakehashi/cohort@1', workshop, responses: [], rounds: [] } };
  await page.evaluate((s) => localStorage.setItem('kakehashi.state', JSON.stringify(s)), state);
  await page.goto(`${server.url}#/console`);
  await page.reload();
  await waitForApp(page);
}

before(async () => {
  writeResponses();
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('importing the room fills the roster and the heatmap shows each generation\'s averages', async () => {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
  await openConsoleWithWorkshop(page, 'ja');
  await page.locator('#import-files').setInputFiles([...files, ...broken]);
  await page.locator('#roster-title').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.roster-name').length === 31);

  // Each broken file is rejected with its own reason; the good ones are all kept. The
  // report starts with a summary, then the rejected files.
  const report = page.locator('.import-report li');
  assert.equal(await report.count(), 34);
  assert.equal(await page.locator('#import-summary').textContent(), '追加 31件、読み込めない 3件。');
  for (let i = 0; i < 3; i += 1) assert.equal(await report.nth(i).getAttribute('class'), 'import-rejected');
  assert.equal(await page.locator('.import-report li.import-ok').count(), 31);
  const rejected = await page.locator('.import-report li.import-rejected').allTextContents();
  assert.equal(rejected.length, 3);
  assert.match(rejected[0], /broken-truncated\.json.*JSON として読めません/);
  assert.match(rejected[1], /broken-rating\.json.*スキル「ai_tools」の評価 9 は範囲（1〜5）の外です/);
  // Named by the current workshop's title, not by ids nobody typed.
  assert.ok(rejected[2].startsWith('broken-other-workshop.json'), rejected[2]);
  assert.ok(rejected[2].includes(`これは別のワークショップのものです（今のワークショップは「${workshop.title.ja}」です）。`), rejected[2]);
  assert.doesNotMatch(rejected[2], /another-workshop/);

  // 30 demo participants plus the hostile one.
  assert.equal(await page.locator('.roster-name').count(), 31);
  assert.match(await page.locator('#roster-title').textContent(), /\(31\)/);
  const counts = new Map();
  for (const r of responses) counts.set(generationOf(r), (counts.get(generationOf(r)) ?? 0) + 1);
  const chips = await page.locator('.count-chip strong').allTextContents();
  assert.deepEqual(chips.map(Number), workshop.generations.map((g) => counts.get(g.id) ?? 0));

  // The name is text: no <img> was created, no alert fired, the text is shown as typed.
  assert.equal(await page.locator('table.roster img').count(), 0);
  assert.equal(await page.locator('.roster-name', { hasText: XSS_NAME }).count(), 1);
  assert.equal(dialogs, 0);

  // Every heatmap number against the average computed here from the same files.
  let checked = 0;
  for (const g of workshop.generations) {
    const members = responses.filter((r) => generationOf(r) === g.id);
    for (const s of workshop.skills) {
      const cell = page.locator(`text[data-cell="${g.id}/${s.id}"]`);
      if (members.length === 0) {
        assert.equal(await cell.count(), 0, `${g.id}/${s.id} is empty, not zero`);
        continue;
      }
      assert.equal(await cell.textContent(), average(members.map((r) => r.ratings[s.id])), `${g.id}/${s.id}`);
      checked += 1;
    }
  }
  assert.ok(checked >= 48, `checked ${checked} cells`);

  // Sorting and filtering still show the name as text.
  await page.getByRole('button', { name: '名前' }).click();
  assert.equal(await page.locator('th[aria-sort="ascending"]').count(), 1);
  const xssGeneration = generationOf(responses.at(-1));
  await page.getByLabel('世代で絞り込む').selectOption(xssGeneration);
  assert.equal(await page.locator('.roster-name').count(), counts.get(xssGeneration));
  assert.equal(await page.locator('.roster-name', { hasText: XSS_NAME }).count(), 1);
  await page.getByLabel('世代で絞り込む').selectOption('*');

  // A row's profile chart opens, and the console passes axe-core in both languages.
  await page.locator('tr[data-participant="p-xss"] .roster-actions button').first().click();
  await page.locator('.profile-chart svg[role="img"]').waitFor();
  assert.match(await page.locator('.profile-chart svg').getAttribute('aria-label'), new RegExp(`^${XSS_NAME.replace(/[()]/g, '\\$&')}: 自己評価`));
  await assertAccessible(page, 'console with roster and heatmap (ja)');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 2, name: 'See the room: average self-assessment by generation and skill' }).waitFor();
  await assertAccessible(page, 'console with roster and heatmap (en)');

  // An answer under a name already in the roster with another participant id is taken
  // and flagged with both ids (the same person twice, or two people sharing a name).
  const twin = { ...responses[2], participant_id: 'p-twin' };
  const twinPath = join(dir, 'twin.json');
  writeFileSync(twinPath, JSON.stringify(twin));
  await page.locator('#import-files').setInputFiles([twinPath, broken[0]]);
  await page.waitForFunction(() => document.querySelectorAll('.roster-name').length === 32);
  await page.locator('.import-report li.import-warned').waitFor();
  assert.equal(await page.locator('#import-summary').textContent(), '1 added, 1 rejected; 1 name to check.');
  assert.equal(await report.count(), 2);
  assert.match(await report.nth(0).textContent(), /broken-truncated\.json.*Rejected/);
  const warning = await report.nth(1).locator('.import-warning').textContent();
  assert.ok(warning.includes(twin.name) && warning.includes('p-twin') && warning.includes(responses[2].participant_id), warning);
  await assertAccessible(page, 'import report with a name given twice (en)');

  assert.equal(dialogs, 0);
  page.kakehashi.assertClean();
  await context.close();
});
