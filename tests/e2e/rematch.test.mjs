// Journey (issue 11 §5, re-matching): some months in, a pair is not working. The
// facilitator loads the sample, matches, ticks "Re-match this pair" with the keyboard, the
// mark survives a reload, and "Re-match 1 pair" asks first, naming the people. After it,
// every other pair is as it was (and locked), the old partners are apart, the new pairs
// say why they were re-matched; Undo puts the pairs back, Redo and a reload keep the
// re-match. Then, in English, a session file whose follow-ups ask for a new partner marks
// that pair by itself (a follow-up of another round marks nothing, and the board says
// so). Accessible (axe-core), no console error, no request outside the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, openPage, waitForApp, waitForStored, assertAccessible, ensureCli, CLI } from './support.mjs';

const NOW = '2026-11-26T09:00:00Z';
const SHOTS = process.env.KAKEHASHI_SHOTS;

let server;
let browser;
let dir;
before(async () => {
  ensureCli();
  server = await serveDist();
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'kakehashi-rematch-'));
});
after(async () => { await browser?.close(); await server?.close(); });

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
async function pairs(page) {
  const cards = await page.locator('.pair-card').evaluateAll((els) => els.map((el) => [
    el.querySelector('h3').id.replace('pair-', ''), el.getAttribute('data-members'),
  ]));
  return new Map(cards);
}

/** Checks that every pair of `before` but those numbered `broken` is on the board with
 * its number, and no two members of a broken pair are in one pair. */
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

test('ja: a pair marked by hand is re-matched, the others kept; undo, redo and reload', async () => {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('button', { hasText: 'サンプルのワークショップを読み込む' }).click();
  await page.getByRole('link', { name: 'コンソール', exact: true }).click();
  await page.locator('#board-mode').selectOption('mutual');
  await runAndWait(page, page.locator('#board-run'));
  const before = await pairs(page);
  assert.equal(before.size, 12);
  assert.equal(await page.locator('#board-rematch').count(), 0, 'nothing marked: no offer');

  // Tick pair 2 with the keyboard; the offer appears, and the mark is stored.
  const box = page.locator('#pair-2-rematch');
  await box.focus();
  await page.keyboard.press('Space');
  assert.ok(await box.isChecked());
  const offer = page.locator('#board-rematch');
  await offer.waitFor();
  assert.equal((await offer.textContent()).trim(), '1 組を組み直す');
  await waitForStored(page, (s) => s.meta?.board?.rematch_marks?.length === 1);
  await page.reload();
  await waitForApp(page);
  await page.locator('#pair-2-rematch').waitFor();
  assert.ok(await page.locator('#pair-2-rematch').isChecked(), 'the mark survives a reload');

  // The confirmation names the pair and its people, and warns that one pair alone in a
  // full room cannot get new partners; nothing changes until it is confirmed.
  const names = await page.locator('.pair-card').nth(1).locator('.pair-name').allTextContents();
  await page.locator('#board-rematch').click();
  let confirm = await page.locator('#rematch-confirm-text').textContent();
  assert.ok(confirm.startsWith(`ペア 2（${names.join(' × ')}）を組み直しますか？`), confirm);
  assert.ok(confirm.includes('ほかの 11 組はそのまま残し、固定します。'), confirm);
  assert.match(await page.locator('#rematch-warning').textContent(), /お互いとしか組めず/);
  await assertAccessible(page, 'board with a re-match to confirm (ja)');
  await page.locator('#rematch-cancel').click();
  assert.deepEqual(await pairs(page), before, 'nothing changed');

  // A second pair ticked: the two pairs can swap partners.
  await page.locator('#pair-5-rematch').check();
  await page.locator('#board-rematch').click();
  confirm = await page.locator('#rematch-confirm-text').textContent();
  assert.ok(confirm.includes('ほかの 10 組はそのまま残し、固定します。'), confirm);
  assert.equal(await page.locator('#rematch-warning').count(), 0);
  await runAndWait(page, page.locator('#rematch-go'));

  const message = await page.locator('.board-message').textContent();
  assert.ok(message.includes('ペア 2とペア 5を組み直しました。'), message);
  assert.ok(message.includes('新しいペア：'), message);
  assert.ok(message.includes('ほかの 10 組はそのまま残し、固定しました。'), message);
  assert.ok(!message.includes('見つかりませんでした'), message);
  const after = await pairs(page);
  checkKeptAndApart(before, after, ['2', '5']);
  assert.equal(await page.locator('.pair-locked').count(), 10, 'the kept pairs are locked');
  const notes = await page.locator('.pair-rematched p').allTextContents();
  assert.ok(notes.length === 4 && notes.every((n) => n.startsWith('ファシリテーターが組み直しました（')), notes.join('\n'));
  await assertAccessible(page, 'board after a re-match (ja)');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'rematch-ja.png'), fullPage: true });

  // Undo: the pairs as they were; Redo: the re-match again; a reload keeps it, and undo
  // after the reload still restores the pairs.
  await page.locator('#board-undo').click();
  await page.waitForFunction((m) => document.querySelector('#pair-2')?.closest('.pair-card')?.getAttribute('data-members') === m, before.get('2'));
  assert.deepEqual(await pairs(page), before);
  assert.equal(await page.locator('.pair-locked').count(), 0);
  await page.locator('#board-redo').click();
  await page.locator('.pair-rematched').first().waitFor();
  assert.deepEqual(await pairs(page), after);
  await waitForStored(page, (s) => s.meta?.board?.undo?.length >= 2);
  await page.reload();
  await waitForApp(page);
  await page.locator('.pair-rematched').first().waitFor();
  assert.deepEqual(await pairs(page), after);
  await page.locator('#board-undo').click();
  await page.waitForFunction(() => !document.querySelector('.pair-rematched'));
  assert.deepEqual(await pairs(page), before);
  page.kakehashi.assertClean();
  await context.close();
});

