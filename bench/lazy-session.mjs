// A chat page as a person meets it: the bench page with helpbridge attached
// and nothing loaded until the first focus or keystroke; then the person
// clicks into the box and types messages and sends them (Enter) while the
// guard loads. Records every file fetched, before the first keystroke and after
// (lazy), and every main-thread task over 50 ms (PerformanceObserver 'longtask').
import { launchBrowser } from '../tests/support/browser.mjs';
import { isServedFile, ownerOf, sizesOf } from './payload.mjs';

/** Milliseconds between keystrokes: a quick typist. */
const KEY_DELAY = 50;

/** Waits for the message to reach the chat log; if the guard asked first (the
 * dialog), the person chooses to go on with it. */
async function sent(page, count) {
  const logged = page.locator(`#log li:nth-child(${count})`);
  const dialog = page.locator('helpbridge-dialog dialog[open]');
  await logged.or(dialog).first().waitFor({ timeout: 120_000 });
  if (await dialog.isVisible()) {
    await page.locator('helpbridge-dialog [data-hb-key="choice:continue"]').click();
    await logged.waitFor({ timeout: 120_000 });
  }
}

/** The guard's focus handler reads the time zone (Intl.DateTimeFormat) on the
 * main thread; the first use in a page loads ICU's time-zone data. Timed alone
 * on a fresh page, to say how much of that handler's task it is. */
async function timeFirstIntl(browser, server) {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/bench/page/index.html`);
    return await page.evaluate(() => {
      const start = performance.now();
      Intl.DateTimeFormat().resolvedOptions();
      return performance.now() - start;
    });
  } finally {
    await page.close();
  }
}

/** server: startBenchServer()'s (its request log lists every fetch); typed: messages to type and send. */
export async function measureLazySession(server, { typed }) {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const logged = server.requests.length;
    await page.goto(`${server.url}/bench/page/index.html`, { waitUntil: 'networkidle' });
    const beforeKeystroke = server.requests.length;
    const keystroke = await page.evaluate(() => performance.now());
    await page.locator('#message').click();
    for (const [i, text] of typed.entries()) {
      await page.keyboard.type(text, { delay: KEY_DELAY });
      await page.keyboard.press('Enter');
      await sent(page, i + 1);
      await page.locator('#message').focus();
    }
    await page.waitForFunction(() => window.marks.modelReady !== undefined || window.marks.errors, null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const { marks, longTasks, longFrames } = await page.evaluate(() => ({ marks: window.marks, longTasks: window.longTasks, longFrames: window.longFrames }));
    if (marks.errors) throw new Error(`the guard did not load: ${marks.errors.join('; ')}`);
    const files = server.requests.slice(logged).map((request, i) => ({ path: new URL(request.url, server.url).pathname, lazy: logged + i >= beforeKeystroke }))
      .filter((file) => isServedFile(file.path))
      .map((file) => ({ ...file, owner: ownerOf(file.path), ...sizesOf(file.path) }));
    return { files, longTasks, longFrames, marks, keystroke, firstIntlMs: await timeFirstIntl(browser, server) };
  } finally {
    await browser.close();
  }
}
