// Journey: a facilitator hands out the result and adjusts it, in Japanese (reverse mode)
// and in English (mutual mode). The exported pairing's total equals `kakehashi match`; the
// CSV opens in Excel with Japanese intact (UTF-8 with BOM), has one heading per column,
// each different, a round on every row and every participant of the cohort in exactly one
// row (the unpaired with their reason); the session file (answers and pairs) reopens in
// another browser to the same pairs. On the board, breaking a pair renumbers no other; a
// move that dissolves a pair says so, naming the people, and its Undo puts everything
// back; a re-run that finds the same pairs says so. The print view is one card per pair
// with no points on it, and a last page with the people without a partner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openPage, waitForApp, assertAccessible, storedState, waitForStored, CLI } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-26T09:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'kakehashi-export-'));
// Screenshots of the board's messages, the CSV's first rows and the print view, when asked.
const SHOTS = process.env.KAKEHASHI_SHOTS;

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); await server?.close(); });

/** What each language says, and the cohort it works on. */
const LANGS = {
  ja: {
    locale: 'ja-JP', participants: 16, seed: 4, mode: 'reverse', nav: 'コンソール',
    json: 'ペアリング結果を保存（JSON）', csv: 'ペア一覧を保存（CSV・Excel用）', session: 'セッションを保存（回答とペア）',
    round: 'ラウンド', teaching: '教えること', pair: (n) => `ペア ${n}`, undo: '元に戻す',
    same: '再計算しても同じペアになりました。この設定では、これよりよい組み合わせはありません。',
    dissolved: (n) => `ペア ${n}は解消され`, named: (name) => `${name}さん`,
    points: /\d+\s*点|スコア|×/,
  },
  en: {
    locale: 'en-US', participants: 13, seed: 21, mode: 'mutual', nav: 'Console',
    json: 'Save the pairing (JSON)', csv: 'Save the pairs (CSV for Excel)', session: 'Save the session (answers and pairs)',
    round: 'Round', teaching: 'Who teaches what', pair: (n) => `Pair ${n}`, undo: 'Undo',
    same: 'The re-run found the same pairs: nothing better exists with these settings.',
    dissolved: (n) => `dissolved pair ${n}`, named: (name) => name,
    points: /\d+\s*points?|Score|×/i,
  },
};

async function saveDownload(page, buttonName) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** The rows of a CSV as its cells (RFC 4180: a quoted cell may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') { row.push(cell); cell = ''; } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell); rows.push(row); row = []; cell = ''; i += 1;
    } else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'the CSV ends with a line break');
  return rows;
}

