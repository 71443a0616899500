// Journey: the survey round trip without a server. A facilitator shares the survey link;
// a participant in a fresh browser opens it, fills the survey in Japanese with the
// keyboard only, reloads midway and finds the answers kept, completes them, and saves
// the answer file named after them (which `kakehashi validate` accepts); the answer code round-trips into the
// facilitator's console; broken links, truncated codes and foreign files each get their
// own error. No request leaves the app's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openPage, waitForApp, assertAccessible, storedState, waitForStored } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KAKEHASHI = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'kakehashi');
const work = mkdtempSync(join(tmpdir(), 'kakehashi-survey-'));

let server;
let browser;
before(async () => {
  if (!existsSync(KAKEHASHI)) execFileSync('cargo', ['build', '--bin', 'kakehashi'], { cwd: ROOT, stdio: 'inherit' });
  server = await serveDist();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Presses Tab until the focused element satisfies `predicate` (at most 80 presses). */
async function tabTo(page, predicate, what, arg) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  assert.fail(`could not reach ${what} with Tab`);
}
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The facilitator: starts from the template, reads the share link on the Setup view. */
async function facilitator() {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'テンプレートから始める' }).click();
  await page.getByRole('link', { name: '準備と共有', exact: true }).click();
  const link = await page.getByLabel('共有リンク', { exact: true }).inputValue();
  assert.match(link, /#\/survey\?w=KW2\./);
  await waitForStored(page, (s) => s.cohort?.workshop);
  const workshop = (await storedState(page)).cohort.workshop;
  return { context, page, link, workshop };
}

