// Journey (issue 11 §3): the follow-up survey, handed out and back with no server. A
// facilitator loads the sample workshop, sees that there is nothing to follow up before
// the pairs are made, matches on the console, opens the follow-up panel and takes its
// share link. Three participants, each in a fresh browser, open the link, fill the
// follow-up in Japanese with the keyboard only (one asks for a new partner; one first
// tries to complete an empty form and is shown what is missing) and hand back the answer
// code; one also saves the answer file, which `kakehashi validate` accepts. The
// facilitator pastes the three codes and a cut one, imports a follow-up for another
// workshop and one from someone not in the workshop: three are taken, each of the others
// says why. A reload keeps everything. axe-core checks each new view; no request leaves
// the app's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, openPage, waitForApp, assertAccessible, storedState, waitForStored, CLI, ensureCli } from './support.mjs';

const work = mkdtempSync(join(tmpdir(), 'kakehashi-followup-'));
const SHOTS = process.env.KAKEHASHI_SHOTS;

let server;
let browser;
before(async () => {
  ensureCli();
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
const shot = async (page, name) => { if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }); };

/**
 * One participant in a fresh browser: opens the link, picks the `index`-th name of "Who are
 * you?" with the arrow keys, and answers by keyboard. Returns { context, page, name, code }.
 */
async function participant(link, workshop, { index, meetings, satisfaction, newPartner, wentWell, emptyFirst = false, save = false }) {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await page.goto(link);
  await waitForApp(page);
  await page.locator('form.followup-survey').waitFor();
  assert.equal(await page.locator('h1').textContent(), workshop.title.ja);
  assert.equal(await page.locator('.eyebrow').first().textContent(), 'フォローアップアンケート');
  assert.doesNotMatch(page.url(), /w=KW2/, 'the code is dropped from the address bar once read');
  assert.equal(await page.locator('input[id^=want-]').count(), 0, 'no "want to learn" in the follow-up');

  if (emptyFirst) {
    // Completing an empty form shows what is missing, in Japanese, and focuses the first.
    await page.getByRole('button', { name: '回答を完成させる' }).click();
    await page.locator('.error-summary').waitFor();
    assert.equal(await focusedId(page), 'followup-person');
    assert.equal(await page.locator('#followup-person-error').textContent(), 'お名前を選んでください。');
    assert.equal(await page.locator('#followup-meetings-error').textContent(), '会った回数を入力してください（まだ会っていなければ 0）。');
    assert.equal(await page.locator('#followup-satisfaction-error').textContent(), 'パートナーへの満足度を選んでください。');
    assert.equal(await page.locator('#followup-person').getAttribute('aria-invalid'), 'true');
    await assertAccessible(page, 'follow-up form with its problems (ja)');
    await shot(page, 'followup-form-problems-ja');
    await page.keyboard.press('Shift+Tab');
  } else {
    await assertAccessible(page, 'follow-up form (ja)');
  }

  // Who are you: the arrow keys move through the names of a closed list.
  await tabTo(page, () => document.activeElement?.id === 'followup-person', 'who are you');
  for (let k = 0; k < index + 1; k++) await page.keyboard.press('ArrowDown');
  const name = (await page.locator('#followup-person option:checked').textContent()).trim();
  await page.locator('#followup-partner', { hasText: 'あなたのパートナー：' }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'followup-meetings');
  await page.keyboard.type(meetings);
  // Satisfaction: Tab into the group, the arrows move, Space picks.
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'followup-satisfaction');
  for (let k = 1; k < satisfaction; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'followup-continue');
  if (newPartner) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  assert.equal(await page.locator(newPartner ? '#followup-new-partner' : '#followup-continue').isChecked(), true);

  // The same skills on the same scale as the first survey.
  const skills = workshop.skills.map((s) => s.id);
  for (let i = 0; i < skills.length; i++) {
    await tabTo(page, (sid) => document.activeElement?.name === `skill-${sid}`, `skill ${skills[i]}`, skills[i]);
    for (let k = 0; k < (i + index) % 5; k++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
  }
  assert.equal(await page.getByTestId('progress').textContent(), `${4 + skills.length} / ${4 + skills.length} 回答済み`);
  await tabTo(page, () => document.activeElement?.id === 'followup-went-well', 'what went well');
  await page.keyboard.type(wentWell);
  if (!emptyFirst) await shot(page, `followup-form-ja-${index}`);
  await tabTo(page, () => document.activeElement?.getAttribute('type') === 'submit', 'the submit button');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { level: 1, name: 'あと1ステップ：回答をファシリテーターに渡してください' }).waitFor();
  assert.equal(await page.locator('.hand-back-done').textContent(), `${name}さん、回答が完成しました。ありがとうございます。`);
  const code = await page.locator('#response-code').inputValue();
  assert.match(code, /^KF1\.[A-Za-z0-9_-]+$/);
  assert.ok(code.length < 200, `${code.length} characters`);
  assert.equal(await page.locator('.qr-response svg').count(), 1, 'its QR code is on screen');
  let file;
  if (save) {
    await assertAccessible(page, 'follow-up hand-back (ja)');
    await shot(page, 'followup-hand-back-ja');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#hand-back-save').click()]);
    assert.equal(download.suggestedFilename(), `followup-${name}.json`);
    file = join(work, download.suggestedFilename());
    await download.saveAs(file);
  }
  return { context, page, name, code, file };
}

