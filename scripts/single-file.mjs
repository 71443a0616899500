#!/usr/bin/env node
// Builds `kakehashi.html`: the whole app in one self-contained HTML file that runs when
// double-clicked (a file:// URL), with no server and no network.
//
// Trunk has no such output, so this post-processes its build (it runs as Trunk's
// post_build hook, see Trunk.toml, or by hand on a built dist/):
//   * the CSS is inlined as <style>;
//   * the app's wasm-bindgen glue (an ES module) is inlined into one <script type="module">
//     without its `export` line, and initialised with the wasm bytes, because browsers
//     refuse to fetch a .wasm file from file://;
//   * the app's wasm, the matching worker's wasm and the worker's no-modules glue are
//     embedded as gzip + base64 (DecompressionStream unpacks them: ~2.6x smaller than
//     plain base64), in inert <script type="application/octet-stream"> elements;
//   * at start-up the loader keeps the file's own HTML (so the app can save a copy of
//     itself with a workshop embedded: "Save survey file for participants") and makes a
//     Blob URL for the worker (`new Worker('file://…')` is refused), then publishes both
//     as `globalThis.kakehashiSingleFile` for the app (src/app/browser.rs); once the app
//     is up it starts that worker once, and drops the URL if the worker cannot load, so
//     that matching falls back to the page instead of waiting forever;
//   * an empty <script type="application/json" id="kakehashi-workshop"> is the slot that
//     src/survey_file.rs fills: a file with a workshop there opens straight on its survey.
//
//   node scripts/single-file.mjs [dir]     dir: Trunk's output (default $TRUNK_STAGING_DIR or dist)
//
// The loader's failures (an old browser without DecompressionStream, a damaged file) are
// shown on the page in Japanese and English instead of leaving it blank.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/** The slot for an embedded workshop; src/survey_file.rs looks for exactly this tag. */
export const WORKSHOP_SLOT = '<script type="application/json" id="kakehashi-workshop"></script>';
export const OUTPUT = 'kakehashi.html';

function fail(message) {
  console.error(`single-file: ${message}`);
  process.exit(1);
}

function one(text, regex, what) {
  const found = text.match(regex);
  if (!found) fail(`cannot find ${what} in Trunk's index.html (did its output format change?)`);
  return found[1];
}

/** gzip then base64: the form every embedded payload takes. */
function pack(bytes) {
  return gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).toString('base64');
}

/** Text that goes inside a raw-text element must not be able to close it. */
function assertInlineSafe(text, element, what) {
  if (text.toLowerCase().includes(`</${element}`)) fail(`${what} contains "</${element}" and cannot be inlined`);
}

