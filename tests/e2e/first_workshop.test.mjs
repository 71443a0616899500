// Journeys of a facilitator's first real workshop (issue "a facilitator's first real
// workshop"): the seeded sample in reverse mode leaves people without a partner; the board
// groups them by reason, offers ways to pair more people with the engine's own figures
// (checked against the CLI's `kakehashi match` on the same cohort), applies one, and one
// undo brings the pairing and the settings back, in Japanese and in English; in round 2
// those who sat out round 1 come first, as the CLI says, and their cards say why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openPage, waitForApp, waitForStored, assertAccessible, CLI } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let server;
let browser;
let dir;
before(async () => {
  server = await serveDist();
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'kakehashi-first-'));
});
after(async () => { await browser?.close(); await server?.close(); });

/** How many different people the CLI pairs in `cohort` with the given flags. */
function cliPaired(cohort, flags) {
  const path = join(dir, `cohort-${process.hrtime.bigint()}.json`);
  writeFileSync(path, JSON.stringify(cohort));
  const out = JSON.parse(execFileSync(CLI, ['match', path, ...flags], { encoding: 'utf8' }));
  return new Set(out.pairs.flatMap((p) => p.members)).size;
}

/** The number in the unmatched list's heading ("Without a partner (6)"), 0 without one. */
async function unmatchedCount(page) {
  if (!(await page.locator('#board-unmatched-title').count())) return 0;
  const m = /[(（](\d+)[)）]/.exec(await page.locator('#board-unmatched-title').textContent());
  return Number(m[1]);
}

/** Loads the sample on Home; returns the roster's names in order and the stored cohort. */
async function loadSample(page, lang) {
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('button', { hasText: lang === 'ja' ? 'サンプルのワークショップを読み込む' : 'Load the sample workshop' }).click();
  // The notice says what happened, where the facilitator is looking (the button is far
  // down the page).
  const notice = page.locator('#main > .notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), lang === 'ja' ? /サンプルのワークショップ.*読み込みました/ : /sample workshop is loaded/);
  const box = await notice.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= viewport.height, `the notice is in sight: ${JSON.stringify(box)}`);
  const stored = await waitForStored(page, (s) => s.cohort?.responses?.length === 24);
  return stored.cohort;
}

