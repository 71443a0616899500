// Shared helpers for the end-to-end tests: a static server for dist/ on loopback, a
// headless Chromium (Debian's /usr/bin/chromium driven by playwright-core), a page that
// records console errors and every network request, and an axe-core accessibility check.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = process.env.KAKEHASHI_DIST ?? join(ROOT, 'dist');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** The `kakehashi` CLI the tests compare with and make files with: `KAKEHASHI_BIN`, else
 * the debug build in the Cargo target directory. */
export const CLI = process.env.KAKEHASHI_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'kakehashi');

/** Builds the CLI when it is not there yet (a test file run on its own). */
export function ensureCli() {
  if (!existsSync(CLI)) execFileSync('cargo', ['build', '--bin', 'kakehashi'], { cwd: ROOT, stdio: 'inherit' });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

/** Serves dist/ on 127.0.0.1 at a free port; resolves to { url, close }. */
export async function serveDist() {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(DIST, path));
      if (!file.startsWith(DIST)) throw new Error('outside dist');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * Records console errors, page errors and every request of `page`;
 * `page.kakehashi.assertClean()` fails the test on any console error or on a request to
 * anything but `origin` (no origin: errors only). Returns the page.
 */
export function watchPage(page, origin) {
  const errors = [];
  const requests = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => requests.push(req.url()));
  page.kakehashi = {
    errors,
    requests,
    assertClean() {
      assert.deepEqual(errors, [], 'console errors');
      if (origin) {
        const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
        assert.deepEqual(foreign, [], 'requests outside the app');
      }
    },
  };
  return page;
}

/**
 * Opens a page in a fresh context with the given browser locale. Records console errors,
 * page errors and every request; `page.kakehashi.assertClean()` fails the test on any
 * console error or on a request to anything but `origin`.
 */
export async function openPage(browser, { locale = 'en-US', origin, viewport = { width: 1280, height: 720 } } = {}) {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  watchPage(page, origin);
  return { context, page };
}

/** Waits until the Yew app has mounted (the top bar is rendered). */
export async function waitForApp(page) {
  await page.locator('header.top-bar').waitFor({ state: 'visible', timeout: 15000 });
}

/** Runs axe-core on the current page; fails on any serious or critical violation. */
export async function assertAccessible(page, label) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => await window.axe.run(document, {
    resultTypes: ['violations'],
  }));
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(bad, [], `accessibility violations on ${label}`);
}

/**
 * What the app stored in this page's IndexedDB, as the records it wrote, parsed (a record
 * written in lines put back together):
 * `{ cohort, meta, prefs, surveys: { <workshop id>: survey }, records }` (all empty when
 * nothing is stored yet). Never creates the database.
 */
export async function storedState(page) {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('kakehashi')) return { surveys: {}, records: {} };
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('kakehashi');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('records')) { db.close(); resolve({ surveys: {}, records: {} }); return; }
        const tx = db.transaction('records');
        const store = tx.objectStore('records');
        const keys = store.getAllKeys();
        const values = store.getAll();
        // A large record is one JSON document a line (src/workflow/stored/records.rs): the
        // head, then the answers, or the pairs and the people without a partner, a slice a
        // line. Put back together here, so that tests see whole documents.
        const parse = (key, text) => {
          if (!(key === 'cohort' || /^(round|archive|pairing)\//.test(key))) return JSON.parse(text);
          const [head, ...parts] = text.split('\n').map((line) => JSON.parse(line));
          for (const part of parts) {
            if (Array.isArray(part)) head.responses.push(...part);
            else if (part.pairs) head.pairs.push(...part.pairs);
            else if (part.unmatched) (head.unmatched ??= []).push(...part.unmatched);
          }
          return head;
        };
        tx.oncomplete = () => {
          const records = {};
          keys.result.forEach((k, i) => { records[k] = parse(k, values.result[i]); });
          db.close();
          const surveys = Object.fromEntries(Object.entries(records)
            .filter(([k]) => k.startsWith('survey/')).map(([k, v]) => [k.slice('survey/'.length), v]));
          resolve({ cohort: records.cohort, meta: records.meta, prefs: records.prefs, surveys, records });
        };
      };
    });
  });
}

/** Waits (polling, up to `timeout` ms) until `done(storedState(page))` holds. */
export async function waitForStored(page, done, { timeout = 20000 } = {}) {
  const start = Date.now();
  for (;;) {
    const state = await storedState(page);
    if (done(state)) return state;
    if (Date.now() - start > timeout) throw new Error(`the stored state never became as expected: ${JSON.stringify(Object.keys(state.records))}`);
    await page.waitForTimeout(20);
  }
}