test('a participant fills the survey in Japanese by keyboard, reloads, submits and hands the answers back', async () => {
  const host = await facilitator();
  const workshopFile = join(work, 'workshop.json');
  writeFileSync(workshopFile, JSON.stringify(host.workshop));

  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await page.goto(host.link);
  await waitForApp(page);
  await page.locator('form.survey').waitFor();
  assert.equal(await page.locator('h1').textContent(), host.workshop.title.ja);
  assert.equal(await page.title(), `アンケート：${host.workshop.title.ja} — 架け橋 Kakehashi`, 'the tab names the survey');
  assert.doesNotMatch(page.url(), /w=KW2/, 'the code is dropped from the address bar once read');
  await assertAccessible(page, 'survey form (ja)');

  // About you, by keyboard: name, generation by birth year (full-width digits), department.
  await tabTo(page, () => document.activeElement?.id === 'survey-name', 'the name field');
  await page.keyboard.type('山田 太郎');
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'generation-input-choose');
  await page.keyboard.press('ArrowRight');
  await page.locator('#survey-birth-year').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'survey-birth-year');
  await page.keyboard.type('１９６８');
  assert.match(await page.locator('#birth-year-maps').textContent(), /バブル世代/);
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'survey-department');
  await page.keyboard.type('営業部');

  // Skills: Tab into each group, Space picks the focused point, arrows move within it.
  const skills = host.workshop.skills.map((s) => s.id);
  // Tab into a skill's group, move to the wanted point with the arrows, Space picks it.
  const rate = async (i) => {
    await tabTo(page, (sid) => document.activeElement?.name === `skill-${sid}`, `skill ${skills[i]}`, skills[i]);
    for (let k = 0; k < i % 5; k++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
  };
  for (let i = 0; i < 6; i++) {
    await rate(i);
    if (i % 4 === 0) {
      await page.keyboard.press('Tab');
      assert.equal(await focusedId(page), `want-${skills[i]}`);
      await page.keyboard.press('Space');
    }
  }
  assert.equal(await page.getByTestId('progress').textContent(), '8 / 14 回答済み');

  // Reload midway: everything typed so far is still there.
  await page.reload();
  await waitForApp(page);
  await page.locator('form.survey').waitFor();
  assert.equal(await page.locator('#survey-name').inputValue(), '山田 太郎');
  assert.equal(await page.locator('#survey-birth-year').inputValue(), '１９６８');
  assert.equal(await page.locator('#survey-department').inputValue(), '営業部');
  assert.equal(await page.getByTestId('progress').textContent(), '8 / 14 回答済み');
  assert.equal(await page.locator(`input[name=skill-${skills[5]}]:checked`).getAttribute('value'), '1');

  for (let i = 6; i < skills.length; i++) await rate(i);
  assert.equal(await page.getByTestId('progress').textContent(), '14 / 14 回答済み');
  await tabTo(page, () => document.activeElement?.getAttribute('type') === 'submit', 'the submit button');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'あと1ステップ：回答をファシリテーターに渡してください' }).waitFor();
  assert.equal(await page.locator('.hand-back-done').textContent(), '山田 太郎さん、回答が完成しました。ありがとうございます。');
  await assertAccessible(page, 'hand-back (ja)');

  // 1. The file: saved by keyboard, valid for the workshop.
  await tabTo(page, () => document.activeElement?.textContent === 'response-山田 太郎.json を保存', 'the save button');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'response-山田 太郎.json');
  const responseFile = join(work, download.suggestedFilename());
  await download.saveAs(responseFile);
  const verdict = execFileSync(KAKEHASHI, ['validate', workshopFile, responseFile], { encoding: 'utf8' });
  assert.match(verdict, /OK +.*response-山田 太郎\.json: response of '山田 太郎' for workshop 'reverse-mentoring'/);
  const response = JSON.parse(readFileSync(responseFile, 'utf8'));
  assert.equal(response.birth_year, 1968);
  assert.equal(response.department, '営業部');
  assert.deepEqual(response.wants_to_learn, [skills[0], skills[4]]);

  // 2. The answer code, short enough for a chat message, round-trips into the console.
  const code = await page.locator('#response-code').inputValue();
  assert.match(code, /^KR1\.[A-Za-z0-9_-]+$/);
  assert.ok(code.length < 300, `${code.length} characters`);
  // 3. Its QR code is on screen.
  assert.equal(await page.locator('.qr-response svg').count(), 1);

  await host.page.getByRole('link', { name: 'コンソール' }).click();
  await host.page.locator('#import-codes').fill(`${code}\n${code.slice(0, -6)}`);
  await host.page.getByRole('button', { name: 'コードを読み込む' }).click();
  const report = host.page.locator('.import-report li');
  await report.first().waitFor();
  // The summary first, then the rejected code, then the one added.
  assert.equal(await host.page.locator('#import-summary').textContent(), '追加 1件、読み込めない 1件。');
  assert.match(await report.nth(0).textContent(), /コードが途中で切れています/);
  assert.match(await report.nth(1).textContent(), /追加: 山田 太郎/);
  const imported = (await storedState(host.page)).cohort.responses;
  assert.deepEqual(imported, [response], 'the code carries exactly what the file carries');
  await assertAccessible(host.page, 'console after import (ja)');

  // Editing and re-submitting keeps the participant and replaces the earlier answers.
  await page.getByRole('button', { name: '回答を修正する' }).click();
  await page.locator('#survey-note').fill('よろしくお願いします');
  await page.getByRole('button', { name: '回答を完成させる' }).click();
  const newer = await page.locator('#response-code').inputValue();
  await host.page.locator('#import-codes').fill(newer);
  await host.page.getByRole('button', { name: 'コードを読み込む' }).click();
  await host.page.locator('.import-report li', { hasText: '更新' }).waitFor();
  const after = (await storedState(host.page)).cohort.responses;
  assert.equal(after.length, 1);
  assert.equal(after[0].participant_id, response.participant_id);
  assert.equal(after[0].note, 'よろしくお願いします');

  page.kakehashi.assertClean();
  host.page.kakehashi.assertClean();
  await context.close();
  await host.context.close();
});