for (const [lang, locale] of [['ja', 'ja-JP'], ['en', 'en-US']]) {
  test(`${lang}: the seeded sample in reverse mode offers ways to pair more people, with the engine's figures; one applied and undone`, async () => {
    const { context, page } = await openPage(browser, { locale, origin: server.url });
    const cohort = await loadSample(page, lang);
    // The same sample on every load: a second browser context gets the same people.
    const other = await openPage(browser, { locale, origin: server.url });
    const again = await loadSample(other.page, lang);
    assert.deepEqual(again.responses.map((r) => [r.name, r.ratings]), cohort.responses.map((r) => [r.name, r.ratings]));
    other.page.kakehashi.assertClean();
    await other.context.close();

    assert.equal(cohort.workshop.matching.mode, 'reverse', 'the sample is a reverse-mentoring workshop');
    const capacity = cohort.workshop.matching.mentor_capacity;
    const pairedNow = cliPaired(cohort, []);
    assert.ok(pairedNow < 24, `the sample in reverse mode leaves people without a partner (${pairedNow} of 24 paired)`);

    await page.goto(`${server.url}#/console`);
    await page.locator('#board-run').click();
    await page.locator('#board-total').waitFor();
    assert.equal(await unmatchedCount(page), 24 - pairedNow);
    // Grouped by reason: each group says why and what to do, and names its people.
    const groups = page.locator('.unmatched-group');
    assert.ok(await groups.count() >= 1);
    let listed = 0;
    for (let i = 0; i < await groups.count(); i++) {
      const g = groups.nth(i);
      const people = await g.locator('.unmatched-item').count();
      listed += people;
      const sentence = await g.locator('.unmatched-reason').textContent();
      assert.ok(sentence.includes(lang === 'ja' ? `${people}人` : (people === 1 ? '1 person' : `${people} people`)), sentence);
      assert.ok((await g.locator('.unmatched-advice').textContent()).length > 10);
    }
    assert.equal(listed, 24 - pairedNow, 'everyone without a partner is listed once');

    // The suggestions: each figure is the CLI's on the same cohort with that change.
    const suggestions = page.locator('.board-suggestions .suggestion');
    await suggestions.first().waitFor();
    const texts = await suggestions.locator('p').allTextContents();
    const figure = (text) => {
      const m = lang === 'ja' ? /(\d+)人中(\d+)人/.exec(text) : /(\d+) of (\d+) people/.exec(text);
      return lang === 'ja' ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
    };
    const expected = {
      capacity: cliPaired(cohort, ['--mode', 'reverse', '--capacity', String(capacity + 1)]),
      mutual: cliPaired(cohort, ['--mode', 'mutual']),
    };
    let capacityAt = -1;
    for (const [i, text] of texts.entries()) {
      const [paired, people] = figure(text);
      assert.equal(people, 24);
      assert.ok(paired > pairedNow, text);
      const every = /^(メンティーをできるだけ全員|Pair as many mentees)/.test(text);
      if (every) {
        // "Pair every mentee": the CLI at that capacity pairs the same number.
        const capacityShown = Number((lang === 'ja' ? /メンティー(\d+)人まで/ : /up to (\d+) mentees? per mentor/).exec(text)[1]);
        assert.ok(capacityShown > capacity + 1, text);
        assert.equal(paired, cliPaired(cohort, ['--mode', 'reverse', '--capacity', String(capacityShown)]), text);
      } else if (/メンティー\d+人まで|mentees? per mentor/.test(text)) {
        assert.equal(paired, expected.capacity, text);
        capacityAt = i;
      } else if (/相互メンタリング|mutual mentoring/.test(text)) {
        assert.equal(paired, expected.mutual, text);
      }
    }
    assert.ok(capacityAt >= 0, `one more mentee per mentor is offered: ${texts}`);
    await assertAccessible(page, `board with suggestions (${lang})`);

    // Apply "one more mentee per mentor": the board pairs the number it said.
    const [promised] = figure(texts[capacityAt]);
    await suggestions.nth(capacityAt).locator('button').click();
    await page.waitForFunction((n) => {
      const h = document.querySelector('#board-unmatched-title');
      const left = h ? Number(/[(（](\d+)[)）]/.exec(h.textContent)[1]) : 0;
      return !document.querySelector('#board-computing') && left === 24 - n;
    }, promised);
    assert.equal(await page.locator('#board-capacity').inputValue(), String(capacity + 1));
    const members = await page.locator('.pair-card .pair-name').allTextContents();
    assert.equal(new Set(members).size, promised, 'different people on the cards');

    // One undo: the pairing and the setting as they were.
    await page.locator('#board-undo').click();
    await page.waitForFunction((n) => {
      const h = document.querySelector('#board-unmatched-title');
      return h && Number(/[(（](\d+)[)）]/.exec(h.textContent)[1]) === n;
    }, 24 - pairedNow);
    assert.equal(await page.locator('#board-capacity').inputValue(), String(capacity));
    // Kept across a reload: redo still brings the suggestion's settings back.
    await waitForStored(page, (s) => s.meta?.board?.redo?.length === 1 && s.meta.board.redo[0].settings?.mentor_capacity === capacity + 1);
    await page.reload();
    await waitForApp(page);
    await page.locator('#board-redo').waitFor();
    await page.waitForFunction(() => !document.querySelector('#board-redo').disabled);
    await page.locator('#board-redo').click();
    await page.waitForFunction((n) => document.querySelector('#board-capacity').value === String(n), capacity + 1);
    page.kakehashi.assertClean();
    await context.close();
  });
}

