// Journeys through the app's storage, each in a real Chromium with its real IndexedDB:
// two tabs of one browser taking turns lose nothing of each other's work; two file://
// pages (the facilitator's single file and a participant's survey file) share the
// browser's storage without the participant's page touching the facilitator's records;
// a browser whose storage refuses a write tells so, offers the session file and stores
// again once it can; the product's own 5,000-person session re-opens, is saved by the
// app and re-opens again; and a reload right after an edit keeps the edit (the journal a
// page leaves when it goes away). One more journey joins the last two: a reload while
// storage is full, then space again: nothing collected may be lost. Expectations are
// computed from the files the CLI made.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST, serveDist, launch, openPage, watchPage, waitForApp, storedState, waitForStored, assertAccessible, CLI, ensureCli } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2026-11-26T09:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'kakehashi-storage-'));

let server;
let browser;
before(async () => {
  ensureCli();
  server = await serveDist();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

// ---------------------------------------------------------------------------------------
// Files from the CLI

/**
 * A demo room of `total` people from the CLI, with one answer file each: the session
 * file holds the first `inSession` of them, the rest are answer files to import.
 * Returns { sessionPath, session, extraFiles: [path], extraIds: [id], allIds: [id] }.
 */
function demoRoom(name, total, inSession, seed) {
  const dir = join(work, name);
  const full = join(dir, 'cohort-full.json');
  execFileSync(CLI, ['demo', '--participants', String(total), '--seed', String(seed), '--lang', 'en', '--now', NOW,
    '--responses-dir', dir, '-o', full], { stdio: 'pipe' });
  const cohort = JSON.parse(readFileSync(full, 'utf8'));
  const session = { ...cohort, responses: cohort.responses.slice(0, inSession) };
  const sessionPath = join(dir, 'session.json');
  writeFileSync(sessionPath, JSON.stringify(session));
  const inSessionIds = new Set(session.responses.map((r) => r.participant_id));
  const extraFiles = readdirSync(dir).filter((f) => /^response-.*\.json$/.test(f)).sort().map((f) => join(dir, f))
    .filter((path) => !inSessionIds.has(JSON.parse(readFileSync(path, 'utf8')).participant_id));
  const extraIds = extraFiles.map((path) => JSON.parse(readFileSync(path, 'utf8')).participant_id);
  assert.equal(extraIds.length, total - inSession, 'one answer file per participant not in the session');
  return { sessionPath, session, extraFiles, extraIds, allIds: [...inSessionIds, ...extraIds].sort() };
}

// ---------------------------------------------------------------------------------------
// Pages

/** The number in the roster's heading ("Roster (12)", "名簿 (12)"), or null without one. */
async function rosterCount(page) {
  const text = await page.locator('#roster-title').textContent({ timeout: 1000 }).catch(() => null);
  const m = /\((\d+)\)/.exec(text ?? '');
  return m ? Number(m[1]) : null;
}

/** Waits until the roster's heading counts `n` people (in either language). */
async function waitRoster(page, n, timeout = 20000) {
  await page.waitForFunction((n) => {
    const m = /\((\d+)\)/.exec(document.querySelector('#roster-title')?.textContent ?? '');
    return m !== null && Number(m[1]) === n;
  }, n, { timeout, polling: 50 });
}

/**
 * Waits (polling, not on animation frames: a tab in the background gets about one frame
 * a second) until `predicate(arg)` holds on the page.
 */
async function seen(page, predicate, arg, timeout = 20000) {
  await page.waitForFunction(predicate, arg, { timeout, polling: 50 });
}

/** The participant ids of the roster's rows, sorted. */
const rosterIds = (page) => page.$$eval('tr[data-participant]', (rows) => rows.map((r) => r.dataset.participant).sort());

const storedIds = (state) => (state.cohort?.responses ?? []).map((r) => r.participant_id).sort();

/** Opens a session file through Home's "Open a session file" and waits until it is stored. */
async function openSession(page, path, n, { timeout = 20000 } = {}) {
  await page.locator('#open-session').setInputFiles(path);
  await waitForStored(page, (s) => s.cohort?.responses?.length === n, { timeout });
}

/** Clicks `button` and returns the download it starts, parsed as JSON. */
async function downloadJson(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), button.click()]);
  const path = join(work, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), file: JSON.parse(readFileSync(path, 'utf8')), path };
}

