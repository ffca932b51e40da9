// Fail-safe in headless Chromium, on the demo chat (which embeds helpbridge as
// the README shows): WebAssembly blocked by the page's CSP or its download
// stalled, the model missing, onnxruntime-web failing to start, Workers blocked
// by CSP, and storage unavailable. In each case the chat still sends (the
// message reaches the chat log unchanged), the host hears of the failure through
// an error event, the lexicon decides wherever the core loaded, and the help
// link still shows a local helpline with a tel: link. No unhandled error or
// rejection reaches the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withServerAndBrowser } from '../support/browser.mjs';

let csp = null; // the Content-Security-Policy the server sends, per test
const env = await withServerAndBrowser({ headers: () => (csp ? { 'content-security-policy': csp } : {}) });

const CRISIS = 'I want to end my life';
const QUIET = 'see you tomorrow at the cafe';
const GB_HELPLINE = 'tel:116123'; // Samaritans, from locales/helplines/GB.json
const GB_EMERGENCY = 'tel:999'; // from locales/emergency.json

/**
 * Opens the demo (en, GB) with a CSP, routes that break files, and init scripts;
 * waits until helpbridge has loaded or given up (status, or an error in the panel).
 */
async function openDemo({ policy = null, routes = {}, initScript = null, settled, clock = false }) {
  csp = policy;
  const page = await env.browser.newPage();
  if (clock) await page.clock.install(); // time flows as usual until a test jumps it
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    window.unhandled = [];
    addEventListener('unhandledrejection', (event) => window.unhandled.push(String(event.reason?.message ?? event.reason)));
  });
  if (initScript) await page.addInitScript(initScript);
  for (const [pattern, handler] of Object.entries(routes)) await page.route(pattern, handler);
  await page.goto(`${env.server.url}/demo/?lang=en&country=GB`);
  await page.waitForFunction(settled, null, { timeout: 30_000 });
  return page;
}

const panel = (page) => page.locator('#decisions li').allTextContents();
const errors = async (page) => (await panel(page)).filter((line) => line.startsWith('error: '));
const status = (page) => page.textContent('#status');
const dialogLinks = (page, scheme) => page.locator(`helpbridge-dialog dialog[open] a[href^="${scheme}"]`)
  .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

/** Types a message, presses Enter, and waits until it is in the chat log. */
async function sendAndSeeItDelivered(page, text, { timeout = 15_000 } = {}) {
  const before = await page.locator('#log li').count();
  await page.locator('#message').fill(text);
  await page.locator('#message').press('Enter');
  await page.locator('#log li').nth(before).waitFor({ timeout });
  assert.equal(await page.locator('#log li').nth(before).textContent(), text, 'delivered unchanged');
}

/** An explicit phrase opens the dialog with the local helpline; continue sends it unchanged. */
async function urgentOpensDialogThenSends(page, source) {
  const before = await page.locator('#log li').count();
  await page.locator('#message').fill(CRISIS);
  await page.locator('#message').press('Enter');
  await page.locator('helpbridge-dialog dialog[open]').waitFor({ timeout: 15_000 });
  assert.ok((await dialogLinks(page, 'tel:')).includes(GB_HELPLINE), 'the local helpline, one tap away');
  assert.equal(await page.locator('#log li').count(), before, 'held while the dialog asks');
  assert.ok((await panel(page)).includes(`urgent · suicidal_ideation (${source})`), `decided by the ${source}`);
  await page.locator('helpbridge-dialog [data-hb-key="choice:continue"]').click();
  await page.locator('#log li').nth(before).waitFor();
  assert.equal(await page.locator('#log li').nth(before).textContent(), CRISIS);
}

/** The help link opens helplines with a tel: link to the local helpline; Close closes them. */
async function helpShowsHelplines(page) {
  await page.locator('#help').click();
  await page.locator('helpbridge-dialog dialog[open]').waitFor({ timeout: 15_000 });
  const phones = await dialogLinks(page, 'tel:');
  assert.ok(phones.includes(GB_HELPLINE), `the local helpline: ${phones}`);
  assert.ok(phones.includes(GB_EMERGENCY), `the emergency number: ${phones}`);
  await page.locator('helpbridge-dialog [data-hb-key="choice:dismiss"]').click();
  await page.locator('helpbridge-dialog dialog[open]').waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  assert.equal(await page.locator('helpbridge-dialog dialog[open]').count(), 0, 'Close closes');
}