test('round 2 pairs everyone who sat out round 1, and their cards say why (ja)', async () => {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  const cohort = await loadSample(page, 'ja');
  await page.goto(`${server.url}#/console`);
  await page.locator('#board-run').click();
  await page.locator('#board-total').waitFor();
  const satOut = await page.locator('.unmatched-item .pair-name').allTextContents();
  assert.ok(satOut.length > 0, 'the sample in reverse mode leaves someone out in round 1');
  // The engine's round 2 on the same cohort, from the CLI, pairs each of them.
  const stored = await waitForStored(page, (s) => Object.keys(s.records).some((k) => k.startsWith('pairing/')));
  const round1 = Object.entries(stored.records).find(([k]) => k.startsWith('pairing/'))[1];
  const path = join(dir, 'round2.json');
  writeFileSync(path, JSON.stringify({ ...cohort, rounds: [round1] }));
  const cli = JSON.parse(execFileSync(CLI, ['match', path], { encoding: 'utf8' }));
  const idOf = (name) => cohort.responses.find((r) => r.name === name).participant_id;
  const pairedInRound2 = new Set(cli.pairs.flatMap((p) => p.members));
  assert.ok(satOut.every((name) => pairedInRound2.has(idOf(name))), 'the CLI pairs them all in round 2');

  // Before moving on, the board offers to save round 1; it is kept in the history.
  const round1Pairs = await page.locator('.pair-card').count();
  await page.locator('#board-next-round').click();
  await page.locator('.next-round-confirm').waitFor();
  assert.match(await page.locator('#next-round-text').textContent(), /ラウンド1のペアは「これまでのラウンド」に残り、ラウンド2を新しく始めます/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#next-round-save').click()]);
  assert.match(download.suggestedFilename(), /round1\.csv$/);
  await page.locator('#next-round-go').click();
  await page.locator('.board-empty', { hasText: 'ラウンド2のペアはまだありません' }).waitFor();
  const history = page.locator('.rounds-history .round-item');
  assert.equal(await history.count(), 1);
  assert.match(await history.first().locator('summary').textContent(), new RegExp(`ラウンド1：${round1Pairs}組、ペアのいない人${satOut.length}人`));
  await page.locator('#board-run').click();
  await page.waitForFunction(() => !document.querySelector('#board-computing') && document.querySelector('#board-total'));
  await page.locator('.pair-first').first().waitFor();
  const total = Number(await page.locator('#board-total').getAttribute('data-total'));
  assert.equal(total, cli.total_score, 'the app and the CLI agree on round 2');
  for (const name of satOut) {
    const card = page.locator('.pair-card', { has: page.locator('.pair-name', { hasText: name }) });
    assert.ok(await card.count() >= 1, `${name} is on a card in round 2`);
    const why = await card.first().locator('.pair-first').textContent();
    assert.match(why, new RegExp(`${name}さん.*ラウンド1で相手がいなかったので`));
  }
  // Round 1 can still be printed from the history: its own cards, not round 2's.
  await page.evaluate(() => {
    const print = window.print.bind(window);
    window.print = () => {
      window.__printed = [...document.querySelectorAll('.print-sheet:not(.print-sheet-aside) .print-card:not(.print-unmatched) .print-workshop')].map((e) => e.textContent);
      print();
    };
  });
  await history.first().locator('summary').click();
  assert.equal(await history.first().locator('.round-pairs li').count(), round1Pairs);
  await history.first().locator('button', { hasText: 'このラウンドを印刷' }).click();
  const printed = await page.waitForFunction(() => window.__printed).then((h) => h.jsonValue());
  assert.equal(printed.length, round1Pairs, 'one card a pair of round 1');
  assert.ok(printed.every((t) => /ラウンド ?1$/.test(t)), printed[0]);
  await assertAccessible(page, 'round 2 with those who sat out first (ja)');
  page.kakehashi.assertClean();
  await context.close();
});

test('a room of 120 gets its suggestions from the worker, with the CLI\'s figures (en)', async () => {
  const text = execFileSync(CLI, ['demo', '--participants', '120', '--seed', '6', '--lang', 'en', '--now', '2026-11-26T09:00:00Z'], { encoding: 'utf8' });
  const cohort = JSON.parse(text);
  const path = join(dir, 'room-120.json');
  writeFileSync(path, text);
  const { context, page } = await openPage(browser, { locale: 'en-US', origin: server.url });
  // Count the workers the page starts: the run and then the suggestions each get one.
  await page.addInitScript(() => {
    const Native = window.Worker;
    window.__workers = 0;
    window.Worker = class extends Native { constructor(...a) { super(...a); window.__workers += 1; } };
  });
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('#open-session').setInputFiles(path);
  await waitForStored(page, (s) => s.cohort?.responses?.length === 120);
  await page.goto(`${server.url}#/console`);
  await page.locator('#board-run').click();
  await page.locator('#board-total').waitFor();
  const suggestions = page.locator('.board-suggestions .suggestion p');
  await suggestions.first().waitFor({ timeout: 60000 });
  const texts = await suggestions.allTextContents();
  // Every figure shown is the CLI's with that change.
  for (const t of texts) {
    const places = /up to (\d+) mentees? per mentor/.exec(t);
    const flags = places ? ['--mode', 'reverse', '--capacity', places[1]] : /mutual mentoring/.test(t) ? ['--mode', 'mutual'] : null;
    assert.ok(flags, `a suggestion this test knows: ${t}`);
    assert.equal(Number(/(\d+) of 120 people/.exec(t)[1]), cliPaired(cohort, flags), t);
  }
  assert.ok(await page.evaluate(() => window.__workers) >= 2, 'the run and the suggestions ran in workers');
  page.kakehashi.assertClean();
  await context.close();
});