/** The pairing the board shows, as stored: the `pairing/<id>` record `meta` points to. */
function storedPairing(state) {
  const id = state.meta?.board?.pairing;
  return id === undefined || id === null ? undefined : state.records[`pairing/${id}`];
}

const pairKeys = (pairing) => pairing.pairs.map((p) => p.members.join('+'));

/**
 * Keeps a read-write transaction on the app's store open from this page (a chain of
 * reads, so nothing is written), as a long write from another tab would: the app's own
 * writes wait behind it. It ends with the page.
 */
async function holdStore(page) {
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('kakehashi');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('records', 'readwrite').objectStore('records');
      const spin = () => { store.get('meta').onsuccess = spin; };
      store.get('meta').onsuccess = () => { spin(); resolve(); };
    };
  }));
}

/** Journals left in localStorage, read by every new document before the app starts. */
const RECORD_JOURNALS = () => {
  window.__journalsAtStart = Object.keys(localStorage)
    .filter((k) => k.startsWith('kakehashi.journal.'))
    .map((k) => localStorage.getItem(k));
};

// ---------------------------------------------------------------------------------------

test('two tabs of one browser acting in turn lose nothing', async () => {
  const room = demoRoom('two-tabs', 20, 12, 11);
  const { context, page: a } = await openPage(browser, { origin: server.url });
  const b = watchPage(await context.newPage(), server.url);
  // B is open (on the console, with nothing stored yet) before A opens the session.
  await b.goto(`${server.url}#/console`);
  await waitForApp(b);
  await b.locator('#console-empty').waitFor();
  // Each tab acts after the user switched to it (`bringToFront`); the other tab, in the
  // background, must follow by itself (the channel between tabs, not a focus event).
  await a.bringToFront();
  await a.goto(server.url);
  await waitForApp(a);
  await openSession(a, room.sessionPath, 12);
  await a.goto(`${server.url}#/console`);
  await waitRoster(a, 12);
  await waitRoster(b, 12);

  // B imports the answer files of everyone not in the session.
  await b.bringToFront();
  await b.locator('#import-files').setInputFiles(room.extraFiles);
  await b.locator('.import-report li.import-ok').nth(room.extraFiles.length - 1).waitFor();
  assert.equal(await b.locator('.import-report li.import-rejected').count(), 0);
  await waitRoster(b, 20);
  await waitRoster(a, 20);
  assert.deepEqual(await rosterIds(a), room.allIds, 'A shows the answers B imported');

  // A changes a matching setting: B follows.
  await a.bringToFront();
  const workshopMode = room.session.workshop.matching.mode;
  const mode = workshopMode === 'reverse' ? 'mutual' : 'reverse';
  await a.locator('#board-mode').selectOption(mode);
  await seen(b, (m) => document.querySelector('#board-mode')?.value === m, mode);
  assert.equal(await rosterCount(b), 20);

  // A corrects the name of someone from the session file: B shows the new name.
  const renamed = room.session.responses[5];
  const newName = `${renamed.name} (corrected)`;
  await a.locator(`tr[data-participant="${renamed.participant_id}"] .roster-actions button`).nth(1).click();
  await a.locator(`#edit-${renamed.participant_id}-name`).fill(newName);
  await a.locator('.response-editor button[type="submit"]').click();
  await seen(b, ([id, name]) => document.querySelector(`tr[data-participant="${id}"] .roster-name`)?.textContent === name,
    [renamed.participant_id, newName]);
  assert.equal(await rosterCount(b), 20);

  // B switches to Japanese: its roster reads 名簿; A still shows everyone.
  await b.bringToFront();
  await b.locator('button.lang-option[data-lang="ja"]').click();
  await b.locator('#roster-title', { hasText: '名簿 (20)' }).waitFor();
  await waitForStored(b, (s) => s.prefs?.lang === 'ja');
  assert.equal(await rosterCount(a), 20);

  // A deletes one of the answers B imported, B sees it go; A undoes, B sees it back.
  await a.bringToFront();
  const victim = room.extraIds[3];
  const rowShown = (id) => document.querySelector(`tr[data-participant="${id}"]`) !== null;
  await a.locator(`tr[data-participant="${victim}"] .button-danger-outline`).click();
  await waitRoster(a, 19);
  await waitRoster(b, 19);
  assert.equal(await b.locator(`tr[data-participant="${victim}"]`).count(), 0);
  await a.locator('#main > .notice button', { hasText: /^(Undo|元に戻す)$/ }).click();
  await waitRoster(a, 20);
  await waitRoster(b, 20);
  await seen(b, rowShown, victim);

  // A matches: B shows the same result.
  await a.locator('#board-run').click();
  await a.locator('#board-total').waitFor({ timeout: 60000 });
  const total = await a.locator('#board-total').getAttribute('data-total');
  const cards = await a.locator('.pair-card').count();
  await seen(b, (t) => document.querySelector('#board-total')?.dataset.total === t, total);
  assert.equal(await b.locator('.pair-card').count(), cards);

  // B locks a pair: A shows the lock.
  await b.bringToFront();
  const card = b.locator('.pair-card').nth(1);
  const members = await card.getAttribute('data-members');
  await card.locator('.pair-lock').click();
  await b.locator(`.pair-card.pair-locked[data-members="${members}"]`).waitFor();
  await seen(a, (m) => document.querySelector(`.pair-card.pair-locked[data-members="${m}"]`) !== null, members);
  assert.equal(await rosterCount(a), 20);

  // Both reloaded: every answer either tab collected, the setting, the result and the lock.
  for (const page of [a, b]) {
    await page.bringToFront();
    await page.reload();
    await waitForApp(page);
    await waitRoster(page, 20);
    assert.deepEqual(await rosterIds(page), room.allIds);
    assert.equal(await page.locator('#board-mode').inputValue(), mode);
    assert.equal(await page.locator(`tr[data-participant="${renamed.participant_id}"] .roster-name`).textContent(), newName);
    await page.locator(`.pair-card.pair-locked[data-members="${members}"]`).waitFor();
    assert.equal(await page.locator('#board-total').getAttribute('data-total'), total);
  }
  const stored = await storedState(a);
  assert.deepEqual(storedIds(stored), room.allIds, 'storage holds every answer');
  assert.equal(stored.meta.board.settings.mode, mode);
  assert.equal(stored.cohort.responses.find((r) => r.participant_id === renamed.participant_id).name, newName);
  const pairing = storedPairing(stored);
  assert.ok(pairing.pairs.find((p) => p.members.join('+') === members)?.locked, 'the lock is stored');
  assert.equal(String(pairing.total_score), total);
  a.kakehashi.assertClean();
  b.kakehashi.assertClean();
  await context.close();
});

