// Journey: a facilitator hands out the result. After matching a Japanese room, the
// exported pairing's total equals `kakehashi match`; the CSV opens in Excel with Japanese
// intact (UTF-8 with BOM); the session file (answers and pairs) reopens in another
// browser to the same pairs; the print view is one card per pair.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openPage, waitForApp, assertAccessible, storedState, waitForStored } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = process.env.KAKEHASHI_BIN ?? join(ROOT, 'target/debug/kakehashi');
const dir = mkdtempSync(join(tmpdir(), 'kakehashi-export-'));

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function saveDownload(page, buttonName) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

test('pairing JSON, CSV with BOM, session file and print view', async () => {
  const text = execFileSync(CLI, ['demo', '--participants', '12', '--seed', '21', '--lang', 'ja', '--now', '2026-11-26T09:00:00Z'], { encoding: 'utf8' });
  const cohortPath = join(dir, 'cohort.json');
  writeFileSync(cohortPath, text);
  const cohort = JSON.parse(text);

  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('#open-session').setInputFiles(cohortPath);
  await page.getByRole('link', { name: 'コンソール', exact: true }).click();
  await page.locator('#board-run').click();
  await page.locator('#board-total').waitFor();

  // The pairing JSON: the engine's result, equal to the CLI's on the same cohort.
  const pairingPath = await saveDownload(page, 'ペアリング結果を保存（JSON）');
  const pairing = JSON.parse(readFileSync(pairingPath, 'utf8'));
  const cli = JSON.parse(execFileSync(CLI, ['match', cohortPath], { encoding: 'utf8' }));
  assert.equal(pairing.format, 'kakehashi/pairing@1');
  assert.equal(pairing.total_score, cli.total_score);
  assert.deepEqual(pairing.pairs.map((p) => p.members), cli.pairs.map((p) => p.members));
  assert.match(execFileSync(CLI, ['validate', pairingPath], { encoding: 'utf8' }), /^OK/);

  // The CSV: BOM first, so Excel reads UTF-8; Japanese names and headers intact.
  const csvPath = await saveDownload(page, 'ペア一覧を保存（CSV・Excel用）');
  const bytes = readFileSync(csvPath);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const rows = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  assert.equal(rows.length, 1 + pairing.pairs.length);
  assert.match(rows[0], /^ペア,メンター,世代,部署,メンティー/);
  const firstMentor = cohort.responses.find((r) => r.participant_id === pairing.pairs[0].members[0]).name;
  assert.ok(rows[1].includes(firstMentor), `${rows[1]} names ${firstMentor}`);

  // The session file reopens, in a fresh browser, to the same answers and pairs.
  const sessionPath = await saveDownload(page, 'セッションを保存（回答とペア）');
  const other = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await other.page.goto(server.url);
  await waitForApp(other.page);
  await other.page.locator('#open-session').setInputFiles(sessionPath);
  await other.page.getByRole('link', { name: 'コンソール', exact: true }).click();
  await other.page.locator('#board-total').waitFor();
  assert.equal(await other.page.locator('#board-total').getAttribute('data-total'), String(pairing.total_score));
  await waitForStored(other.page, (s) => s.cohort?.responses?.length === cohort.responses.length);
  const stored = await storedState(other.page);
  assert.deepEqual(stored.cohort.responses, cohort.responses);

  // The print view: only the cards, one per pair, each on its own page.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.print-card').count(), pairing.pairs.length);
  assert.ok(await page.locator('.print-card').first().isVisible());
  assert.ok(!(await page.locator('.top-bar').isVisible()), 'the top bar is not printed');
  assert.ok(!(await page.locator('.pair-cards').isVisible()), 'the screen cards are not printed');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, pairing.pairs.length, 'one A4 page per pair');
  if (process.env.KAKEHASHI_SCREENSHOTS) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ROOT, 'docs/screenshot-print.png') });
  }
  await page.emulateMedia({ media: 'screen' });
  await assertAccessible(page, 'console with the export panel (ja)');

  page.kakehashi.assertClean();
  other.page.kakehashi.assertClean();
  await context.close();
  await other.context.close();
});
