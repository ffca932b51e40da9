// The bench page (bench/page/) from Node: open it with the guard warm, and
// start and call the bench's own workers in it.

const READY_TIMEOUT = 120_000;

/** Opens the bench page with the guard loading at once, and waits for its model. */
export async function openWarmPage(browser, url) {
  const page = await browser.newPage();
  await page.goto(`${url}/bench/page/index.html?start=load`);
  await page.waitForFunction(() => window.marks.modelReady !== undefined || window.marks.errors, null, { timeout: READY_TIMEOUT });
  const marks = await page.evaluate(() => window.marks);
  if (marks.errors) throw new Error(`the guard did not load: ${marks.errors.join('; ')}`);
  if (!marks.worker) throw new Error('the guard did not run in a worker');
  if (!(await page.evaluate(() => self.crossOriginIsolated))) throw new Error('the bench page is not cross-origin isolated');
  return page;
}

/** Opens the bench page without loading the guard (nothing loads before a keystroke). */
export async function openIdlePage(browser, url) {
  const page = await browser.newPage();
  await page.goto(`${url}/bench/page/index.html`);
  if (!(await page.evaluate(() => self.crossOriginIsolated))) throw new Error('the bench page is not cross-origin isolated');
  return page;
}

/** Starts one of the bench's workers in the page as window[name]. */
export async function startWorker(page, name, script) {
  await page.evaluate(async ([n, s]) => {
    const { connect } = await import('/bench/page/rpc.js');
    window[n] = connect(s);
  }, [name, script]);
}

export const callWorker = (page, name, method, ...args) =>
  page.evaluate(([n, m, a]) => window[n].call(m, ...a), [name, method, args]);

