// Journey (issue 14, section 2, "words a non-technical room understands"): a Japanese
// facilitator visits every view — Home, Set up & share with the editor open, the Survey
// (with its problem list), the Console with answers imported and a match done with a
// card's explanation open, and the print view — and provokes every import error there is
// (a PNG, a PDF, a truncated JSON file, another workshop's answers, a broken answer code,
// a PNG opened as a workshop). No visible text, no `<option>` and no label a screen reader
// reads holds a participant id of the cohort or an English word outside a small allow-list
// (product and format names, units; ids and numbers are not words), and no option text is
// cut off by its `<select>`, at 1280 px and at 390 px. In English, counts of one are
// singular ("1 person", "1 point"). Screenshots of each view are written to the folder in
// PLAIN_WORDS_SHOTS when it is set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, openPage, waitForApp, assertAccessible, CLI, ensureCli } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-26T09:00:00Z';
const SHOTS = process.env.PLAIN_WORDS_SHOTS;

/** Latin-alphabet words Japanese text may hold (as in src/i18n/plain_words.rs), and the
 *  language switch's "English", which is each language's own name. */
const ALLOWED = new Set([
  'Kakehashi', 'CSV', 'JSON', 'QR', 'Excel', 'Word', 'PDF', 'ZIP', 'HTML', 'USB', 'UTF', 'ID', 'KB', 'MB', 'AI',
  'SNS', 'IT', 'UTC', 'Z', 'X', 'Y', 'KW', 'KR', 'localhost', 'file', 'json', 'html', 'English',
]);

/** The English words of `text` (the rule of `english_words` in src/i18n/plain_words.rs). */
function englishWords(text) {
  // File names are the file's own ("response-山田.json").
  text = text.split(/[ 　]/).map((chunk) => (/\.(json|html|csv)/.test(chunk) ? '' : chunk)).join(' ');
  let plain = '';
  let depth = 0;
  let inDouble = false;
  for (const c of text) {
    if (c === '「') depth += 1;
    else if (c === '」') depth = Math.max(0, depth - 1);
    else if (c === '"' && depth === 0) inDouble = !inDouble;
    else if (depth === 0 && !inDouble) plain += c;
  }
  const words = [];
  for (let token of plain.split(/[^A-Za-z0-9_\-./@[\]:#\\]+/)) {
    if (!/[A-Za-z]/.test(token)) continue;
    token = token.replace(/[.:-]+$/, '');
    if (/[0-9_./@[#\\]/.test(token)) continue;
    for (const word of token.split(/[^A-Za-z]+/).filter(Boolean)) {
      if (!ALLOWED.has(word)) words.push(word);
    }
  }
  return words;
}

let server;
let browser;
let dir;
let workshop;
let ids;
let names;
let responseFiles;
let broken;

function prepareFiles() {
  ensureCli();
  dir = mkdtempSync(join(tmpdir(), 'kakehashi-words-'));
  execFileSync(CLI, ['demo', '--participants', '16', '--seed', '11', '--lang', 'ja', '--now', NOW, '--responses-dir', dir]);
  workshop = JSON.parse(readFileSync(join(dir, 'workshop.json'), 'utf8'));
  // The files as participants hand them in, under names of their own (the name the app
  // offers for saving is the hand-back's business): the import report shows file names.
  const written = readdirSync(dir).filter((f) => f.startsWith('response-')).sort();
  responseFiles = written.map((f, i) => {
    const path = join(dir, `回答-${String(i + 1).padStart(2, '0')}.json`);
    writeFileSync(path, readFileSync(join(dir, f)));
    return path;
  });
  const responses = responseFiles.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  ids = responses.map((r) => r.participant_id);
  names = responses.map((r) => r.name);
  assert.equal(ids.length, 16);

  // What a facilitator may be handed instead of an answer file.
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(200, 7)]);
  const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
  const sample = readFileSync(responseFiles[0], 'utf8');
  const other = { ...JSON.parse(sample), participant_id: 'p-other', workshop_id: 'another-workshop' };
  broken = {
    png: join(dir, '写真.png'),
    pdf: join(dir, 'アンケート.pdf'),
    truncated: join(dir, '途中まで.json'),
    other: join(dir, '別の回答.json'),
  };
  writeFileSync(broken.png, png);
  writeFileSync(broken.pdf, pdf);
  writeFileSync(broken.truncated, sample.slice(0, Math.floor(sample.length / 2)));
  writeFileSync(broken.other, JSON.stringify(other));
}

before(async () => {
  prepareFiles();
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * What a person reads on the page: every rendered text node, every option of a rendered
 * select, the labels a screen reader reads (aria-label, title, alt, placeholder). Each
 * as `{ text, code }`: `code` for the ids and codes the page shows as such (`<code>`).
 */
async function readable(page) {
  return page.evaluate(() => {
    const out = [];
    const push = (text, el) => out.push({ text, code: Boolean(el.closest('code')) });
    const shown = (el) => el && el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'OPTION', 'TEXTAREA'].includes(parent.tagName)) continue;
      if (n.textContent.trim() && shown(parent)) push(n.textContent.trim(), parent);
    }
    for (const select of document.querySelectorAll('select')) {
      if (!shown(select)) continue;
      for (const o of select.options) push(o.textContent.trim(), select);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (!shown(el)) continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v && v.trim()) push(v.trim(), el);
      }
    }
    return out;
  });
}

