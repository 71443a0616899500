// Journeys of a participant's hand-back (issue "a facilitator's first real workshop",
// section 3) and of Home's files (section 4), in Japanese and in English. A participant
// on a 390 px phone opens a share link, or a survey file (a file:// page with the
// workshop inside): the page is the survey only (no facilitator menu, a small way back
// for a facilitator at its foot), the scale's labels do not break inside a word, and the
// last button completes the answers; the page then opens at its top on the step that
// remains, focused, with the ways to hand the answers back; saving the answer file
// confirms its name, the very name the download is offered under. On Home, a facilitator
// opens a workshop file: a version of the current workshop keeps the answers that fit,
// another workshop archives them, both undoable; an answer file says where it belongs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST, serveDist, launch, openPage, waitForApp, assertAccessible, waitForStored, CLI, ensureCli } from './support.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PHONE = { width: 390, height: 844 };
const work = mkdtempSync(join(tmpdir(), 'kakehashi-hand-back-'));

/** What each language says where this journey looks. */
const TEXT = {
  ja: {
    locale: 'ja-JP',
    name: '山田 太郎',
    complete: '回答を完成させる',
    step: 'あと1ステップ：回答をファシリテーターに渡してください',
    done: '山田 太郎さん、回答が完成しました。ありがとうございます。',
    save: (file) => `${file} を保存`,
    saved: (file) => `${file} として保存しました`,
    leave: 'ファシリテーターの方：すべての画面を開く',
    views: ['ホーム', '準備と共有', 'コンソール'],
    sample: 'サンプルのワークショップを読み込む',
    undo: '元に戻す',
    opened: (file) => `${file} を開きました。これが現在のワークショップです。`,
    kept: (n) => `集めた回答${n}件はこのワークショップに合うので、そのまま使えます。`,
    archived: (n) => `これまでの回答${n}件はこのワークショップに合わないため、前のワークショップと一緒にアーカイブに保管しました。`,
    answerFile: 'これは参加者の回答ファイルです。回答ファイルはコンソールで読み込んでください。',
    nextStep: '参加者にアンケートを配る（準備と共有）',
    setup: '準備と共有',
  },
  en: {
    locale: 'en-US',
    name: 'Ann Lee',
    complete: 'Complete my answers',
    step: 'One more step: hand your answers to the facilitator',
    done: 'Your answers are complete. Thank you, Ann Lee!',
    save: (file) => `Save ${file}`,
    saved: (file) => `Saved as ${file}`,
    leave: 'Facilitator? Open the full app',
    views: ['Home', 'Set up & share', 'Console'],
    sample: 'Load the sample workshop',
    undo: 'Undo',
    opened: (file) => `Opened ${file}: it is the current workshop now`,
    kept: (n) => `every answer collected (${n}) fits it and stays.`,
    archived: (n) => `The answers collected before (${n}) do not fit it: they are kept in the archive with the previous workshop.`,
    answerFile: "this is a participant's answer file. Import answer files on the Console",
    nextStep: 'Hand the survey to participants (Set up & share)',
    setup: 'Set up & share',
  },
};

let server;
let browser;
before(async () => {
  ensureCli();
  server = await serveDist();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** The built-in workshop in `lang`, as the CLI writes it. */
function templateWorkshop(lang) {
  return JSON.parse(execFileSync(CLI, ['template', '--lang', lang], { encoding: 'utf8' }));
}

/** Whether the element's box lies wholly inside the viewport. */
const inViewport = (page, selector) => page.locator(selector).evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
});

/** A participant's page: the survey only, no menu of the facilitator's views. */
async function assertSurveyOnly(page, t) {
  assert.equal(await page.locator('header nav').count(), 0, 'no facilitator menu');
  for (const view of t.views) assert.equal(await page.getByRole('link', { name: view, exact: true }).count(), 0, view);
  const bar = await page.locator('header.top-bar').boundingBox();
  assert.ok(bar.height < PHONE.height * 0.1, `the top bar takes ${bar.height} px of the phone's ${PHONE.height}`);
  // The way back for a facilitator is small and at the foot, after the survey.
  const leave = page.locator('#leave-participant-view');
  assert.equal(await leave.textContent(), t.leave);
  const foot = await leave.boundingBox();
  const main = await page.locator('#main').boundingBox();
  assert.ok(foot.y >= main.y + main.height, 'the facilitator link is below the page content');
}