async function assertNoUncaughtErrors(page) {
  const unhandled = await page.evaluate(() => window.unhandled);
  assert.deepEqual([...page.problems, ...unhandled.map((reason) => `unhandled rejection: ${reason}`)], []);
}

async function closePage(page) {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
  csp = null;
}

const notFound = (route) => route.fulfill({ status: 404, body: '' });

test('wasm blocked by a CSP without wasm-unsafe-eval: the chat sends, the host hears, help shows helplines from the data files', async () => {
  const page = await openDemo({
    policy: "script-src 'self' 'unsafe-inline'", // no 'wasm-unsafe-eval': WebAssembly cannot compile, in the page or a worker
    settled: () => [...document.querySelectorAll('#decisions li')].some((li) => li.textContent.startsWith('error: helpbridge could not load')),
  });
  assert.ok((await errors(page)).some((line) => /helpbridge could not load .*WebAssembly/.test(line)), (await errors(page)).join('\n'));
  await sendAndSeeItDelivered(page, QUIET);
  await sendAndSeeItDelivered(page, CRISIS); // nothing can decide: it goes unchecked, never held
  assert.equal(await page.locator('helpbridge-dialog dialog[open]').count(), 0);
  await helpShowsHelplines(page);
  await sendAndSeeItDelivered(page, QUIET); // the chat goes on after the help view
  await assertNoUncaughtErrors(page);
  await closePage(page);
});

test('the core download stalls: sends wait at most 10 s, help shows helplines from the data files', async () => {
  const stalled = [];
  const page = await openDemo({
    routes: { '**/dist/core/helpbridge-core.wasm': (route) => stalled.push(route) }, // never answered
    settled: () => document.getElementById('status').textContent.startsWith('Loading'),
  });
  while (stalled.length === 0) await page.waitForTimeout(50); // the guard has started loading
  const started = Date.now();
  await sendAndSeeItDelivered(page, QUIET, { timeout: 20_000 });
  const waited = Date.now() - started;
  assert.ok(waited >= 9_000 && waited < 20_000, `held ${waited} ms`);
  assert.ok((await errors(page)).some((line) => /not ready within 10 s/.test(line)), (await errors(page)).join('\n'));
  await helpShowsHelplines(page);
  await assertNoUncaughtErrors(page);
  await closePage(page);
});

test('the model 404s: the lexicon decides, the chat sends, the host hears, help works', async () => {
  const page = await openDemo({
    routes: { '**/models/model.onnx': notFound },
    settled: () => [...document.querySelectorAll('#decisions li')].some((li) => li.textContent.includes('the model could not load')),
  });
  assert.ok((await errors(page)).some((line) => /the model could not load, the lexicon decides: .*HTTP 404/.test(line)));
  assert.match(await status(page), /^Ready: the lexicon decides/);
  await urgentOpensDialogThenSends(page, 'lexicon');
  await sendAndSeeItDelivered(page, QUIET);
  await helpShowsHelplines(page);
  await assertNoUncaughtErrors(page);
  await closePage(page);
});

for (const [what, pattern] of [
  ["its .wasm 404s", '**/onnxruntime-web/dist/ort-wasm-simd-threaded*.wasm'],
  ['its module 404s', '**/onnxruntime-web/dist/ort.wasm.min.mjs'],
]) {
  test(`onnxruntime-web fails to start (${what}): the lexicon decides, the chat sends, the host hears, help works`, async () => {
    const page = await openDemo({
      routes: { [pattern]: notFound },
      settled: () => [...document.querySelectorAll('#decisions li')].some((li) => li.textContent.includes('the model could not load')),
    });
    assert.ok((await errors(page)).some((line) => line.startsWith('error: the model could not load, the lexicon decides')));
    await urgentOpensDialogThenSends(page, 'lexicon');
    await sendAndSeeItDelivered(page, QUIET);
    await helpShowsHelplines(page);
    await assertNoUncaughtErrors(page);
    await closePage(page);
  });
}

// A network blip: the first load fails, the file is back later. The page's
// clock jumps past retryAfterMs (30 s), and the next use loads it again.
function failsUntilMended() {
  const file = { broken: true };
  file.route = (route) => (file.broken ? notFound(route) : route.continue());
  return file;
}

/** The file is back; 31 s later a send starts the new try, and the model loads. */
async function mendAndRetry(page, file) {
  file.broken = false;
  await page.clock.fastForward(31_000);
  await sendAndSeeItDelivered(page, QUIET);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready: model loaded'), null, { timeout: 30_000 });
}