test('two file:// pages share storage: the participant\'s draft beside the facilitator\'s session', async () => {
  const room = demoRoom('file-pages', 15, 15, 12);
  const appUrl = pathToFileURL(join(DIST, 'kakehashi.html')).href;
  const surveyPath = join(work, 'file-pages', 'survey.html');
  execFileSync(CLI, ['survey-file', room.sessionPath, '--app', join(DIST, 'kakehashi.html'), '-o', surveyPath], { stdio: 'pipe' });
  const surveyUrl = pathToFileURL(surveyPath).href;
  const local = (u) => u.startsWith('file:') || u.startsWith('blob:') || u.startsWith('data:');

  const { context, page: host } = await openPage(browser);
  await host.goto(appUrl);
  await waitForApp(host);
  await openSession(host, room.sessionPath, 15);
  await host.goto(`${appUrl}#/console`);
  await waitRoster(host, 15);
  const before = await storedState(host);
  assert.deepEqual(storedIds(before), room.allIds);

  // The participant double-clicks the survey file: a page of its own in the same browser.
  const guest = watchPage(await context.newPage());
  await guest.goto(surveyUrl);
  await waitForApp(guest);
  await guest.locator('form.survey').waitFor();
  const shared = await storedState(guest);
  assert.deepEqual(shared.records.cohort, before.records.cohort, 'the survey file\'s page sees the same storage');
  const w = room.session.workshop;
  await guest.locator('#survey-name').fill('Ada Participant');
  await guest.locator('#survey-generation').selectOption(w.generations.at(-1).id);
  const rated = w.skills.slice(0, 3);
  for (const [i, skill] of rated.entries()) {
    await guest.locator(`input[name="skill-${skill.id}"][value="${w.scale.min + i}"]`).check();
  }
  const progress = await guest.getByTestId('progress').textContent();
  const draftStored = (s) => {
    const d = s.surveys[w.id]?.draft;
    return d?.name === 'Ada Participant' && rated.every((k, i) => d.ratings[k.id] === w.scale.min + i);
  };
  const withDraft = await waitForStored(guest, draftStored);
  assert.deepEqual(withDraft.records.cohort, before.records.cohort, 'the participant\'s page left the cohort as it was');
  assert.deepEqual(withDraft.records.meta, before.records.meta, 'and the facilitator\'s version');
  assert.equal(Object.keys(withDraft.records).filter((k) => k.startsWith('survey/')).length, 1);

  // The participant's page reloaded: the draft is there.
  await guest.reload();
  await waitForApp(guest);
  await guest.locator('form.survey').waitFor();
  assert.equal(await guest.locator('#survey-name').inputValue(), 'Ada Participant');
  assert.equal(await guest.locator('#survey-generation').inputValue(), w.generations.at(-1).id);
  assert.equal(await guest.getByTestId('progress').textContent(), progress);
  for (const [i, skill] of rated.entries()) {
    assert.equal(await guest.locator(`input[name="skill-${skill.id}"]:checked`).getAttribute('value'), String(w.scale.min + i));
  }
  const afterGuestReload = await storedState(guest);
  assert.deepEqual(afterGuestReload.records.cohort, before.records.cohort, 'the reloaded participant page left the cohort as it was');
  assert.deepEqual(afterGuestReload.records.meta, before.records.meta);

  // The facilitator's page reloaded: every answer; a change there keeps the draft.
  await host.reload();
  await waitForApp(host);
  await waitRoster(host, 15);
  assert.deepEqual(await rosterIds(host), room.allIds);
  const gone = room.allIds[0];
  await host.locator(`tr[data-participant="${gone}"] .button-danger-outline`).click();
  await waitRoster(host, 14);
  const afterDelete = await waitForStored(host, (s) => s.cohort?.responses?.length === 14);
  assert.ok(draftStored(afterDelete), 'the facilitator\'s write kept the participant\'s draft');
  await guest.reload();
  await waitForApp(guest);
  assert.equal(await guest.locator('#survey-name').inputValue(), 'Ada Participant');

  for (const page of [host, guest]) {
    assert.deepEqual(page.kakehashi.errors, [], 'console errors');
    assert.deepEqual(page.kakehashi.requests.filter((u) => !local(u)), [], 'requests beyond the files');
  }
  await context.close();
});

