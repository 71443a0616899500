// Regenerates the screenshots in docs/ from a release build in dist/ (run
// `trunk build --release` first): node scripts/screenshots.mjs
import { serveDist, launch, openPage, waitForApp } from '../tests/e2e/support.mjs';

const server = await serveDist();
const browser = await launch();
try {
  for (const [lang, locale, preset] of [['en', 'en-US', 'intl'], ['ja', 'ja-JP', 'ja']]) {
    const { context, page } = await openPage(browser, { locale });
    await page.goto(server.url);
    await waitForApp(page);
    await page.screenshot({ path: `docs/screenshot-empty-${lang}.png` });
    await page.locator('#preset').selectOption(preset);
    await page.locator('.empty-state .button-primary').click();
    await page.locator('.workshop-summary').waitFor();
    await page.screenshot({ path: `docs/screenshot-home-${lang}.png`, fullPage: true });
    // Set up & share: the workshop card and the four ways to share (whole page), then
    // the editor showing an inline problem (1280×720).
    await page.goto(`${server.url}#/setup`);
    await page.locator('.share-panel').waitFor();
    await page.screenshot({ path: `docs/screenshot-setup-${lang}.png`, fullPage: true });
    await page.locator('#setup-edit').click();
    await page.locator('#setup-skills-2-id').fill('ai_tools');
    await page.locator('#setup-editor-title').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `docs/screenshot-setup-editor-${lang}.png` });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// The console with a demo room imported through the file picker: the roster (sorted by
// generation, one participant's ratings open) and the heatmap, at 1280×720 in each
// language. English is docs/screenshot-roster.png and docs/screenshot-heatmap.png.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(process.env.CARGO_TARGET_DIR ?? 'target', 'debug', 'kakehashi');
const roomServer = await serveDist();
const roomBrowser = await launch();
try {
  for (const [lang, locale] of [['en', 'en-US'], ['ja', 'ja-JP']]) {
    const dir = mkdtempSync(join(tmpdir(), 'kakehashi-shots-'));
    execFileSync(cli, ['demo', '--participants', '30', '--seed', '5', '--lang', lang, '--now', '2026-11-26T09:00:00Z', '--responses-dir', dir]);
    const workshop = JSON.parse(readFileSync(join(dir, 'workshop.json'), 'utf8'));
    const files = readdirSync(dir).filter((f) => f.startsWith('response-')).map((f) => join(dir, f));
    const { context, page } = await openPage(roomBrowser, { locale });
    await page.goto(roomServer.url);
    await waitForApp(page);
    const state = { format: 'kakehashi/app-state@1', lang, cohort: { format: 'kakehashi/cohort@1', workshop, responses: [], rounds: [] } };
    await page.evaluate((s) => localStorage.setItem('kakehashi.state', JSON.stringify(s)), state);
    await page.goto(`${roomServer.url}#/console`);
    await page.reload();
    await waitForApp(page);
    await page.locator('#import-files').setInputFiles(files);
    await page.locator('#roster-title').waitFor();
    const suffix = lang === 'en' ? '' : '-ja';
    await page.locator('table.roster th:nth-child(2) .sort-button').click();
    await page.locator('table.roster tbody tr:nth-child(2) .roster-actions button').first().click();
    await page.locator('#roster-title').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `docs/screenshot-roster${suffix}.png` });
    await page.locator('#heatmap-title').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `docs/screenshot-heatmap${suffix}.png` });
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await roomBrowser.close();
  await roomServer.close();
}