test('the core fails to load once: the next send after 30 s loads it again, and the model decides', async () => {
  const core = failsUntilMended();
  const page = await openDemo({
    routes: { '**/dist/core/helpbridge-core.wasm': core.route },
    settled: () => [...document.querySelectorAll('#decisions li')].some((li) => li.textContent.startsWith('error: helpbridge could not load')),
    clock: true,
  });
  assert.match(await status(page), /^Not loaded/);
  await sendAndSeeItDelivered(page, QUIET); // within 30 s: no new try, sent unchecked at once
  await mendAndRetry(page, core);
  await urgentOpensDialogThenSends(page, 'model');
  await assertNoUncaughtErrors(page);
  await closePage(page);
});

test('the model fails to load once: the lexicon decides, and after 30 s the next send loads the model', async () => {
  const model = failsUntilMended();
  const page = await openDemo({
    routes: { '**/models/model.onnx': model.route },
    settled: () => [...document.querySelectorAll('#decisions li')].some((li) => li.textContent.includes('the model could not load')),
    clock: true,
  });
  await urgentOpensDialogThenSends(page, 'lexicon');
  await mendAndRetry(page, model);
  await urgentOpensDialogThenSends(page, 'model');
  assert.equal((await errors(page)).length, 1, 'one error event, for the failed try');
  await assertNoUncaughtErrors(page);
  await closePage(page);
});

test("a host's onProceed that throws: called once, reported as an error event, no unhandled rejection", async () => {
  const page = await openDemo({ settled: () => document.getElementById('status').textContent.startsWith('Ready') });
  const seen = await page.evaluate(async () => {
    const { createGuard } = await import('helpbridge'); // the demo's import map
    const field = document.createElement('textarea');
    document.body.append(field);
    const calls = [];
    const errors = [];
    const guard = createGuard({ country: 'GB', languages: ['en'], assetBase: '/', ortUrl: null, noWorker: true,
      onEvent: (event) => { if (event.type === 'error') errors.push(event.message); } });
    guard.attach(field, { onProceed: (text) => { calls.push(text); throw new Error('a bug in the host'); } });
    field.value = 'see you tomorrow';
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    for (let i = 0; i < 150 && calls.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 500)); // a second call would come now
    guard.dispose();
    return { calls, errors };
  });
  assert.deepEqual(seen.calls, ['see you tomorrow']);
  assert.ok(seen.errors.includes("the host's onProceed threw: a bug in the host"), seen.errors.join('\n'));
  await assertNoUncaughtErrors(page);
  await closePage(page);
});

test("Worker creation blocked by CSP (worker-src 'none'): everything runs in the page, the host hears", async () => {
  const page = await openDemo({
    policy: "worker-src 'none'",
    settled: () => document.getElementById('status').textContent.startsWith('Ready: model loaded'),
  });
  assert.ok((await errors(page)).some((line) => line.startsWith('error: no worker')), (await errors(page)).join('\n'));
  assert.equal(page.workers().length, 0, 'no worker runs');
  await urgentOpensDialogThenSends(page, 'model');
  await sendAndSeeItDelivered(page, QUIET);
  await helpShowsHelplines(page);
  await assertNoUncaughtErrors(page);
  await closePage(page);
});

test('storage unavailable (private mode): nothing needs it; the guard works in full', async () => {
  const page = await openDemo({
    initScript: () => {
      const refuse = () => { throw new DOMException('storage is disabled', 'SecurityError'); };
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) {
        Object.defineProperty(window, name, { get: refuse, configurable: true });
      }
      Object.defineProperty(Document.prototype, 'cookie', { get: refuse, set: refuse, configurable: true });
      window.storageBlocked = true;
    },
    settled: () => document.getElementById('status').textContent.startsWith('Ready: model loaded'),
  });
  assert.equal(await page.evaluate(() => window.storageBlocked && (() => { try { return localStorage.length; } catch { return 'blocked'; } })()), 'blocked');
  assert.equal(page.workers().length, 1, 'the core runs in its worker');
  await urgentOpensDialogThenSends(page, 'model');
  await sendAndSeeItDelivered(page, QUIET);
  await helpShowsHelplines(page);
  assert.deepEqual(await errors(page), [], 'nothing failed, so no error event');
  await assertNoUncaughtErrors(page);
  await closePage(page);
});