test('a broken link, a foreign workshop file and an answer for another workshop each say what is wrong', async () => {
  const host = await facilitator();
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });

  // A link cut off when copied.
  await page.goto(host.link.slice(0, -12));
  await waitForApp(page);
  const alert = page.locator('.notice-warning');
  await alert.waitFor();
  assert.match(await alert.textContent(), /リンクを開けませんでした.*途中で切れています/);

  // A workshop file of another format version, then a file that is not a workshop.
  const v2 = join(work, 'workshop-v2.json');
  writeFileSync(v2, JSON.stringify({ ...host.workshop, format: 'kakehashi/workshop@2' }));
  await page.locator('#open-file').setInputFiles(v2);
  await page.locator('#open-error').waitFor();
  assert.match(await page.locator('#open-error').textContent(), /workshop-v2\.json: ワークショップ形式のバージョン 2 には対応していません/);
  const other = join(work, 'other.json');
  writeFileSync(other, JSON.stringify({ format: 'acme/survey@1', questions: [] }));
  await page.locator('#open-file').setInputFiles(other);
  await page.locator('#open-error', { hasText: 'other.json: 形式「acme/survey@1」は架け橋の形式ではありません。' }).waitFor();
  // A truncated workshop code.
  const code = decodeURIComponent(host.link.split('w=')[1]);
  await page.locator('#open-code').fill(code.slice(0, code.length - 20));
  await page.getByRole('button', { name: 'コードで開く' }).click();
  await page.locator('#open-error', { hasText: 'コードが途中で切れています' }).waitFor();
  await assertAccessible(page, 'survey open panel with an error (ja)');

  // In English, the same mistakes read in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('#open-error', { hasText: 'the code is incomplete: it was cut off when copied; copy it again in full' }).waitFor();

  // An answer file for another workshop is rejected by the console, naming the current
  // one by its title (not by ids nobody typed).
  const foreign = {
    format: 'kakehashi/response@1', workshop_id: 'another-workshop', participant_id: 'p-1', name: 'X',
    generation: 'gen_z', ratings: Object.fromEntries(host.workshop.skills.map((s) => [s.id, 3])),
    created_at: '2026-11-26T09:00:00Z', updated_at: '2026-11-26T09:00:00Z',
  };
  const foreignFile = join(work, 'foreign-response.json');
  writeFileSync(foreignFile, JSON.stringify(foreign));
  await host.page.getByRole('link', { name: 'コンソール' }).click();
  await host.page.locator('#import-files').setInputFiles(foreignFile);
  await host.page.locator('.import-report li').first().waitFor();
  const rejected = await host.page.locator('.import-report li').first().textContent();
  assert.ok(rejected.startsWith('foreign-response.json'), rejected);
  assert.ok(rejected.includes(`これは別のワークショップのものです（今のワークショップは「${host.workshop.title.ja}」です）。`), rejected);
  assert.doesNotMatch(rejected, /another-workshop|reverse-mentoring/);

  page.kakehashi.assertClean();
  host.page.kakehashi.assertClean();
  await context.close();
  await host.context.close();
});

test('on a 320 px phone the survey, its open panel and the hand-back fit without sideways scrolling', async () => {
  const host = await facilitator();
  const viewport = { width: 320, height: 640 };
  const fits = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url, viewport });
  await page.goto(`${server.url}#/survey`);
  await waitForApp(page);
  await page.locator('#open-code').waitFor();
  assert.ok(await fits(page), 'the open panel at 320 px');

  await page.goto(host.link);
  await page.locator('form.survey').waitFor();
  assert.ok(await fits(page), 'the survey form at 320 px');
  await page.locator('#survey-name').fill('小林');
  await page.locator('#survey-generation').selectOption(host.workshop.generations[0].id);
  for (const skill of host.workshop.skills) {
    await page.locator(`input[name="skill-${skill.id}"][value="${host.workshop.scale.max}"]`).check();
  }
  await page.getByRole('button', { name: '回答を完成させる' }).click();
  await page.locator('#response-code').waitFor();
  assert.ok(await fits(page), 'the hand-back at 320 px');
  page.kakehashi.assertClean();
  await context.close();
  await host.context.close();
});