/** Clicks Match or Re-run and waits until that run is over (its "computing" state came and went). */
async function runAndWait(page) {
  await page.evaluate(() => {
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
  await page.locator('#board-run').click();
  await page.waitForFunction(() => window.__run.started && !document.querySelector('#board-computing') && document.querySelector('#board-total'));
  await page.evaluate(() => window.__run.observer.disconnect());
}

/** Each card's members and heading, in the order shown. */
async function cards(page) {
  return page.locator('.pair-card').evaluateAll((list) => list.map((c) => ({ members: c.dataset.members, heading: c.querySelector('h3').textContent })));
}

for (const [lang, L] of Object.entries(LANGS)) {
  test(`${lang}: the CSV lists everyone once, pairs keep their numbers, a dissolving move says so and undoes, a same re-run says so, print cards carry no points`, async () => {
    const cohort = JSON.parse(execFileSync(CLI, ['demo', '--participants', String(L.participants), '--seed', String(L.seed), '--lang', lang, '--now', NOW], { encoding: 'utf8' }));
    // Some gave no department: their cards must not end in a separator.
    cohort.responses.forEach((r, i) => { if (i % 3 === 0) r.department = null; });
    const cohortPath = join(dir, `cohort-${lang}.json`);
    writeFileSync(cohortPath, JSON.stringify(cohort, null, 2));
    const nameOf = (id) => cohort.responses.find((r) => r.participant_id === id).name;

    const { context, page } = await openPage(browser, { locale: L.locale, origin: server.url });
    await page.goto(server.url);
    await waitForApp(page);
    await page.locator('#open-session').setInputFiles(cohortPath);
    await page.getByRole('link', { name: L.nav, exact: true }).click();
    await page.locator('#board-mode').selectOption(L.mode);
    await runAndWait(page);

    // The pairing JSON: the engine's result, equal to the CLI's on the same cohort.
    const pairingPath = await saveDownload(page, L.json);
    const pairing = JSON.parse(readFileSync(pairingPath, 'utf8'));
    const cli = JSON.parse(execFileSync(CLI, ['match', cohortPath, '--mode', L.mode], { encoding: 'utf8' }));
    assert.equal(pairing.format, 'kakehashi/pairing@1');
    assert.equal(pairing.total_score, cli.total_score);
    assert.deepEqual(pairing.pairs.map((p) => [p.number, p.members]), cli.pairs.map((p) => [p.number, p.members]));
    assert.match(execFileSync(CLI, ['validate', pairingPath], { encoding: 'utf8' }), /^OK/);
    assert.ok(pairing.pairs.length >= 4, `${pairing.pairs.length} pairs`);

    // The CSV: BOM first, so Excel reads UTF-8; one heading per column, each different; a
    // round on every row; every participant of the cohort in exactly one row.
    const csvPath = await saveDownload(page, L.csv);
    const bytes = readFileSync(csvPath);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const [header, ...body] = rows;
    assert.equal(new Set(header).size, header.length, `unique headings: ${header}`);
    assert.equal(header[0], L.round);
    assert.ok(header.includes(L.teaching), `${header}`);
    assert.ok(rows.every((r) => r.length === header.length), 'every row has every column');
    assert.ok(body.every((r) => r[0] === String(pairing.round)), 'the round on every row');
    const roles = L.mode === 'reverse' ? 2 : 3;
    const named = body.flatMap((r) => Array.from({ length: roles }, (_, k) => r[2 + 3 * k])).filter((c) => c !== '');
    assert.deepEqual([...named].sort(), cohort.responses.map((r) => r.name).sort(), 'every participant exactly once');
    assert.equal(body.length, pairing.pairs.length + pairing.unmatched.length);
    assert.deepEqual(body.slice(0, pairing.pairs.length).map((r) => r[1]), pairing.pairs.map((p) => String(p.number)));
    const reasons = body.slice(pairing.pairs.length).map((r) => r.at(-1));
    assert.ok(reasons.every((r) => r.length > 5), `each unpaired participant has a reason: ${reasons}`);
    if (SHOTS) writeFileSync(join(SHOTS, `pairs-${lang}.csv`), bytes);

    // The session file reopens, in a fresh browser, to the same answers and pairs.
    const sessionPath = await saveDownload(page, L.session);
    const other = await openPage(browser, { locale: L.locale, origin: server.url });
    await other.page.goto(server.url);
    await waitForApp(other.page);
    await other.page.locator('#open-session').setInputFiles(sessionPath);
    await other.page.getByRole('link', { name: L.nav, exact: true }).click();
    await other.page.locator('#board-total').waitFor();
    assert.equal(await other.page.locator('#board-total').getAttribute('data-total'), String(pairing.total_score));
    await waitForStored(other.page, (s) => s.cohort?.responses?.length === cohort.responses.length);
    assert.deepEqual((await storedState(other.page)).cohort.responses, cohort.responses);
    other.page.kakehashi.assertClean();
    await other.context.close();

    // The README's picture of the print view, of the result as the engine made it.
    if (process.env.KAKEHASHI_SCREENSHOTS && lang === 'ja') {
      await page.emulateMedia({ media: 'print' });
      await page.locator('.print-card').first().waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(ROOT, 'docs/screenshot-print.png') });
      await page.emulateMedia({ media: 'screen' });
    }

    // Breaking a pair renumbers no other pair; Undo brings it back.
    const before = await cards(page);
    assert.deepEqual(before.map((c) => c.heading.replace(/\D+/g, '')), pairing.pairs.map((p) => String(p.number)));
    const broken = before[1];
    await page.locator(`.pair-card[data-members="${broken.members}"] .pair-break`).click();
    await page.locator(`.pair-card[data-members="${broken.members}"]`).waitFor({ state: 'detached' });
    assert.deepEqual(await cards(page), before.filter((c) => c !== broken), 'every other pair keeps its number');

    // While they are apart, the print view: a card per pair without any points, then a
    // last page with everyone without a partner (the two just set aside among them).
    const unpaired = cohort.responses.filter((r) => !before.filter((c) => c !== broken).some((c) => c.members.split('+').includes(r.participant_id)));
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-card');
    await printed.nth(before.length - 1).waitFor({ state: 'attached' });
    assert.equal(await printed.count(), before.length - 1 + 1, 'a card per pair and the last page');
    for (let i = 0; i < before.length - 1; i += 1) {
      const card = printed.nth(i);
      assert.equal(await card.locator('h2').textContent(), before.filter((c) => c !== broken)[i].heading);
      const words = await card.locator('.print-members, .print-lines').allTextContents();
      assert.doesNotMatch(words.join(' '), L.points, 'no points on a card a pair takes home');
      for (const meta of await card.locator('.print-meta').allTextContents()) {
        assert.ok(meta.trim() !== '' && !/^\s*·|·\s*$/.test(meta), `no separator left hanging: ${JSON.stringify(meta)}`);
      }
      assert.equal(await card.locator('h3').textContent(), L.teaching);
    }
    const last = printed.last();
    assert.match(await last.getAttribute('class'), /print-unmatched/);
    const listed = await last.locator('.print-name').allTextContents();
    assert.deepEqual([...listed].sort(), unpaired.map((r) => r.name).sort(), 'the last page lists everyone without a partner');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, before.length, 'one A4 page per pair, and the last page');
    if (SHOTS) {
      await page.pdf({ format: 'A4', path: join(SHOTS, `print-${lang}.pdf`) });
      await page.screenshot({ path: join(SHOTS, `print-${lang}.png`), fullPage: true });
    }
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#board-undo').click();
    await page.locator(`.pair-card[data-members="${broken.members}"]`).waitFor();
    assert.deepEqual(await cards(page), before);

    // A move that dissolves a pair says so as it happens, naming the pair and the people
    // left without a partner; its Undo puts everything back.
    const [from, into] = before.filter((c) => c.members.split('+').length === 2);
    const [first, second] = from.members.split('+');
    const mover = L.mode === 'reverse' ? second : first;
    const left = L.mode === 'reverse' ? [first, into.members.split('+')[1]] : [second];
    await page.locator('#board-mover').focus();
    await page.locator('#board-mover').selectOption(mover);
    await page.locator(`.pair-card[data-members="${into.members}"] .pair-move`).click();
    const message = page.locator('.board-message');
    await message.waitFor();
    const said = await message.locator('p').textContent();
    assert.ok(said.includes(L.dissolved(from.heading.replace(/\D+/g, ''))), said);
    for (const id of left) assert.ok(said.includes(L.named(nameOf(id))), `${said} names ${nameOf(id)}`);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `moved-${lang}.png`) });
    await assertAccessible(page, `the board's message after a move (${lang})`);
    await message.getByRole('button', { name: L.undo, exact: true }).click();
    await message.waitFor({ state: 'detached' });
    assert.deepEqual(await cards(page), before, 'Undo puts every pair back, with its number');

    // A re-run with the settings unchanged finds the same pairs, and says so.
    await runAndWait(page);
    assert.equal(await message.locator('p').textContent(), L.same);
    assert.deepEqual(await cards(page), before);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `same-${lang}.png`) });
    await assertAccessible(page, `console with the export panel and a message (${lang})`);

    page.kakehashi.assertClean();
    await context.close();
  });
}