/** Fails on a participant id or an English word in what the page shows, in Japanese. */
async function assertPlainJapanese(page, label) {
  const read = await readable(page);
  assert.ok(read.length > 5, `${label}: nothing read`);
  const withIds = read.map((r) => r.text).filter((t) => ids.some((id) => t.includes(id)));
  assert.deepEqual(withIds, [], `${label}: participant ids shown`);
  // The editor shows a generation's id as an id (<code>): not a word of the sentence.
  const english = read.filter((r) => !r.code).map(({ text }) => [englishWords(text), text])
    .filter(([w]) => w.length > 0).map(([w, t]) => `${w.join(' ')} ← ${t}`);
  assert.deepEqual(english, [], `${label}: English inside Japanese`);
  return read;
}

/**
 * Fails when a rendered select is narrower than the browser would make it for one of its
 * options alone (a copy of the select, free to take its own width, holding that option):
 * that option's text is cut off.
 */
async function assertOptionsFit(page, label) {
  const cut = await page.evaluate(() => {
    const out = [];
    for (const select of document.querySelectorAll('select')) {
      if (!select.checkVisibility()) continue;
      const probe = select.cloneNode(false);
      probe.removeAttribute('id');
      Object.assign(probe.style, { width: 'auto', minWidth: '0', maxWidth: 'none', position: 'absolute', visibility: 'hidden' });
      select.parentElement.append(probe);
      for (const o of select.options) {
        probe.replaceChildren(o.cloneNode(true));
        const needs = probe.getBoundingClientRect().width;
        const has = select.getBoundingClientRect().width;
        if (needs > has + 0.5) out.push(`#${select.id}: "${o.textContent}" needs ${Math.ceil(needs)} px, has ${Math.floor(has)}`);
      }
      probe.remove();
    }
    return out;
  });
  assert.deepEqual(cut, [], `${label}: option texts cut off`);
}

async function shot(page, name) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Each view checked at 1280 px and at 390 px; with PLAIN_WORDS_SHOTS, the page and the
 * parts this issue changed (`parts`: selectors) are photographed.
 */
