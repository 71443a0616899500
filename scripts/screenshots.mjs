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
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