/**
 * Makes storage refuse the answers about to be imported, through Chromium's own quota
 * (DevTools' `Storage.overrideQuotaForOrigin`): first a quota with room for the session
 * and little more, then, once the session is opened and stored, a quota with no room
 * left at all. Both are needed in Chromium 156: it keeps the room a site has left from
 * its first write and asks the quota again only when a write needs more than that; and
 * in a context like this one, whose data lives in memory, what is written does not add
 * to the usage it reports. A quota shrunk only after a first write with the default
 * quota would bite gigabytes later; so the room the import runs out of is the first
 * quota's, and the second makes sure that when Chromium asks again there is none.
 * Returns `quota(bytes?)`: sets the quota, or with no bytes gives the default back.
 */
async function storageWithoutRoom(context, page, room) {
  const origin = new URL(server.url).origin;
  const cdp = await context.newCDPSession(page);
  const quota = async (quotaSize) => cdp.send('Storage.overrideQuotaForOrigin', quotaSize === undefined ? { origin } : { origin, quotaSize });
  const usage = async () => (await cdp.send('Storage.getUsageAndQuota', { origin })).usage;
  const sessionBytes = statSync(room.sessionPath).size;
  const importBytes = room.extraFiles.reduce((n, f) => n + statSync(f).size, 0);
  const headroom = 4 * sessionBytes;
  assert.ok(importBytes > 2 * headroom, `the import (${importBytes} B) needs more than the room left (${headroom} B)`);
  await quota((await usage()) + headroom);
  await openSession(page, room.sessionPath, room.session.responses.length);
  await quota(await usage());
  assert.equal((await cdp.send('Storage.getUsageAndQuota', { origin })).overrideActive, true);
  return quota;
}

/** Imports the room's answer files into a full storage: the alert names it. */
async function importIntoFullStorage(page, room) {
  await page.goto(`${server.url}#/console`);
  await page.locator('#import-files').setInputFiles(room.extraFiles);
  const alert = page.locator('#main > .notice[role="alert"]');
  await alert.waitFor({ timeout: 30000 });
  assert.match(await alert.locator('p').textContent(), /storage is full/);
  await waitRoster(page, room.allIds.length);
  await page.locator('#import-progress').waitFor({ state: 'detached' });
  assert.equal((await storedState(page)).cohort.responses.length, room.session.responses.length, 'storage refused the import');
  return alert;
}

