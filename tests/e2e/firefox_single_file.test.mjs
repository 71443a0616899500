// Journey: the single-file edition in Firefox ESR, opened from file:// with the network
// blocked. dist/kakehashi.html starts without a load failure; a survey file made by the
// CLI from the English template lands on its survey in English; a participant fills in
// every answer and submits, and the hand-back view shows a KR1. answer code. The page
// loads nothing over http(s) and no request leaves the machine.
//
// Firefox is driven through geckodriver's WebDriver HTTP API (./webdriver.mjs), because
// playwright-core cannot drive stock Firefox. Binaries: env FIREFOX (default
// /usr/bin/firefox-esr) and GECKODRIVER (default ~/.cargo/bin/geckodriver); the tests
// skip only when one of them is missing. The single file: env KAKEHASHI_DIST (default
// <repo>/dist), built by a release build (see Trunk.toml, scripts/single-file.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST } from './support.mjs';
import { findFirefox, findGeckodriver, newSession, startGeckodriver } from './webdriver.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KAKEHASHI = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'debug', 'kakehashi');
const SINGLE_FILE = join(DIST, 'kakehashi.html');
const FIREFOX = findFirefox();
const GECKODRIVER = findGeckodriver();
const MISSING = [
  !FIREFOX && `Firefox (${process.env.FIREFOX ?? '/usr/bin/firefox-esr'}; set FIREFOX)`,
  !GECKODRIVER && 'geckodriver (set GECKODRIVER or `cargo install geckodriver --locked`)',
].filter(Boolean);
const SKIP = MISSING.length ? `not installed: ${MISSING.join(', ')}` : null;

/**
 * Firefox's own services (remote settings, telemetry, updates, …) may still call out at
 * startup whatever the prefs say (Firefox 153 ESR asks firefox.settings.services.mozilla.com
 * regardless); such requests reach the blocking proxy and are refused like any other, but
 * they are not the app's. Anything else the proxy sees is.
 */
const FIREFOX_OWN_HOSTS = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;

/**
 * Prefs for the test profile. All traffic goes to `proxyPort` on loopback, a proxy that
 * refuses every request and records it, so nothing can leave the machine (even for
 * localhost: allow_hijacking_localhost); the rest keeps Firefox itself as quiet as
 * release builds allow. The browser asks for English first.
 */
function firefoxPrefs(proxyPort) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'intl.accept_languages': 'en-US, en',
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.update.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.update': false,
    'browser.search.suggest.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.shell.checkDefaultBrowser': false,
    'browser.translations.enable': false,
    'dom.push.enabled': false,
    'dom.push.connection.enabled': false,
    'geo.provider.network.url': '',
    'identity.fxaccounts.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
  };
}

