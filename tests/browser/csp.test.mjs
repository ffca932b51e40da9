// helpbridge under a strict Content-Security-Policy, in headless Chromium:
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'` on every response
// (the page, its modules and the Worker's). The guard runs in its Worker, the
// model loads, an urgent message opens the dialog with a tel: link, continue
// delivers the message unchanged, and the browser reports no violation (a
// report-uri catches the Worker's too). With workers forbidden as well, the
// guard runs in the page instead.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer } from '../../demo/server.mjs';
import { launchBrowser } from '../support/browser.mjs';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const NO_WORKERS = `${STRICT}; worker-src 'none'`;
const REPORTS = '/csp-report';
const PAGE = '/tests/browser/pages/csp.html';
const TEXT = 'I want to end my life';

const env = {};

/** A server whose every response carries the policy, with violations reported to REPORTS. */
const serveWith = (policy) => startServer({ headers: () => ({ 'content-security-policy': `${policy}; report-uri ${REPORTS}` }) });

before(async () => {
  env.control = await serveWith(STRICT);
  env.strict = await serveWith(STRICT);
  env.noWorkers = await serveWith(NO_WORKERS);
  env.browser = await launchBrowser();
});

after(async () => {
  await env.browser?.close();
  env.control?.server.close();
  env.strict?.server.close();
  env.noWorkers?.server.close();
});

/** Opens a page, recording CSP violation events, console errors and page errors. */
async function open(server, pathname) {
  const page = await env.browser.newPage();
  const problems = [];
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico on its own; that 404 is not the page's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${server.url}${pathname}`);
  return { page, problems };
}

/** The violation reports the browser has posted to the server (they arrive shortly after). */
async function reports(server, { atLeast = 0 } = {}) {
  for (let i = 0; i < 20; i++) {
    const posted = server.requests.filter((request) => request.url.startsWith(REPORTS));
    if (posted.length >= atLeast && (atLeast > 0 || i >= 4)) return posted;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server.requests.filter((request) => request.url.startsWith(REPORTS));
}

async function sendUrgentAndContinue(page) {
  const input = page.locator('#message');
  await input.fill(TEXT);
  await input.press('Enter');
  await page.locator('helpbridge-dialog dialog[open]').waitFor();
  assert.ok(await page.locator('helpbridge-dialog a[href^="tel:"]').count() > 0, 'a tel: link to a helpline');
  assert.ok(await page.locator('helpbridge-dialog a[href="tel:116123"]').count() > 0, 'Samaritans (GB)');
  assert.equal(await page.locator('#log li').count(), 0, 'held until the person chooses');
  await page.locator('helpbridge-dialog [data-hb-key="choice:continue"]').click();
  await page.locator('#log li').first().waitFor();
  assert.equal(await page.locator('#log li').first().textContent(), TEXT, 'delivered unchanged');
}

test('the control: the policy is enforced and reported (the demo\'s inline import map is refused)', async () => {
  const { page } = await open(env.control, '/demo/index.html');
  const posted = await reports(env.control, { atLeast: 1 });
  assert.ok(posted.length >= 1, 'the browser reports the refused inline script');
  assert.ok((await page.evaluate(() => window.violations)).some((v) => v.startsWith('script-src')));
  await page.close();
});

test(`under "${STRICT}": the guard runs in its Worker, the model loads, the dialog works, no violation`, async () => {
  const { page, problems } = await open(env.strict, PAGE);
  await page.locator('#message').focus(); // the first focus starts loading
  await page.waitForFunction(() => window.guardEvents.some((e) => e.type === 'model-ready' || e.type === 'error'), null, { timeout: 30_000 });
  const events = await page.evaluate(() => window.guardEvents);
  assert.deepEqual(events.filter((e) => e.type === 'error'), [], 'no error event');
  assert.equal(events.find((e) => e.type === 'ready')?.worker, true, 'the core runs in the Worker');
  assert.ok(env.strict.requests.some((r) => r.url === '/dist/worker.js'), 'the Worker was fetched');
  assert.ok(env.strict.requests.some((r) => r.url === '/models/model.onnx'), 'the model was fetched');

  await sendUrgentAndContinue(page);
  const decision = (await page.evaluate(() => window.guardEvents)).find((e) => e.type === 'decision');
  assert.deepEqual([decision.level, decision.source], ['urgent', 'model']);

  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(await reports(env.strict), [], 'no violation reported by the page or the Worker');
  assert.deepEqual(problems, []);
  await page.close();
});

test('with workers forbidden too (worker-src \'none\'): the guard runs in the page and still works', async () => {
  const { page } = await open(env.noWorkers, PAGE);
  await page.locator('#message').focus();
  await page.waitForFunction(() => window.guardEvents.some((e) => e.type === 'model-ready'), null, { timeout: 30_000 });
  const events = await page.evaluate(() => window.guardEvents);
  assert.equal(events.find((e) => e.type === 'ready')?.worker, false, 'the in-page fallback');
  assert.ok(events.some((e) => e.type === 'error' && /worker/.test(e.message)), 'the host is told why');
  await sendUrgentAndContinue(page);
  const violations = await page.evaluate(() => window.violations);
  assert.ok(violations.length > 0 && violations.every((v) => v.startsWith('worker-src')), `only the Worker is refused: ${violations}`);
  await page.close();
});