/** Labels of the rating scale that wrap onto a second line (none should on a phone). */
const brokenScaleLabels = (page) => page.evaluate(() => [...document.querySelectorAll('.scale-text')].filter((el) => {
  const range = document.createRange();
  range.selectNodeContents(el);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
}).map((el) => el.textContent));

/**
 * Fills the survey as `t.name`, completes it, checks the hand-back opens at its top on
 * the step that remains, focused, and saves the answer file; returns it as downloaded.
 */
async function completeAndSave(page, t, workshop, label) {
  assert.deepEqual(await brokenScaleLabels(page), [], 'scale labels on one line each at 390 px');
  await page.locator('#survey-name').fill(t.name);
  await page.locator('#survey-generation').selectOption(workshop.generations[1].id);
  for (const [i, skill] of workshop.skills.entries()) {
    const point = workshop.scale.min + (i % (workshop.scale.max - workshop.scale.min + 1));
    await page.locator(`input[name="skill-${skill.id}"][value="${point}"]`).check();
  }
  const complete = page.getByRole('button', { name: t.complete, exact: true });
  await complete.scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => scrollY) > PHONE.height, 'the button is far down the form');
  await complete.click();

  const heading = page.getByRole('heading', { level: 1, name: t.step });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'hand-back-title' && scrollY === 0);
  assert.ok(await inViewport(page, '#hand-back-title'), 'the step is in sight');
  assert.ok(await inViewport(page, '#hb-file'), 'the first way is in sight too');
  assert.equal(await page.locator('.hand-back-done').textContent(), t.done);
  await assertAccessible(page, `hand-back on a phone (${label})`);

  // The answer file: the name the page shows is the name the browser saves it under.
  const file = `response-${t.name}.json`;
  const save = page.locator('#hand-back-save');
  assert.equal(await save.textContent(), t.save(file));
  assert.match(await page.locator('section[aria-labelledby=hb-file] p').first().textContent(), new RegExp(file.replace('.', '\\.')));
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  assert.equal(download.suggestedFilename(), file);
  const status = page.locator('.hand-back-saved');
  await status.locator('.ok').waitFor();
  assert.ok((await status.textContent()).startsWith(t.saved(file)), await status.textContent());
  const path = join(work, `${label}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  const response = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(response.name, t.name);
  assert.equal(response.workshop_id, workshop.id);
  return response;
}

for (const lang of ['ja', 'en']) {
  const t = TEXT[lang];

  test(`${lang}: on a phone, a share link shows the survey only; the hand-back opens at its top and the saved file's name is the one shown`, async () => {
    // The facilitator reads the share link on Set up & share.
    const host = await openPage(browser, { locale: t.locale, origin: server.url });
    await host.page.goto(server.url);
    await waitForApp(host.page);
    await host.page.locator('.empty-state .button-primary').click();
    const { cohort } = await waitForStored(host.page, (s) => s.cohort?.workshop);
    await host.page.goto(`${server.url}#/setup`);
    const link = await host.page.locator('#share-link').inputValue();
    assert.match(link, /#\/survey\?w=KW2\./);

    const { context, page } = await openPage(browser, { locale: t.locale, origin: server.url, viewport: PHONE });
    await page.goto(link);
    await waitForApp(page);
    await page.locator('form.survey').waitFor();
    await assertSurveyOnly(page, t);
    await assertAccessible(page, `survey from a share link on a phone (${lang})`);
    const response = await completeAndSave(page, t, cohort.workshop, `link-${lang}`);
    await waitForStored(page, (s) => s.surveys[cohort.workshop.id]?.submitted?.participant_id === response.participant_id);

    // A reload keeps the participant's page as it was: the hand-back, no menu.
    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: t.step }).waitFor();
    await assertSurveyOnly(page, t);

    // The facilitator's way back opens the whole app at its top.
    await page.locator('#leave-participant-view').click();
    await page.locator('header nav').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'main' && scrollY === 0);
    assert.equal(await page.locator('#leave-participant-view').count(), 0);

    page.kakehashi.assertClean();
    host.page.kakehashi.assertClean();
    await context.close();
    await host.context.close();
  });

  test(`${lang}: on a phone, a survey file opened from disk shows the survey only, and its answers are handed back the same way`, async () => {
    const workshop = templateWorkshop(lang);
    const workshopFile = join(work, `workshop-${lang}.json`);
    writeFileSync(workshopFile, JSON.stringify(workshop));
    const surveyFile = join(work, `survey-${lang}.html`);
    execFileSync(CLI, ['survey-file', workshopFile, '--app', join(DIST, 'kakehashi.html'), '-o', surveyFile]);
    const url = pathToFileURL(surveyFile).href;

    const { context, page } = await openPage(browser, { locale: t.locale, viewport: PHONE });
    await page.goto(url);
    await waitForApp(page);
    await page.locator('form.survey').waitFor();
    assert.match(page.url(), /#\/survey$/);
    assert.equal(await page.locator('#survey-title').textContent(), workshop.title[lang]);
    await assertSurveyOnly(page, t);
    await assertAccessible(page, `survey file on a phone (${lang})`);
    const response = await completeAndSave(page, t, workshop, `file-${lang}`);
    // The file is what the CLI accepts as an answer to the workshop.
    const saved = join(work, `file-${lang}-response-${t.name}.json`);
    const verdict = execFileSync(CLI, ['validate', workshopFile, saved], { encoding: 'utf8' });
    assert.match(verdict, new RegExp(`OK .*response-${t.name}\\.json: response of '${t.name}'`));
    assert.equal(response.ratings[workshop.skills[0].id], workshop.scale.min);

    page.kakehashi.assertClean();
    await context.close();
  });

  test(`${lang}: Home opens a workshop file, keeping the answers that fit or archiving them, undoably; an answer file says where it belongs`, async () => {
    const { context, page } = await openPage(browser, { locale: t.locale, origin: server.url });
    await page.goto(server.url);
    await waitForApp(page);
    await page.locator('button', { hasText: t.sample }).click();
    const { cohort } = await waitForStored(page, (s) => s.cohort?.responses?.length === 24);
    const notice = page.locator('#main > .notice');
    const count = page.locator('.facts dd').nth(2);

    // Home's first next step goes where the survey is handed out.
    const step = page.getByRole('link', { name: t.nextStep });
    assert.equal(await step.getAttribute('href'), '#/setup');

    // A newer version of the same workshop (retitled): every answer fits and stays.
    const retitled = { ...cohort.workshop, title: { ja: '秋のワークショップ', en: 'Autumn workshop' } };
    const retitledFile = join(work, `autumn-${lang}.json`);
    writeFileSync(retitledFile, JSON.stringify(retitled));
    await page.locator('#open-session').setInputFiles(retitledFile);
    await notice.filter({ hasText: t.opened(`autumn-${lang}.json`) }).waitFor();
    assert.ok((await notice.textContent()).includes(t.kept(24)), await notice.textContent());
    await page.getByRole('heading', { level: 2, name: retitled.title[lang] }).waitFor();
    assert.equal(await count.textContent(), '24');
    await waitForStored(page, (s) => s.cohort?.workshop?.title?.en === 'Autumn workshop' && s.cohort.responses.length === 24);
    await assertAccessible(page, `Home after opening a workshop file (${lang})`);
    await notice.getByRole('button', { name: t.undo }).click();
    await page.getByRole('heading', { level: 2, name: cohort.workshop.title[lang] }).waitFor();

    // Another workshop: the answers do not fit it and go to the archive with theirs.
    const other = { ...templateWorkshop(lang), id: 'autumn-2026' };
    const otherFile = join(work, `other-${lang}.json`);
    writeFileSync(otherFile, JSON.stringify(other));
    await page.locator('#open-session').setInputFiles(otherFile);
    await notice.filter({ hasText: t.archived(24) }).waitFor();
    assert.equal(await count.textContent(), '0');
    assert.equal(await page.locator('.archive-list li').count(), 1);
    const stored = await waitForStored(page, (s) => s.cohort?.workshop?.id === 'autumn-2026');
    assert.equal(stored.cohort.responses.length, 0);
    await notice.getByRole('button', { name: t.undo }).click();
    await waitForStored(page, (s) => s.cohort?.workshop?.id === cohort.workshop.id && s.cohort.responses.length === 24);
    assert.equal(await count.textContent(), '24');

    // An answer file on Home: where it belongs, and nothing changes.
    const answerFile = join(work, `answer-${lang}.json`);
    writeFileSync(answerFile, JSON.stringify(cohort.responses[0]));
    await page.locator('#open-session').setInputFiles(answerFile);
    const error = page.locator('#open-session-error');
    await error.waitFor();
    assert.ok((await error.textContent()).includes(t.answerFile), await error.textContent());
    assert.equal(await count.textContent(), '24');
    await assertAccessible(page, `Home with an answer file refused (${lang})`);

    await step.click();
    await page.getByRole('heading', { level: 1, name: t.setup }).waitFor();
    page.kakehashi.assertClean();
    await context.close();
  });
}