/** A forward proxy on loopback that refuses everything and remembers what was asked. */
async function startBlockingProxy() {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method, target: req.url, host: new URL(req.url, 'http://unknown').hostname });
    res.writeHead(403, { connection: 'close' }).end();
  });
  server.on('connect', (req, socket) => {
    seen.push({ method: 'CONNECT', target: req.url, host: req.url.replace(/:\d+$/, '').replace(/^\[|\]$/g, '') });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    seen,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

const work = mkdtempSync(join(tmpdir(), 'kakehashi-firefox-'));
let proxy;
let driver;
let session;

before(async () => {
  if (SKIP) return;
  assert.ok(existsSync(SINGLE_FILE),
    `${SINGLE_FILE} is missing: make a release build (trunk build --release) or set KAKEHASHI_DIST`);
  if (!existsSync(KAKEHASHI)) execFileSync('cargo', ['build', '--bin', 'kakehashi'], { cwd: ROOT, stdio: 'inherit' });
  proxy = await startBlockingProxy();
  driver = await startGeckodriver({ geckodriver: GECKODRIVER });
  session = await newSession(driver, {
    firefoxOptions: { binary: FIREFOX, args: ['-headless', '-width', '1280', '-height', '900'], prefs: firefoxPrefs(proxy.port) },
  });
});

after(async () => {
  await session?.delete();
  await driver?.stop();
  await proxy?.close();
  rmSync(work, { recursive: true, force: true });
});

/**
 * Opens a file:// URL and waits until the Yew app has mounted (the top bar is rendered);
 * fails at once, with its text, if the loader shows its load-failure box instead.
 */
async function openApp(url) {
  await session.navigate(url);
  const outcome = await session.waitUntil(() => session.execute(() => {
    const failure = document.querySelector('.load-failure');
    if (failure) return { failure: failure.innerText };
    return document.querySelector('header.top-bar') ? { mounted: true } : null;
  }), { timeout: 30000, what: `the app to mount from ${url}` });
  assert.equal(outcome.failure, undefined, 'the load-failure box is shown');
  // From here on, record uncaught errors and console.error calls (a Rust panic shows as both).
  await session.execute(() => {
    window.__kkErrors = [];
    window.addEventListener('error', (e) => window.__kkErrors.push(`error: ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => window.__kkErrors.push(`unhandled rejection: ${e.reason}`));
    const consoleError = console.error;
    console.error = (...args) => { window.__kkErrors.push(`console.error: ${args.join(' ')}`); consoleError(...args); };
  });
}

/** Fails on a load-failure box, a recorded error, or any http(s) resource the page asked for. */
async function assertPageClean(label) {
  const state = await session.execute(() => ({
    loadFailure: document.querySelector('.load-failure')?.textContent ?? null,
    errors: window.__kkErrors ?? [],
    // Firefox lists failed loads here too (with status 0), so a blocked request still shows.
    network: performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /^(https?|wss?):/i.test(u)),
  }));
  assert.equal(state.loadFailure, null, `${label}: the load-failure box is shown`);
  assert.deepEqual(state.errors, [], `${label}: errors in the page`);
  assert.deepEqual(state.network, [], `${label}: the page requested network resources`);
}

/** Requests the blocking proxy saw that were not Firefox's own services. */
const foreignRequests = () => proxy.seen.filter((r) => !FIREFOX_OWN_HOSTS.test(r.host)).map((r) => `${r.method} ${r.target}`);

const text = async (css) => (await session.text(await session.find(css))).trim();
const pressed = async (lang) => session.attribute(await session.find(`.lang-switch button[data-lang=${lang}]`), 'aria-pressed');

test('the single file starts from file:// in Firefox ESR', async (t) => {
  if (SKIP) return t.skip(SKIP);
  assert.match(session.capabilities.browserName, /firefox/i);
  t.diagnostic(`Firefox ${session.capabilities.browserVersion}`);
  await openApp(pathToFileURL(SINGLE_FILE).href);
  assert.equal(await session.execute(() => location.protocol), 'file:');
  // The loader unpacked the matching worker into a Blob URL (a file:// page cannot start one
  // from a file), and the worker started from it and answered.
  await session.waitUntil(() => session.execute(() => globalThis.kakehashiSingleFile?.workerStatus !== 'checking'),
    { timeout: 40000, what: 'the worker check' });
  assert.equal(await session.execute(() => globalThis.kakehashiSingleFile.workerStatus), 'ready');
  assert.match(await session.execute(() => String(globalThis.kakehashiSingleFile?.workerUrl)), /^blob:/);
  assert.equal(await pressed('en'), 'true', 'an English-speaking Firefox gets the app in English');
  assert.equal(await session.execute(() => document.documentElement.lang), 'en');
  await assertPageClean('kakehashi.html');
});

test('the copy of itself that the single file keeps in Firefox makes a working survey file', async (t) => {
  if (SKIP) return t.skip(SKIP);
  // "Save survey file for participants" embeds the workshop into this HTML, as Firefox
  // serialised the page at start-up: it must still be a whole, working app.
  const selfCopy = join(work, 'self-copy.html');
  writeFileSync(selfCopy, await session.execute(() => globalThis.kakehashiSingleFile.html));
  const workshopFile = join(work, 'workshop-ja.json');
  writeFileSync(workshopFile, execFileSync(KAKEHASHI, ['template', '--lang', 'ja']));
  const workshop = JSON.parse(readFileSync(workshopFile, 'utf8'));
  const surveyFile = join(work, 'survey-from-self-copy.html');
  execFileSync(KAKEHASHI, ['survey-file', workshopFile, '--app', selfCopy, '-o', surveyFile]);
  await openApp(pathToFileURL(surveyFile).href);
  await session.waitFor('form.survey', { timeout: 30000 });
  assert.equal(await text('h1'), workshop.title.en);
  await assertPageClean('survey file made from the self copy');
});

test('a survey file from the CLI opens on its survey, is filled in and hands back a KR1. code', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const workshopFile = join(work, 'workshop.json');
  writeFileSync(workshopFile, execFileSync(KAKEHASHI, ['template', '--lang', 'en']));
  const workshop = JSON.parse(readFileSync(workshopFile, 'utf8'));
  const surveyFile = join(work, 'survey.html');
  execFileSync(KAKEHASHI, ['survey-file', workshopFile, '--app', SINGLE_FILE, '-o', surveyFile]);

  await openApp(pathToFileURL(surveyFile).href);
  await session.waitFor('form.survey', { timeout: 30000 });
  assert.equal(await session.execute(() => location.hash), '#/survey');
  assert.equal(await pressed('en'), 'true');
  assert.equal(await text('h1'), workshop.title.en);

  // The language switch works both ways in Firefox.
  await session.click(await session.find('.lang-switch button[data-lang=ja]'));
  await session.waitUntil(async () => (await text('h1')) === workshop.title.ja, { what: 'the Japanese title' });
  assert.equal(await session.execute(() => document.documentElement.lang), 'ja');
  await session.click(await session.find('.lang-switch button[data-lang=en]'));
  await session.waitUntil(async () => (await text('h1')) === workshop.title.en, { what: 'the English title' });

  // About you: a name and a generation from the list.
  const name = 'Alex Firefox';
  await session.sendKeys(await session.find('#survey-name'), name);
  const generation = workshop.generations.find((g) => g.id === 'millennials') ?? workshop.generations[0];
  await session.click(await session.find(`#survey-generation option[value="${generation.id}"]`));
  assert.equal(await session.property(await session.find('#survey-generation'), 'value'), generation.id);

  // Every skill, by clicking the visible label of a point on its scale (the radios themselves
  // are invisible); one wish to learn.
  const { min, max } = workshop.scale;
  const chosen = new Map();
  for (const [i, skill] of workshop.skills.entries()) {
    const point = min + (i % (max - min + 1));
    const id = point === min ? `skill-${skill.id}` : `skill-${skill.id}-${point}`;
    await session.click(await session.find(`label[for="${id}"]`));
    chosen.set(skill.id, point);
  }
  await session.click(await session.find(`label[for="want-${workshop.skills[0].id}"]`));
  for (const [skill, point] of chosen) {
    const checked = await session.findAll(`input[name="skill-${skill}"]:checked`);
    assert.equal(checked.length, 1, `skill ${skill} has one point checked`);
    assert.equal(await session.property(checked[0], 'value'), String(point), `skill ${skill}`);
  }
  const total = 2 + workshop.skills.length;
  assert.equal(await text('[data-testid=progress]'), `${total} / ${total} answered`);

  await session.click(await session.find('form.survey button[type=submit]'));
  await session.waitFor('section.hand-back', { timeout: 20000 });
  assert.equal(await text('#hand-back-title'), 'One more step: hand your answers to the facilitator');
  assert.equal(await text('.hand-back-done'), `Your answers are complete. Thank you, ${name}!`);
  assert.equal(await session.findAll('.error-summary').then((e) => e.length), 0);
  const code = await session.property(await session.find('#response-code'), 'value');
  assert.match(code, /^KR1\.[A-Za-z0-9_-]+$/);
  assert.equal(await session.findAll('.qr-response svg').then((e) => e.length), 1, 'the QR code is drawn');
  // The answers survive a reload under file:// (kept in this browser's storage).
  await session.execute(() => { document.body.dataset.beforeReload = '1'; location.reload(); });
  await session.waitUntil(async () => (await session.execute(() => document.body.dataset.beforeReload ?? '')) === '',
    { what: 'the page reloaded' });
  await session.waitFor('section.hand-back', { timeout: 30000 });
  assert.equal(await session.property(await session.find('#response-code'), 'value'), code, 'the same answers after a reload');

  await assertPageClean('survey file');
});

test('nothing left the machine, and the network really was blocked', async (t) => {
  if (SKIP) return t.skip(SKIP);
  const own = proxy.seen.length;
  t.diagnostic(`Firefox's own services tried ${own} request(s), all refused: ${[...new Set(proxy.seen.map((r) => r.host))].join(', ')}`);
  assert.deepEqual(foreignRequests(), [], 'requests that reached the blocking proxy');
  // A control: a request from the page now fails at the proxy, and both checks above see it.
  const outcome = await session.execute(`return fetch('https://example.com/kakehashi-probe')
    .then(() => 'loaded', (e) => 'failed: ' + e.name)`);
  assert.equal(outcome, 'failed: TypeError', 'a page request must fail with the network blocked');
  const probes = foreignRequests();
  assert.ok(probes.length > 0 && probes.every((r) => r === 'CONNECT example.com:443'), `the proxy saw ${probes}`);
  const seenByPage = await session.execute(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(seenByPage.includes('https://example.com/kakehashi-probe'), 'resource timing lists failed requests');
});
