// Journey: a facilitator opens Kakehashi, visits every view, switches the language,
// reloads and finds the choice kept; the page makes no request outside the app, logs no
// console error, and every view passes axe-core (no serious or critical violation).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, waitForApp, assertAccessible } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the language defaults to the browser, switches, and survives a reload', async () => {
  const { context, page } = await openPage(browser, { locale: 'ja-JP', origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  assert.equal(await page.locator('h1').textContent(), 'ファシリテーターのホーム');
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Facilitator home' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');

  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('h1').textContent(), 'Facilitator home');
  page.kakehashi.assertClean();
  await context.close();
});

test('every view renders its empty state in both languages and is accessible', async () => {
  const { context, page } = await openPage(browser, { locale: 'en-US', origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  const views = [
    { link: 'Home', h1: 'Facilitator home', ja: 'ファシリテーターのホーム' },
    { link: 'Survey', h1: 'Self-assessment survey', ja: '自己評価アンケート' },
    { link: 'Console', h1: 'Facilitator console', ja: 'ファシリテーターのコンソール' },
  ];
  for (const view of views) {
    await page.getByRole('link', { name: view.link, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: view.h1 }).waitFor();
    assert.equal(await page.getByRole('link', { name: view.link, exact: true }).getAttribute('aria-current'), 'page');
    await assertAccessible(page, `${view.link} (en)`);
  }
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('heading', { level: 1, name: views[2].ja }).waitFor();
  await assertAccessible(page, 'Console (ja)');
  page.kakehashi.assertClean();
  await context.close();
});

test('starting from the template shows the workshop, survives a reload, and replacing it can be undone', async () => {
  const { context, page } = await openPage(browser, { locale: 'en-US', origin: server.url });
  await page.goto(server.url);
  await waitForApp(page);
  await page.getByLabel('Generations').selectOption('intl');
  await page.getByRole('button', { name: 'Start from the template' }).click();
  await page.getByRole('heading', { level: 2, name: 'Reverse mentoring workshop' }).waitFor();
  const skills = page.locator('.skill-list li');
  assert.equal(await skills.count(), 12);
  assert.match(await page.locator('.generation-list').textContent(), /Baby Boomers.*1946–1964/);
  await assertAccessible(page, 'Home with a workshop');

  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: 'Reverse mentoring workshop' }).waitFor();

  // Replace with the Japanese preset, then undo: the international generations come back.
  await page.getByLabel('Generations').selectOption('ja');
  await page.getByRole('button', { name: 'Start over from the template' }).click();
  await page.getByRole('button', { name: 'Replace' }).click();
  assert.match(await page.locator('.generation-list').textContent(), /Dankai/);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.match(await page.locator('.generation-list').textContent(), /Baby Boomers/);
  await page.reload();
  await waitForApp(page);
  assert.match(await page.locator('.generation-list').textContent(), /Baby Boomers/);
  page.kakehashi.assertClean();
  await context.close();
});
