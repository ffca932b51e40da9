// check() latency in headless Chromium, warm, through the public API
// (createGuard(...).check(), the guard in its Worker: the round trip
// included), then inside the worker alone, the parts of a check, and the
// transformer on a subset of the same messages, in the same page and the same
// worker setting. All times in µs.
import { callWorker, openWarmPage, startWorker } from './bench-page.mjs';

/** Each guard.check(text) as the page sees it, in µs. */
function timePublicChecks(page, texts) {
  return page.evaluate(async (all) => {
    const times = [];
    for (const text of all) {
      const start = performance.now();
      await window.guard.check(text);
      times.push((performance.now() - start) * 1000);
    }
    return times;
  }, texts);
}

/**
 * messages: the measured set; warmup: how many of them to run first, untimed;
 * transformer: { model (URL path), messages (the subset) }.
 */
export async function measureLatency(browser, url, { messages, warmup, transformer }) {
  const page = await openWarmPage(browser, url);
  try {
    await timePublicChecks(page, messages.slice(0, warmup));
    const check = await timePublicChecks(page, messages);

    await startWorker(page, 'probe', '/bench/page/probe-worker.js');
    await callWorker(page, 'probe', 'init');
    await callWorker(page, 'probe', 'timeChecks', messages.slice(0, warmup));
    const inWorker = await callWorker(page, 'probe', 'timeChecks', messages);
    await callWorker(page, 'probe', 'timeParts', messages.slice(0, warmup));
    const parts = await callWorker(page, 'probe', 'timeParts', messages);
    await page.evaluate(() => window.probe.terminate());

    await startWorker(page, 'transformer', '/bench/page/transformer-worker.js');
    await callWorker(page, 'transformer', 'load', transformer.model);
    const runs = await page.evaluate(async ([texts, warm]) => {
      for (const text of texts.slice(0, warm)) await window.transformer.call('run', text);
      const out = { roundTrip: [], inWorker: [], tokens: [] };
      for (const text of texts) {
        const start = performance.now();
        const { us, tokens } = await window.transformer.call('run', text);
        out.roundTrip.push((performance.now() - start) * 1000);
        out.inWorker.push(us);
        out.tokens.push(tokens);
      }
      window.transformer.terminate();
      return out;
    }, [transformer.messages, transformer.warmup]);

    return { check, inWorker, parts, transformer: runs };
  } finally {
    await page.close();
  }
}