// Shared by the page and the worker (serialised into the worker's Blob with toString()):
// base64 text to bytes, then gunzip.
async function kkUnpack(base64) {
  const packed = Uint8Array.fromBase64
    ? Uint8Array.fromBase64(base64)
    : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// Runs inside the worker's Blob, after the worker's no-modules glue (which defines
// `wasm_bindgen`); `base64` is the worker's packed wasm. A failure is rethrown from a
// timer so that it reaches the page as the worker's `error` event (a rejected promise
// would not).
function kkBootWorker(base64) {
  kkUnpack(base64)
    .then((bytes) => wasm_bindgen({ module_or_path: bytes }))
    .catch((error) => setTimeout(() => { throw error; }));
}

// Starts the worker once, off the critical path, and waits for its first message (the
// worker says it has loaded). A worker that fails to load (an engine without
// DecompressionStream in workers, a policy against Blob workers) would otherwise leave
// a match waiting forever; without the URL the app computes on the page after a notice.
function kkCheckWorker(single) {
  let worker;
  try {
    worker = new Worker(single.workerUrl);
  } catch (error) {
    single.workerUrl = null;
    single.workerStatus = 'failed';
    return;
  }
  const done = (ok, why) => {
    clearTimeout(timer);
    worker.terminate();
    single.workerStatus = ok ? 'ready' : 'failed';
    if (!ok) {
      console.warn('Kakehashi: the matching worker did not start; matching runs on the page', why);
      single.workerUrl = null;
    }
  };
  const timer = setTimeout(() => done(false, 'no answer within 30 s'), 30000);
  worker.onmessage = () => done(true);
  worker.onerror = (event) => { event.preventDefault(); done(false, event.message); };
}

function loader(appGlue) {
  return `
// Kakehashi single-file loader (built by scripts/single-file.mjs).
// This file's own HTML, kept before the app changes the page: "Save survey file for
// participants" writes a copy of it with the workshop in the kakehashi-workshop slot.
const kkSelfHtml = '<!doctype html>\\n' + document.documentElement.outerHTML;
const kkPayload = (id) => document.getElementById(id).textContent.trim();
${kkUnpack.toString()}
${kkBootWorker.toString()}
${kkCheckWorker.toString()}
async function kkWorkerUrl() {
  const glue = new TextDecoder().decode(await kkUnpack(kkPayload('kakehashi-worker-js')));
  const source = [glue, '\\n;', kkUnpack.toString(), '\\n;(', kkBootWorker.toString(), ')("',
    kkPayload('kakehashi-worker-wasm'), '");\\n'];
  return URL.createObjectURL(new Blob(source, { type: 'text/javascript' }));
}
function kkFail(error) {
  console.error(error);
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'load-failure';
  const lines = [
    '架け橋をこのブラウザで開けませんでした。最新の Chrome、Edge、Firefox、Safari で開いてください。',
    'Kakehashi could not start in this browser. Open this file in a current Chrome, Edge, Firefox or Safari.',
    String(error),
  ];
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    box.append(p);
  }
  document.body.append(box);
}

${appGlue}

try {
  const appWasm = await kkUnpack(kkPayload('kakehashi-app-wasm'));
  let workerUrl = null;
  try {
    workerUrl = await kkWorkerUrl();
  } catch (error) {
    // The app then matches on the page and says so; it still works.
    console.warn('Kakehashi: the matching worker is unavailable', error);
  }
  // workerStatus ('checking', 'ready', 'failed' or 'none') is for people and tests; the
  // app only reads html and workerUrl.
  const single = { html: kkSelfHtml, workerUrl, workerStatus: workerUrl ? 'checking' : 'none' };
  globalThis.kakehashiSingleFile = single;
  await __wbg_init({ module_or_path: appWasm });
  if (workerUrl) setTimeout(() => kkCheckWorker(single), 500);
} catch (error) {
  kkFail(error);
}
`;
}

export function build(dir) {
  const indexPath = join(dir, 'index.html');
  if (!existsSync(indexPath)) fail(`${indexPath} not found: run \`trunk build --release\` first`);
  const index = readFileSync(indexPath, 'utf8');

  const cssHref = one(index, /<link rel="stylesheet" href="\/?([^"]+)"[^>]*\/?>/, 'the stylesheet link');
  const appJs = one(index, /import init, \* as bindings from '\/?([^']+)';/, "the app's glue");
  const appWasm = one(index, /module_or_path: '\/?([^']+)'/, "the app's wasm");
  const read = (name) => readFileSync(join(dir, name));

  const css = read(cssHref).toString('utf8');
  assertInlineSafe(css, 'style', 'the stylesheet');
  let glue = read(appJs).toString('utf8');
  const exportLine = /^export \{ initSync, __wbg_init as default \};\s*$/m;
  if (!exportLine.test(glue) || glue.match(/^export /gm).length !== 1) {
    fail(`the app's glue ${appJs} does not end with the one export line this script expects`);
  }
  glue = glue.replace(exportLine, '');
  const script = loader(glue);
  assertInlineSafe(script, 'script', "the app's glue");

  const payload = (id, type, bytes) => `<script type="${type}" id="${id}">${pack(bytes)}</script>`;
  const head = [
    `<style>\n${css}\n</style>`,
    WORKSHOP_SLOT,
    payload('kakehashi-app-wasm', 'application/octet-stream', read(appWasm)),
    payload('kakehashi-worker-wasm', 'application/octet-stream', read('worker_bg.wasm')),
    payload('kakehashi-worker-js', 'application/octet-stream', read('worker.js')),
    `<script type="module">${script}</script>`,
  ].join('\n');

  // Keep Trunk's head (charset, viewport, title, the data: favicon), minus what loads files
  // and, under `trunk serve`, its live-reload script (a WebSocket to the dev server).
  let html = index
    .replace(/<link rel="stylesheet"[^>]*>\s*/, '')
    .replace(/<script type="module">[\s\S]*?<\/script>\s*/, '')
    .replace(/<script>[\s\S]*?<\/script>\s*/g, (script) => (script.includes('__TRUNK_') ? '' : script))
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
  if (html.includes('__TRUNK_')) fail("Trunk's live-reload script is still in the page; this script needs updating");
  if (/<(?:link|script)[^>]+(?:href|src)="(?!data:)/.test(html)) {
    fail('index.html still refers to a file after inlining; this script needs updating');
  }
  html = html.replace('</head>', `${head}\n</head>`);
  writeFileSync(join(dir, OUTPUT), html);
  return { bytes: Buffer.byteLength(html), appWasm: read(appWasm).length, workerWasm: read('worker_bg.wasm').length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Debug builds get one too (several MB, unoptimised), so that "Save survey file for
  // participants" also works under `scripts/serve.sh`; the size budget is the release's.
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
  const { bytes } = build(dir);
  const note = process.env.TRUNK_PROFILE === 'debug' ? ' (debug build: use `trunk build --release` for the small one)' : '';
  console.log(`single-file: ${join(dir, OUTPUT)} (${(bytes / 1024).toFixed(0)} KiB)${note}`);
}
