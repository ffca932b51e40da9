// Cold start from local assets: the bench page with the guard loading at once
// (?start=load) and a check issued at once, which the lexicon answers while
// the model loads. From the page's navigation start: the guard ready, the
// first decision, the model ready. A first visit is a fresh browser profile;
// a repeat visit is a new tab in the same browser after the first has closed,
// its files in the HTTP cache (the bench server sends cache-control:
// max-age, see server.mjs). Main-thread long tasks are collected on each visit.
import { launchBrowser } from '../tests/support/browser.mjs';

/** One visit; server: startBenchServer()'s, whose request log shows what did not come from the cache. */
async function visit(browser, server) {
  const page = await browser.newPage();
  const logged = server.requests.length;
  try {
    await page.goto(`${server.url}/bench/page/index.html?start=load`);
    await page.waitForFunction(() => (window.marks.modelReady !== undefined && window.marks.firstDecision !== undefined) || window.marks.errors,
      null, { timeout: 120_000 });
    const { marks, longTasks, longFrames } = await page.evaluate(() => ({ marks: window.marks, longTasks: window.longTasks, longFrames: window.longFrames }));
    if (marks.errors) throw new Error(`the guard did not load: ${marks.errors.join('; ')}`);
    return { ...marks, longTasks, longFrames, requests: server.requests.length - logged };
  } finally {
    await page.close();
  }
}

/** profiles fresh browser profiles, each with one first visit and `repeats` repeat visits. */
export async function measureColdStart(server, { profiles, repeats }) {
  const first = [];
  const repeat = [];
  for (let i = 0; i < profiles; i++) {
    const browser = await launchBrowser();
    try {
      first.push(await visit(browser, server));
      for (let j = 0; j < repeats; j++) repeat.push(await visit(browser, server));
    } finally {
      await browser.close();
    }
  }
  return { first, repeat };
}
