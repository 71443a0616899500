// Journey: a facilitator starts from the template, edits a skill (meeting an inline error
// on the way), saves, and shares the survey every way the Set up & share view offers: the
// link (copied to the clipboard), its QR code (also full screen), a survey file, the
// workshop file and the workshop code. A 127.0.0.1 address is explained as
// this-computer-only; an intranet address is kept. Accessible in both languages, no
// horizontal scrolling from projector to phone width, and no request outside the app. The
// Home view hands out the single-file edition itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, waitForApp, assertAccessible, DIST, waitForStored } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh English session with the template, on the Set up & share view. */
async function setupView(options = {}) {
  const { context, page } = await openPage(browser, { locale: 'en-US', origin: server.url, ...options });
  await page.goto(server.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start from the template' }).click();
  await page.getByRole('link', { name: 'Set up & share', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Set up & share' }).waitFor();
  return { context, page };
}

const noHorizontalScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('edit a skill, save, and share the survey by link, QR code, survey file, workshop file and code', async () => {
  const { context, page } = await setupView();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await assertAccessible(page, 'Set up & share (en)');

  // Edit: a duplicate id is shown beside its field and blocks Save until fixed.
  await page.getByRole('button', { name: 'Edit the workshop' }).click();
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await page.getByLabel('Skill 3: ID').fill('ai_tools');
  await page.locator('#setup-skills-2-id-problem').getByText("two entries use the skill id 'ai_tools'").waitFor();
  assert.equal(await page.getByLabel('Skill 3: ID').getAttribute('aria-invalid'), 'true');
  assert.equal(await save.isDisabled(), true);
  await assertAccessible(page, 'the editor with problems (en)');
  await page.getByLabel('Skill 3: ID').fill('social_media');
  await page.getByLabel('Skill 1: Name (English)').fill('Prompting with AI');
  assert.equal(await save.isDisabled(), false);
  assert.ok(await noHorizontalScroll(page), 'the editor fits 1280×720');
  await save.click();
  await page.getByText('The workshop was saved.').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Reverse mentoring workshop' }).waitFor();

  // The link: on 127.0.0.1 it is explained as this-computer-only; Copy puts it on the clipboard.
  const linkField = page.getByLabel('Share link', { exact: true });
  const link = await linkField.inputValue();
  assert.ok(link.startsWith(server.url), link);
  assert.match(link, /#\/survey\?w=KW2\./);
  await page.getByText('only works on this computer').waitFor();
  await page.getByRole('button', { name: 'Copy the share link' }).click();
  await page.locator('.share-link .copy-status').getByText('Copied').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // The QR code of the link, and its full-screen view (Escape closes it, focus returns).
  const qr = page.getByRole('img', { name: 'QR code of the share link' });
  assert.equal(await qr.locator('svg').count(), 1);
  const box = await qr.boundingBox();
  assert.ok(box.width >= 400 && Math.abs(box.width - box.height) < 2, `big and square: ${JSON.stringify(box)}`);
  await page.getByRole('button', { name: 'Show large' }).click();
  const large = page.getByRole('dialog');
  await large.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-qr-close');
  await page.keyboard.press('Escape');
  await large.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'share-qr-large');

  // The workshop file: downloaded, and a valid workshop with the edit.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download workshop file' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'kakehashi-workshop-reverse-mentoring.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.format, 'kakehashi/workshop@1');
  assert.equal(file.skills[0].label.en, 'Prompting with AI');

  // The survey file: the served app copies kakehashi.html from beside itself with the
  // saved workshop (and its edit) in the slot.
  const [surveyDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save survey file for participants' }).click(),
  ]);
  assert.equal(surveyDownload.suggestedFilename(), 'kakehashi-reverse-mentoring.html');
  const surveyHtml = await readFile(await surveyDownload.path(), 'utf8');
  const slot = surveyHtml.match(/<script type="application\/json" id="kakehashi-workshop">([^<]*)<\/script>/);
  assert.ok(slot, 'the survey file has its workshop slot');
  assert.equal(JSON.parse(slot[1]).skills[0].label.en, 'Prompting with AI');
  await page.locator('.share-survey-file-status', { hasText: 'Saved: kakehashi-reverse-mentoring.html' }).waitFor();

  // The workshop code is the link's tail.
  const code = await page.getByLabel('Workshop code', { exact: true }).inputValue();
  assert.ok(code.startsWith('KW2.') && link.endsWith(code));

  // An intranet address: no warning, the link follows it, and it is kept after a reload.
  await page.getByLabel('Address where participants open the app').fill('https://intranet.example/kakehashi/');
  await page.getByText('only works on this computer').waitFor({ state: 'detached' });
  assert.ok((await linkField.inputValue()).startsWith('https://intranet.example/kakehashi/#/survey?w=KW2.'));
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel('Address where participants open the app').inputValue(), 'https://intranet.example/kakehashi/');

  // Japanese: the share panel and the editor are accessible too.
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('heading', { level: 1, name: '準備と共有' }).waitFor();
  await assertAccessible(page, 'Set up & share (ja)');
  await page.getByRole('button', { name: 'ワークショップを編集する' }).click();
  await page.getByLabel('スキル 2：名前（日本語）').fill('');
  await page.getByLabel('スキル 2：名前（英語）').fill('');
  await page.locator('#setup-skills-1-label-problem').getByText('日本語・英語とも空').waitFor();
  await assertAccessible(page, 'the editor with problems (ja)');

  // Trying the survey here opens the saved workshop (with the edit) as a participant would.
  await page.getByRole('button', { name: '変更を破棄' }).click();
  await page.getByRole('button', { name: '破棄する' }).click();
  await page.getByRole('link', { name: 'このブラウザでアンケートを試す' }).click();
  await waitForStored(page, (s) => Object.values(s.surveys).some((survey) => survey.workshop.skills[0].label.en === 'Prompting with AI'));
  assert.equal(await page.evaluate(() => location.hash), '#/survey');
  page.kakehashi.assertClean();
  await context.close();
});

test('the set-up view has no horizontal scrolling at phone width', async () => {
  const { context, page } = await setupView({ viewport: { width: 390, height: 844 } });
  assert.ok(await noHorizontalScroll(page), 'share panel at 390 px');
  await page.getByRole('button', { name: 'Edit the workshop' }).click();
  await page.getByLabel('Skill 1: ID').waitFor();
  assert.ok(await noHorizontalScroll(page), 'editor at 390 px');
  await assertAccessible(page, 'the editor at phone width');
  page.kakehashi.assertClean();
  await context.close();
});

test('the served app hands out its single-file edition for rooms without a server', async () => {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: '1ファイル版（オフライン用）' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'kakehashi.html を保存' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'kakehashi.html');
  const saved = await readFile(await download.path());
  assert.ok(saved.equals(await readFile(join(DIST, 'kakehashi.html'))), 'the very file the build made');
  page.kakehashi.assertClean();
  await context.close();
});