test('full storage: the notice names it, the session file holds everything, storing resumes', async () => {
  const room = demoRoom('full', 262, 12, 13);
  const { context, page } = await openPage(browser, { origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  const quota = await storageWithoutRoom(context, page, room);
  const alert = await importIntoFullStorage(page, room);

  // The session file offered by the notice holds every answer on screen.
  const { file } = await downloadJson(page, page.locator('#notice-save-session'));
  assert.equal(file.format, 'kakehashi/cohort@1');
  assert.deepEqual(file.responses.map((r) => r.participant_id).sort(), room.allIds);
  assert.deepEqual(file.workshop, room.session.workshop);
  assert.equal(await rosterCount(page), room.allIds.length, 'the roster still shows everyone');
  await assertAccessible(page, 'console with the storage-full alert');

  // Space again: the next change stores everything and the alert goes.
  await quota();
  await page.locator('#board-department').selectOption('hard');
  await alert.waitFor({ state: 'detached', timeout: 20000 });
  const stored = await waitForStored(page, (s) => s.cohort?.responses?.length === room.allIds.length);
  assert.deepEqual(storedIds(stored), room.allIds);
  assert.equal(stored.meta.board.settings.same_department.strictness, 'hard');
  await page.reload();
  await waitForApp(page);
  await waitRoster(page, room.allIds.length);
  page.kakehashi.assertClean();
  await context.close();
});

test('full storage, reloaded before space was freed: the answers come back once there is space', async () => {
  const room = demoRoom('full-reload', 262, 12, 15);
  const { context, page } = await openPage(browser, { origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  const quota = await storageWithoutRoom(context, page, room);
  await importIntoFullStorage(page, room);

  // The notice says: save the file, free some space and reload. Reloaded before the
  // space is freed, the page shows everything again, read from the journal the page left
  // over what storage holds, and says again that storage is full.
  await page.reload();
  await waitForApp(page);
  await page.locator('#roster-title').waitFor();
  await page.locator('[role=alert]', { hasText: 'storage is full' }).waitFor();
  const journals = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kakehashi.journal.')).length);
  assert.equal(await rosterCount(page), room.allIds.length, 'the page shows every answer collected');
  assert.ok(journals >= 1, 'what storage refused is kept in a journal until it is stored');

  // Space is freed; the facilitator changes a setting on this page, then reloads. The
  // answers the journal holds must not be lost to that newer change.
  await quota();
  await page.locator('#board-department').selectOption('hard');
  await waitForStored(page, (s) => s.meta?.board?.settings?.same_department?.strictness === 'hard');
  await page.reload();
  await waitForApp(page);
  await page.locator('#roster-title').waitFor();
  const kept = new Set(storedIds(await storedState(page)));
  const lost = room.allIds.filter((id) => !kept.has(id));
  assert.equal(lost.length, 0, `every answer collected is stored; lost: ${lost.length} (${lost.slice(0, 3).join(', ')}…)`);
  assert.equal(await rosterCount(page), room.allIds.length, 'every answer collected is shown');
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kakehashi.journal.')).length);
  assert.equal(left, 0, 'once stored, no journal is left');
  page.kakehashi.assertClean();
  await context.close();
});

test('the product\'s own 5,000-person session re-opens, is saved by the app and re-opens again', async () => {
  const dir = join(work, 'large');
  mkdirSync(dir, { recursive: true });
  const cohortPath = join(dir, 'cohort-5000.json');
  const pairingPath = join(dir, 'pairing-5000.json');
  execFileSync(CLI, ['demo', '--participants', '5000', '--seed', '21', '--lang', 'en', '--now', NOW, '-o', cohortPath], { stdio: 'pipe' });
  execFileSync(CLI, ['match', cohortPath, '-o', pairingPath], { stdio: 'pipe' });
  // The CLI has no command that joins them; a session file is the cohort with its
  // pairing (docs/FORMATS.md), and `kakehashi validate` accepts the result.
  const cohort = JSON.parse(readFileSync(cohortPath, 'utf8'));
  const pairing = JSON.parse(readFileSync(pairingPath, 'utf8'));
  const sessionPath = join(dir, 'session-5000.json');
  writeFileSync(sessionPath, JSON.stringify({ ...cohort, pairing }));
  assert.match(execFileSync(CLI, ['validate', sessionPath], { encoding: 'utf8' }), /^OK .*\(5000 responses\)/m);
  const ids = cohort.responses.map((r) => r.participant_id).sort();
  const pairs = pairKeys(pairing);

  /** Opens `path` in a fresh context and checks the 5,000 and the pairs; returns the page. */
  const openLarge = async (path, label) => {
    const { context, page } = await openPage(browser, { origin: server.url });
    await page.goto(server.url);
    await waitForApp(page);
    await openSession(page, path, 5000, { timeout: 120000 });
    await page.goto(`${server.url}#/console`);
    await waitRoster(page, 5000, 120000);
    await page.locator(`#board-total[data-total="${pairing.total_score}"]`).waitFor({ timeout: 60000 });
    const shown = await page.$$eval('.pair-card', (cards) => cards.map((c) => c.dataset.members));
    assert.ok(shown.length > 0, `${label}: pair cards are shown`);
    assert.deepEqual(shown, pairs.slice(0, shown.length), `${label}: the cards are the file's pairs`);
    const stored = await storedState(page);
    assert.deepEqual(storedIds(stored), ids, `${label}: storage holds the 5,000`);
    assert.deepEqual(pairKeys(storedPairing(stored)), pairs, `${label}: storage holds the pairs`);
    return { context, page };
  };

  const first = await openLarge(sessionPath, 'the CLI\'s session');
  const saved = await downloadJson(first.page,
    first.page.getByRole('button', { name: 'Save the session (answers and pairs)' }));
  assert.equal(saved.file.format, 'kakehashi/cohort@1');
  assert.deepEqual(saved.file.responses.map((r) => r.participant_id).sort(), ids);
  assert.deepEqual(saved.file.responses, cohort.responses, 'the answers, unchanged');
  assert.deepEqual(pairKeys(saved.file.pairing), pairs);
  assert.equal(saved.file.pairing.total_score, pairing.total_score);
  assert.deepEqual(saved.file.pairing.unmatched.map((u) => u.participant_id), pairing.unmatched.map((u) => u.participant_id));
  first.page.kakehashi.assertClean();
  await first.context.close();

  const again = await openLarge(saved.path, 'the app\'s saved session');
  again.page.kakehashi.assertClean();
  await again.context.close();
});

test('a reload right after an edit keeps it: the survey\'s name and the roster\'s delete', async () => {
  const room = demoRoom('reload', 12, 12, 14);
  const { context: hostContext, page: host } = await openPage(browser, { origin: server.url });
  await host.addInitScript(RECORD_JOURNALS);
  await host.goto(server.url);
  await waitForApp(host);
  await openSession(host, room.sessionPath, 12);
  await host.getByRole('link', { name: 'Set up & share', exact: true }).click();
  const link = await host.locator('#share-link').inputValue();
  assert.match(link, /#\/survey\?w=KW2\./);

  // A participant types a name and reloads at once.
  const { context, page } = await openPage(browser, { origin: server.url });
  await page.addInitScript(RECORD_JOURNALS);
  await page.goto(link);
  await waitForApp(page);
  await page.locator('form.survey').waitFor();
  await page.locator('#survey-name').fill('Quick Reloader');
  await page.reload();
  await waitForApp(page);
  await page.locator('form.survey').waitFor();
  assert.equal(await page.locator('#survey-name').inputValue(), 'Quick Reloader');
  const plainJournal = (await page.evaluate(() => window.__journalsAtStart)).some((j) => j.includes('Quick Reloader'));

  // That edit was most likely stored before the page went. Again with storage busy (a
  // read-write transaction held open, as a long write from another tab would): the edit
  // cannot be stored before the page goes, so it is the journal that must carry it.
  await holdStore(page);
  await page.locator('#survey-name').fill('Journal Carried');
  await page.reload();
  await waitForApp(page);
  await page.locator('form.survey').waitFor();
  assert.equal(await page.locator('#survey-name').inputValue(), 'Journal Carried');
  const journals = await page.evaluate(() => window.__journalsAtStart);
  assert.ok(journals.some((j) => j.includes('Journal Carried')), 'the page that went away left a journal');
  await waitForStored(page, (s) => Object.values(s.surveys).some((v) => v.draft.name === 'Journal Carried'));
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kakehashi.journal.'))), [],
    'the journal is removed once replayed');
  page.kakehashi.assertClean();
  await context.close();

  // The facilitator deletes a participant and reloads at once; then again with storage busy.
  await host.goto(`${server.url}#/console`);
  await waitRoster(host, 12);
  const [first, second] = [room.allIds[2], room.allIds[7]];
  await host.locator(`tr[data-participant="${first}"] .button-danger-outline`).click();
  await host.reload();
  await waitForApp(host);
  await waitRoster(host, 11);
  assert.equal(await host.locator(`tr[data-participant="${first}"]`).count(), 0, 'still deleted after the reload');
  const hostPlainJournal = (await host.evaluate(() => window.__journalsAtStart)).length > 0;

  await holdStore(host);
  await host.locator(`tr[data-participant="${second}"] .button-danger-outline`).click();
  await host.locator('#main > .notice', { hasText: 'answers were deleted' }).waitFor();
  await host.reload();
  await waitForApp(host);
  await waitRoster(host, 10);
  assert.equal(await host.locator(`tr[data-participant="${second}"]`).count(), 0, 'still deleted after the reload');
  assert.equal((await host.evaluate(() => window.__journalsAtStart)).length, 1, 'the page that went away left a journal');
  const stored = await waitForStored(host, (s) => s.cohort?.responses?.length === 10);
  assert.deepEqual(storedIds(stored), room.allIds.filter((id) => id !== first && id !== second));
  console.log(`JOURNAL_PLAIN_RELOAD survey=${plainJournal} roster=${hostPlainJournal}`);
  host.kakehashi.assertClean();
  await hostContext.close();
});

test('a session saved by the earlier localStorage version migrates whole, with a backup, and its key is left as it was', async () => {
  // What the earlier version kept: one `app-state@1` document in localStorage, here a real
  // session (a room with its answers, the language, an archived earlier workshop).
  const current = JSON.parse(execFileSync(CLI, ['demo', '--participants', '30', '--seed', '8', '--lang', 'ja', '--now', NOW], { encoding: 'utf8' }));
  const earlier = JSON.parse(execFileSync(CLI, ['demo', '--participants', '6', '--seed', '9', '--lang', 'en', '--now', NOW], { encoding: 'utf8' }));
  earlier.workshop.id = 'earlier-workshop';
  for (const r of earlier.responses) r.workshop_id = earlier.workshop.id;
  const legacy = JSON.stringify({ format: 'kakehashi/app-state@1', lang: 'ja', cohort: current, archive: [earlier] });

  const { context, page } = await openPage(browser, { origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate((text) => localStorage.setItem('kakehashi.state', text), legacy);
  await page.goto(`${server.url}#/console`);
  await page.reload();
  await waitForApp(page);
  await waitRoster(page, current.responses.length);
  assert.equal(await page.locator('html').getAttribute('lang'), 'ja', 'the chosen language comes along');
  const ids = current.responses.map((r) => r.participant_id).sort();
  const stored = await waitForStored(page, (s) => storedIds(s).length === ids.length);
  assert.deepEqual(storedIds(stored), ids, 'every answer is in the new storage');
  assert.deepEqual(stored.cohort.workshop, current.workshop, 'the workshop is the same');
  assert.equal(await page.evaluate(() => localStorage.getItem('kakehashi.state')), legacy, 'the earlier key is left as it was');

  // Home lists the archived workshop and the backup kept before the move.
  await page.goto(`${server.url}#/`);
  await page.locator('.archive-list li').first().waitFor();
  assert.equal(await page.locator('.archive-list li').count(), 1);
  const backup = page.locator('.backup-list li');
  await backup.first().waitFor();
  assert.equal(await backup.count(), 1);
  assert.match(await backup.first().textContent(), new RegExp(`${current.responses.length}`), 'the backup names its answers');

  // After another reload nothing moves again: one backup, the same answers.
  await page.reload();
  await waitForApp(page);
  await page.locator('.backup-list li').first().waitFor();
  assert.equal(await page.locator('.backup-list li').count(), 1, 'migrated once');
  assert.deepEqual(storedIds(await storedState(page)), ids);
  await assertAccessible(page, 'Home after the migration (ja)');
  page.kakehashi.assertClean();
  await context.close();
});