test('en: a follow-up asking for a new partner marks its pair; one of another round marks nothing', async () => {
  const cohort = JSON.parse(execFileSync(CLI, ['demo', '--participants', '16', '--seed', '3', '--lang', 'en', '--now', NOW], { encoding: 'utf8' }));
  const cohortPath = join(dir, 'cohort.json');
  writeFileSync(cohortPath, JSON.stringify(cohort));
  const pairing = JSON.parse(execFileSync(CLI, ['match', cohortPath, '--mode', 'mutual'], { encoding: 'utf8' }));
  const followup = (id, round) => ({
    format: 'kakehashi/followup@1', workshop_id: cohort.workshop.id, participant_id: id, round,
    meetings_held: 1, satisfaction: 2, wants_new_partner: true,
    ratings: cohort.responses.find((r) => r.participant_id === id).ratings,
    created_at: NOW, updated_at: NOW,
  });
  const asker = pairing.pairs[2].members[1];
  const elsewhere = pairing.pairs[4].members[0];
  const session = { ...cohort, pairing, followups: [followup(asker, 1), followup(elsewhere, 3)] };
  const sessionPath = join(dir, 'session.json');
  writeFileSync(sessionPath, JSON.stringify(session));
  const nameOf = (id) => cohort.responses.find((r) => r.participant_id === id).name;

  const { context, page } = await openPage(browser, { locale: 'en-US', origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('#open-session').setInputFiles(sessionPath);
  await page.getByRole('link', { name: 'Console', exact: true }).click();
  await page.locator('#pair-3-rematch').waitFor();
  const before = await pairs(page);
  assert.ok(await page.locator('#pair-3-rematch').isChecked(), 'marked by the follow-up');
  assert.equal(await page.locator('.pair-rematch-toggle input:checked').count(), 1);
  const asked = await page.locator('.pair-card').nth(2).locator('.pair-asked').textContent();
  assert.equal(asked, `${nameOf(asker)} asked for a new partner in the follow-up.`);
  const other = await page.locator('.rematch-other-round').textContent();
  assert.ok(other.includes(`${nameOf(elsewhere)} asked for a new partner in the follow-up of round 3`), other);
  assert.ok(other.endsWith('because the board shows round 1.'), other);

  // Pair 5 ticked by hand as well, so that the two pairs can swap partners.
  await page.locator('#pair-5-rematch').check();
  await page.locator('#board-rematch').click();
  assert.match(await page.locator('#rematch-confirm-text').textContent(), /^Re-match Pair 3 \(.+\) and Pair 5 \(.+\)\? /);
  await runAndWait(page, page.locator('#rematch-go'));
  const after = await pairs(page);
  checkKeptAndApart(before, after, ['3', '5']);
  const message = await page.locator('.board-message').textContent();
  assert.ok(message.startsWith('Re-matched pairs 3 and 5.'), message);
  assert.ok(message.includes('The other 6 pairs were kept and are locked now.'), message);
  const notes = (await page.locator('.pair-rematched p').allTextContents()).join('\n');
  assert.ok(notes.includes(`${nameOf(asker)} asked for a new partner (was with `), notes);
  assert.ok(notes.includes('The facilitator re-matched '), notes);
  // The wish is answered: nothing is marked any more.
  assert.equal(await page.locator('#board-rematch').count(), 0);
  await assertAccessible(page, 'board after a re-match (en)');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'rematch-en.png'), fullPage: true });
  page.kakehashi.assertClean();
  await context.close();
});