test('the follow-up survey goes out by link, comes back as codes and files, and survives a reload', async () => {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'サンプルのワークショップを読み込む（回答24人分つき）' }).click();
  await page.getByRole('link', { name: 'コンソール', exact: true }).click();

  // Before any pairing the panel says so plainly and offers nothing.
  const status = page.locator('#followup-status');
  await status.waitFor();
  assert.match(await status.textContent(), /^まだフォローアップするペアがありません。/);
  assert.equal(await page.locator('#followup-hand-out').count(), 0);
  assert.equal(await page.locator('#followup-answers').count(), 0);
  await assertAccessible(page, 'console, follow-up before any pairing (ja)');

  await page.locator('#board-run').click();
  await page.locator('#board-total').waitFor();
  await status.filter({ hasText: 'ラウンド1のフォローアップ' }).waitFor();
  const answers = page.locator('#followup-answers');
  const total = Number((await answers.textContent()).match(/：(\d+)人中0人$/)[1]);
  assert.ok(total >= 6, `${total} people can answer`);

  await page.locator('#followup-hand-out').click();
  assert.equal(await page.locator('#followup-hand-out').getAttribute('aria-expanded'), 'true');
  const link = await page.getByLabel('共有リンク', { exact: true }).inputValue();
  assert.match(link, /#\/survey\?w=KW2\./);
  assert.equal(await page.locator('#followup-ways h2').textContent(), 'フォローアップアンケートを配る');
  await page.locator('#followup-ways .qr-share svg').waitFor();
  await assertAccessible(page, 'console, follow-up ways (ja)');
  await page.locator('.followup-panel').scrollIntoViewIfNeeded();
  await shot(page, 'followup-console-ja');
  const stored = await waitForStored(page, (s) => s.cohort?.workshop);
  const workshop = stored.cohort.workshop;
  const workshopFile = join(work, 'workshop.json');
  writeFileSync(workshopFile, JSON.stringify(workshop));

  // Three participants, each in a fresh browser; the second asks for a new partner.
  const people = [
    await participant(link, workshop, { index: 0, meetings: '６', satisfaction: 4, newPartner: false, wentWell: '毎週のランチで話せた', emptyFirst: true, save: true }),
    await participant(link, workshop, { index: 1, meetings: '2', satisfaction: 2, newPartner: true, wentWell: '予定が合わなかった' }),
    await participant(link, workshop, { index: 2, meetings: '１０回', satisfaction: 5, newPartner: false, wentWell: 'スマホの使い方を覚えた' }),
  ];
  const verdict = execFileSync(CLI, ['validate', workshopFile, people[0].file], { encoding: 'utf8' });
  assert.match(verdict, /OK/);
  const saved = JSON.parse(readFileSync(people[0].file, 'utf8'));
  assert.equal(saved.format, 'kakehashi/followup@1');
  assert.equal(saved.meetings_held, 6);

  // The facilitator pastes the three codes and one cut off when copied.
  const codes = people.map((p) => p.code);
  await page.locator('#import-codes').fill([...codes, codes[1].slice(0, -8)].join('\n'));
  await page.getByRole('button', { name: 'コードを読み込む' }).click();
  await page.locator('#import-summary', { hasText: '追加 3件、読み込めない 1件。' }).waitFor();
  const report = page.locator('.import-report li');
  assert.match(await report.nth(0).textContent(), /^#4読み込めません: コードが途中で切れています/);
  for (const [i, p] of people.entries()) {
    assert.match(await report.nth(i + 1).textContent(), new RegExp(`フォローアップ追加: ${p.name}`));
  }
  await answers.filter({ hasText: `フォローアップの回答：${total}人中3人` }).waitFor();
  await assertAccessible(page, 'console after the follow-up import (ja)');

  // A follow-up for another workshop, and one from someone not in this workshop.
  const foreign = join(work, 'followup-foreign.json');
  writeFileSync(foreign, JSON.stringify({ ...saved, workshop_id: 'another-workshop' }));
  const stranger = join(work, 'followup-stranger.json');
  writeFileSync(stranger, JSON.stringify({ ...saved, participant_id: 'p-stranger' }));
  await page.locator('#import-files').setInputFiles([foreign, stranger]);
  await page.locator('#import-summary', { hasText: '読み込めない 2件。' }).waitFor();
  const foreignRow = await report.filter({ hasText: 'followup-foreign.json' }).textContent();
  assert.ok(foreignRow.includes(`これは別のワークショップのものです（今のワークショップは「${workshop.title.ja}」です）。`), foreignRow);
  const strangerRow = await report.filter({ hasText: 'followup-stranger.json' }).textContent();
  assert.ok(strangerRow.includes('最初の回答がない人のフォローアップ回答です（参加者 ID p-stranger）'), strangerRow);
  await answers.filter({ hasText: `${total}人中3人` }).waitFor();

  // What was taken is stored, and a reload keeps it; so does the participant's page.
  const after = await waitForStored(page, (s) => s.cohort?.followups?.length === 3);
  const byName = Object.fromEntries(after.cohort.followups.map((f) => [
    after.cohort.responses.find((r) => r.participant_id === f.participant_id).name, f]));
  assert.deepEqual(people.map((p) => byName[p.name]?.wants_new_partner), [false, true, false]);
  assert.deepEqual(people.map((p) => byName[p.name]?.meetings_held), [6, 2, 10]);
  assert.deepEqual(byName[people[0].name], saved, 'the code carries exactly what the file carries');
  await page.reload();
  await waitForApp(page);
  await answers.filter({ hasText: `フォローアップの回答：${total}人中3人` }).waitFor();
  assert.equal((await storedState(page)).cohort.followups.length, 3);

  const second = people[1].page;
  await second.reload();
  await waitForApp(second);
  await second.locator('#response-code').waitFor();
  assert.equal(await second.locator('#response-code').inputValue(), people[1].code);

  for (const p of people) {
    p.page.kakehashi.assertClean();
    await p.context.close();
  }
  page.kakehashi.assertClean();
  await context.close();
});
