// A minimal W3C WebDriver client for the end-to-end tests that run in Firefox ESR.
// playwright-core cannot drive stock Firefox, so these tests talk to geckodriver's HTTP
// API directly with node's global fetch: start geckodriver on a free loopback port,
// open a session, find elements by CSS, click, type, read text, attributes and
// properties, run scripts, and shut everything down. No npm dependencies.
//
// Binaries: env GECKODRIVER (default ~/.cargo/bin/geckodriver, then geckodriver on PATH)
// and env FIREFOX (default /usr/bin/firefox-esr).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The key under which WebDriver returns an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** The first executable named `name` on PATH, or null. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Path of geckodriver (env GECKODRIVER, ~/.cargo/bin, PATH), or null if absent. */
export function findGeckodriver() {
  if (process.env.GECKODRIVER) return existsSync(process.env.GECKODRIVER) ? process.env.GECKODRIVER : null;
  const cargo = join(homedir(), '.cargo', 'bin', 'geckodriver');
  return existsSync(cargo) ? cargo : onPath('geckodriver');
}

/** Path of Firefox (env FIREFOX, default /usr/bin/firefox-esr), or null if absent. */
export function findFirefox() {
  const firefox = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
  return existsSync(firefox) ? firefox : null;
}

/** A free TCP port on 127.0.0.1 (the OS picks one; there is a tiny race, which is fine here). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An error returned by the remote end: `error` is the WebDriver error code. */
export class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value?.error ?? 'unknown error'}: ${value?.message ?? JSON.stringify(value)}`);
    this.error = value?.error;
  }
}

/**
 * Starts geckodriver on a free loopback port and waits until /status says it is ready.
 * Resolves to `{ url, process, log, stop() }`; `log()` returns geckodriver's output so
 * far (useful in failure messages), `stop()` kills it and waits for it to exit.
 */
export async function startGeckodriver({ geckodriver = findGeckodriver(), timeout = 20000 } = {}) {
  if (!geckodriver) throw new Error('geckodriver not found (set GECKODRIVER)');
  const port = await freePort();
  const child = spawn(geckodriver, ['--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const driver = {
    url: `http://127.0.0.1:${port}`,
    process: child,
    log: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`geckodriver exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${driver.url}/status`);
      const body = await res.json();
      if (body?.value?.ready) return driver;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await driver.stop();
  throw new Error(`geckodriver did not become ready within ${timeout} ms:\n${output}`);
}

/** Sends one WebDriver command; resolves to the response's `value`, throws WebDriverError. */
async function command(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${path}`, { error: `HTTP ${res.status}`, message: text });
  }
  if (!res.ok || json?.value?.error) throw new WebDriverError(`${method} ${path}`, json?.value);
  return json.value;
}

/**
 * Opens a Firefox session. `firefoxOptions` is merged into `moz:firefoxOptions`
 * (binary defaults to findFirefox(), args to ['-headless']; give `prefs` there).
 * `timeouts` are the session's script / page-load / implicit-wait timeouts in ms.
 */
export async function newSession(driver, {
  firefoxOptions = {},
  timeouts = { script: 30000, pageLoad: 60000, implicit: 0 },
} = {}) {
  const value = await command(driver.url, 'POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'firefox',
        acceptInsecureCerts: false,
        timeouts,
        'moz:firefoxOptions': { binary: findFirefox(), args: ['-headless'], ...firefoxOptions },
      },
    },
  });
  return new Session(driver.url, value.sessionId, value.capabilities);
}

/** A WebDriver session. Element arguments and results are WebDriver element references. */
export class Session {
  constructor(base, id, capabilities) {
    this.base = `${base}/session/${id}`;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** One command relative to this session (`path` starts with '/' or is ''). */
  cmd(method, path, body) {
    return command(this.base, method, path, body);
  }

  /** Navigates and waits for the page load (the document's load event). */
  navigate(url) { return this.cmd('POST', '/url', { url }); }
  /** The current URL. */
  url() { return this.cmd('GET', '/url'); }
  /** The document's title. */
  title() { return this.cmd('GET', '/title'); }
  /** Reloads the page. */
  refresh() { return this.cmd('POST', '/refresh', {}); }

  /** The first element matching `css`; throws WebDriverError 'no such element' if none. */
  find(css, from) {
    const path = from ? `/element/${from[ELEMENT]}/element` : '/element';
    return this.cmd('POST', path, { using: 'css selector', value: css });
  }
  /** All elements matching `css` (possibly none). */
  findAll(css, from) {
    const path = from ? `/element/${from[ELEMENT]}/elements` : '/elements';
    return this.cmd('POST', path, { using: 'css selector', value: css });
  }
  /**
   * Polls until an element matching `css` exists (and, when `predicate` is given, until
   * `predicate(element)` resolves truthy); resolves to the element. Fails after `timeout`.
   */
  async waitFor(css, { timeout = 20000, interval = 100, predicate } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const [el] = await this.findAll(css);
        if (el && (!predicate || await predicate(el))) return el;
      } catch (e) {
        last = e; // e.g. a stale element while the page re-renders
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeout} ms waiting for ${css}${last ? ` (last error: ${last.message})` : ''}`);
      }
      await sleep(interval);
    }
  }
  /** Polls `fn` until it resolves truthy; resolves to that value. */
  async waitUntil(fn, { timeout = 20000, interval = 100, what = 'a condition' } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await fn().catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
      await sleep(interval);
    }
  }

  /** Clicks an element (scrolled into view first by the driver). */
  click(el) { return this.cmd('POST', `/element/${el[ELEMENT]}/click`, {}); }
  /** Clears an editable element. */
  clear(el) { return this.cmd('POST', `/element/${el[ELEMENT]}/clear`, {}); }
  /** Types `text` into an element (focusing it first). */
  sendKeys(el, text) { return this.cmd('POST', `/element/${el[ELEMENT]}/value`, { text }); }
  /** The element's rendered text. */
  text(el) { return this.cmd('GET', `/element/${el[ELEMENT]}/text`); }
  /** The element's attribute `name` (null if absent). */
  attribute(el, name) { return this.cmd('GET', `/element/${el[ELEMENT]}/attribute/${encodeURIComponent(name)}`); }
  /** The element's DOM property `name` (e.g. value, checked). */
  property(el, name) { return this.cmd('GET', `/element/${el[ELEMENT]}/property/${encodeURIComponent(name)}`); }
  /** Whether the element is displayed. */
  displayed(el) { return this.cmd('GET', `/element/${el[ELEMENT]}/displayed`); }

  /**
   * Runs `script` in the page and resolves to its (JSON-cloned) return value. `script` is
   * a function body (a string, `arguments` holds `args`) or a function, whose source is
   * sent, so it must not close over test variables. A returned promise is awaited.
   */
  execute(script, ...args) {
    const body = typeof script === 'function' ? `return (${script}).apply(null, arguments);` : script;
    return this.cmd('POST', '/execute/sync', { script: body, args });
  }

  /**
   * Ends the session (closes Firefox). Never throws. If Firefox is still running a few
   * seconds later (a hung shutdown), kills its process (`moz:processID`) so no browser
   * outlives the test.
   */
  async delete() {
    await this.cmd('DELETE', '').catch(() => {});
    const pid = this.capabilities?.['moz:processID'];
    if (!pid) return;
    const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
    for (let i = 0; i < 50 && alive(); i++) await sleep(100);
    if (alive()) { try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ } }
  }
}