async function checkView(page, label, { words = true, parts = [] } = {}) {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    if (words) await assertPlainJapanese(page, `${label} at ${viewport.width} px`);
    await assertOptionsFit(page, `${label} at ${viewport.width} px`);
    await shot(page, `${label}-${viewport.width}`);
    for (const [i, selector] of parts.entries()) {
      if (SHOTS) await page.locator(selector).first().screenshot({ path: join(SHOTS, `${label}-${viewport.width}-part${i}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * A page whose browser holds the workshop with no answers yet (as after setting it up),
 * as an earlier version stored it: the app reads it at its first start.
 */
async function openWithWorkshop(locale, lang, hash) {
  const { context, page } = await openPage(browser, { locale, origin: server.url });
  const state = { format: 'kakehashi/app-state@1', lang, cohort: { format: 'kakehashi/cohort@1', workshop, responses: [], rounds: [] } };
  await context.addInitScript((s) => {
    if (!localStorage.getItem('kakehashi.state')) localStorage.setItem('kakehashi.state', s);
  }, JSON.stringify(state));
  await page.goto(`${server.url}${hash}`);
  await waitForApp(page);
  return { context, page };
}

/** Clicks Match and waits until a result is shown that was not there before. */
async function match(page) {
  const before = await page.locator('#board-total').count() ? await page.locator('.pair-cards').innerHTML() : null;
  await page.locator('#board-run').click();
  await page.waitForFunction((old) => {
    const cards = document.querySelector('.pair-cards');
    return !document.querySelector('#board-computing') && document.querySelector('#board-total') && cards && cards.innerHTML !== old;
  }, before, { timeout: 60000 });
}

test('in Japanese, every view and every import error speaks plain Japanese and shows no ids', async () => {
  const empty = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await empty.page.goto(server.url);
  await waitForApp(empty.page);
  await empty.page.getByRole('heading', { level: 1, name: 'ファシリテーターのホーム' }).waitFor();
  await checkView(empty.page, 'home-empty');
  empty.page.kakehashi.assertClean();
  await empty.context.close();

  // Home with the workshop.
  const { context, page } = await openWithWorkshop('ja-JP', 'ja', '#/');
  await page.getByRole('heading', { level: 2, name: workshop.title.ja }).waitFor();
  await checkView(page, 'home');

  // Set up & share, with the editor open.
  await page.getByRole('link', { name: '準備と共有', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '準備と共有' }).waitFor();
  await page.getByRole('button', { name: 'ワークショップを編集する' }).click();
  await page.getByLabel('スキル 1：名前（日本語）').waitFor();
  await checkView(page, 'setup-editor');
  await page.getByRole('button', { name: '変更を破棄' }).click();
  await page.getByRole('button', { name: '破棄する' }).click();

  // The survey as a participant sees it, with every problem of an empty form listed.
  await page.getByRole('link', { name: 'このブラウザでアンケートを試す' }).click();
  await page.locator('#survey-title').waitFor();
  await page.getByRole('button', { name: '回答を完成させる' }).click();
  await page.getByText('表示名を入力してください。').first().waitFor();
  await checkView(page, 'survey-problems');

  // A photo opened as the workshop: said in Japanese what it looks like.
  await page.getByRole('button', { name: 'アンケートを閉じる' }).click();
  await page.locator('#open-file').setInputFiles(broken.png);
  await page.locator('#open-error', { hasText: '架け橋のファイルではありません（画像のようです）' }).waitFor();
  await checkView(page, 'survey-open-png', { parts: ['#open-error'] });

  // The console: the answers and every mistaken hand-in, then a broken answer code.
  if (await page.locator('#leave-participant-view').isVisible()) await page.locator('#leave-participant-view').click();
  await page.getByRole('link', { name: 'コンソール', exact: true }).click();
  await page.locator('#import-files').setInputFiles([...responseFiles, broken.png, broken.pdf, broken.truncated, broken.other]);
  await page.waitForFunction((n) => document.querySelectorAll('.roster-name').length === n
    && document.querySelectorAll('.import-report li').length === n + 4, ids.length);
  const rejected = await page.locator('.import-report li.import-rejected').allTextContents();
  assert.equal(rejected.length, 4);
  const reason = (file) => rejected.find((r) => r.startsWith(file)) ?? assert.fail(`${file} not rejected: ${rejected}`);
  assert.match(reason('写真.png'), /架け橋のファイルではありません（画像のようです）/);
  assert.match(reason('アンケート.pdf'), /架け橋のファイルではありません（PDFのようです）/);
  assert.match(reason('途中まで.json'), /JSON として読めません.*途中でファイルが終わっています/);
  assert.ok(reason('別の回答.json').includes(`これは別のワークショップのものです（今のワークショップは「${workshop.title.ja}」です）`));
  await checkView(page, 'console-import-errors', { parts: ['.import-report'] });
  await page.locator('#import-codes').fill('KR1.AAAAAAAAAA\nKR1.zz*zz');
  await page.getByRole('button', { name: 'コードを読み込む' }).click();
  await page.locator('.import-report li.import-rejected', { hasText: 'コード' }).first().waitFor();
  await checkView(page, 'console-code-errors');

  // A match in reverse mode, a card's explanation open: 教えること, whose level is which.
  await match(page);
  const card = page.locator('.pair-card:has(.pair-teaching li)').first();
  await card.locator('.pair-details-toggle').click();
  await card.locator('.pair-explanation h4', { hasText: '教えること' }).waitFor();
  const line = await card.locator('.pair-explanation .pair-teaching li').first().textContent();
  assert.match(line, /^「.+」：.+さん \d → .+さん \d(（学びたい項目なので\d+倍）|：)\d+点$/, line);
  assert.match(await card.locator('.pair-link .hint').first().textContent(), /^(同じ世代です。|世代が\d+つ離れて)/);
  // A never-pair picker lists people by name.
  await page.locator('#never-a').focus();
  const options = await page.locator('#never-a option').allTextContents();
  assert.ok(options.some((o) => names.some((n) => o.startsWith(n))), options.join(' / '));
  await checkView(page, 'console-match', { parts: ['.pair-card:has(.pair-explanation)', '.board-settings'] });
  await assertAccessible(page, 'console with an explanation (ja)');

  // The print view: one card a pair, "教えること" in reverse mode.
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-card').first().waitFor();
  assert.equal(await page.locator('.print-card h3').first().textContent(), '教えること');
  await checkView(page, 'print', { parts: ['.print-card'] });
  await page.emulateMedia({ media: 'screen' });

  // Home again, with answers.
  await page.getByRole('link', { name: 'ホーム', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'ファシリテーターのホーム' }).waitFor();
  await checkView(page, 'home-answers');
  page.kakehashi.assertClean();
  await context.close();
});

test('in English, a count of one is singular', async () => {
  const empty = await openPage(browser, { locale: 'en-US', origin: server.url, viewport: { width: 390, height: 844 } });
  await empty.page.goto(server.url);
  await waitForApp(empty.page);
  await assertOptionsFit(empty.page, 'home (en) at 390 px');
  await empty.context.close();

  const { context, page } = await openWithWorkshop('en-US', 'en', '#/console');
  // An odd number of answers, with one generation answered by one person only.
  const responses = responseFiles.map((f) => [f, JSON.parse(readFileSync(f, 'utf8'))]);
  const generationOf = (r) => r.generation ?? workshop.generations.find((g) =>
    (g.born_from == null || r.birth_year >= g.born_from) && (g.born_to == null || r.birth_year <= g.born_to)).id;
  const byGeneration = new Map();
  for (const entry of responses) {
    const g = generationOf(entry[1]);
    byGeneration.set(g, [...(byGeneration.get(g) ?? []), entry]);
  }
  const [lonely, ...others] = [...byGeneration.values()].sort((a, b) => a.length - b.length);
  let chosen = [lonely[0], ...others.flat()];
  if (chosen.length % 2 === 0) chosen = chosen.slice(0, -1);
  await page.locator('#import-files').setInputFiles(chosen.map(([f]) => f));
  await page.waitForFunction((n) => document.querySelectorAll('.roster-name').length === n, chosen.length);
  const lonelyLabel = workshop.generations.find((g) => g.id === generationOf(lonely[0][1])).label.en;
  await page.getByText(`${lonelyLabel} (1 person)`, { exact: true }).first().waitFor({ state: 'attached' });

  // Mutual mode, every explanation open: the lines, the facts and the "why not" sentences
  // count in the singular too.
  await page.locator('#board-mode').selectOption('mutual');
  await match(page);
  const toggles = page.locator('.pair-details-toggle');
  for (let i = 0; i < await toggles.count(); i += 1) await toggles.nth(i).click();
  await page.waitForFunction(() => document.querySelectorAll('.pair-explanation').length === document.querySelectorAll('.pair-card').length);
  await shot(page, 'console-en-1280');
  const texts = (await readable(page)).map((r) => r.text).join('\n');
  assert.match(texts, /\b1 person\b/);
  const plural = texts.match(/(^|[^0-9.,])1 (points|people|answers|generations|generation steps|mentees|persons)\b/m);
  assert.equal(plural, null, `a plural after 1: ${plural?.[0]}`);
  assert.ok(!/born until|born from/.test(texts));
  await assertOptionsFit(page, 'console (en) at 1280 px');
  await page.setViewportSize({ width: 390, height: 844 });
  await assertOptionsFit(page, 'console (en) at 390 px');
  await shot(page, 'console-en-390');
  page.kakehashi.assertClean();
  await context.close();
});