// The participant's side: the survey opened from a share link, part filled, and the
// hand-back screen with the answer code and its QR code, in each language.
{
  const server = await serveDist();
  const browser = await launch();
  try {
    for (const [lang, locale, start] of [['en', 'en-US', 'Start from the template'], ['ja', 'ja-JP', 'テンプレートから始める']]) {
      const { context, page } = await openPage(browser, { locale });
      await page.goto(server.url);
      await waitForApp(page);
      await page.getByRole('button', { name: start }).click();
      await page.goto(`${server.url}#/setup`);
      const link = await page.locator('#share-link').inputValue();
      const participant = await openPage(browser, { locale });
      await participant.page.goto(link);
      await waitForApp(participant.page);
      const p = participant.page;
      await p.locator('#survey-name').fill(lang === 'ja' ? '山田 太郎' : 'Alex Morgan');
      await p.locator('#generation-input-year').check();
      await p.locator('#survey-birth-year').fill(lang === 'ja' ? '１９６８' : '1968');
      const groups = p.locator('.skill-rating');
      for (let i = 0; i < 3; i++) await groups.nth(i).locator('.scale-option').nth([0, 1, 3][i]).click();
      await p.locator('#want-ai_tools').check();
      await p.screenshot({ path: `docs/screenshot-survey-${lang}.png` });
      for (let i = 3; i < await groups.count(); i++) await groups.nth(i).locator('.scale-option').nth(i % 5).click();
      await p.locator('button[type=submit]').click();
      await p.locator('#response-code').waitFor();
      await p.screenshot({ path: `docs/screenshot-hand-back-${lang}.png`, fullPage: true });
      await participant.context.close();
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

// The single file opened from file://: Set up & share offers the survey file instead of a
// link (docs/screenshot-single-file-share-{en,ja}.png), and a survey file opens on its
// survey (docs/screenshot-single-file-survey-ja.png).
import { pathToFileURL } from 'node:url';
import { DIST } from '../tests/e2e/support.mjs';

const fileBrowser = await launch();
try {
  const single = pathToFileURL(join(DIST, 'kakehashi.html')).href;
  for (const [lang, locale] of [['en', 'en-US'], ['ja', 'ja-JP']]) {
    const { context, page } = await openPage(fileBrowser, { locale });
    await page.goto(single);
    await waitForApp(page);
    await page.locator('.empty-state .button-primary').click();
    await page.locator('.workshop-summary').waitFor();
    await page.goto(`${single}#/setup`);
    await page.locator('.share-panel').waitFor();
    await page.locator('.share-panel').screenshot({ path: `docs/screenshot-single-file-share-${lang}.png` });
    if (lang === 'ja') {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.share-survey-file button').click()]);
      const dir = mkdtempSync(join(tmpdir(), 'kakehashi-shots-'));
      const surveyFile = join(dir, download.suggestedFilename());
      await download.saveAs(surveyFile);
      const participant = await openPage(fileBrowser, { locale });
      await participant.page.goto(pathToFileURL(surveyFile).href);
      await participant.page.locator('form.survey').waitFor();
      await participant.page.screenshot({ path: 'docs/screenshot-single-file-survey-ja.png' });
      await participant.context.close();
      rmSync(dir, { recursive: true, force: true });
    }
    await context.close();
  }
} finally {
  await fileBrowser.close();
}

// Growth made visible (issue 11 §4): a session with follow-up answers (`kakehashi demo
// --followups`) opened on Home; the console's growth section in Japanese
// (docs/screenshot-growth-ja.png) and the programme report in English
// (docs/screenshot-report-en.png), at 1280 wide.
const growthBrowser = await launch();
const growthServer = await serveDist();
try {
  for (const [lang, locale] of [['ja', 'ja-JP'], ['en', 'en-US']]) {
    const dir = mkdtempSync(join(tmpdir(), 'kakehashi-shots-'));
    const sessionFile = join(dir, 'session.json');
    execFileSync(cli, ['demo', '--participants', '24', '--seed', '6', '--lang', lang, '--now', '2027-03-01T09:00:00Z', '--followups', '-o', sessionFile]);
    const { context, page } = await openPage(growthBrowser, { locale, viewport: { width: 1280, height: 900 } });
    await page.goto(growthServer.url);
    await waitForApp(page);
    await page.locator('#open-session').setInputFiles(sessionFile);
    await page.goto(`${growthServer.url}#/console`);
    await page.locator('#growth-title').waitFor();
    if (lang === 'ja') {
      await page.locator('.growth-card').screenshot({ path: 'docs/screenshot-growth-ja.png' });
    } else {
      await page.locator('.report-open button').click();
      await page.locator('.report-page').screenshot({ path: 'docs/screenshot-report-en.png' });
    }
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await growthBrowser.close();
  await growthServer.close();
}
