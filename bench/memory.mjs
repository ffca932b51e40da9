// Memory: the guard worker's wasm heap and JS heap after many checks, and
// how much they grew after the warm-up.
import { callWorker, openIdlePage, startWorker } from './bench-page.mjs';

/**
 * The worker's heaps after `early` and up to `late` checks (a fresh GuardCore
 * in the bench's probe worker, which hosts it as dist/worker.js does): the wasm
 * heap (every wasm memory: the core's and onnxruntime-web's) and the JS heap
 * (performance.measureUserAgentSpecificMemory, the worker's share), both after
 * a full garbage collection. Needs Chromium with --js-flags=--expose-gc and
 * --enable-blink-features=ForceEagerMeasureMemory.
 */
export async function measureMemory(browser, url, { messages, early, late }) {
  const page = await openIdlePage(browser, url);
  try {
    await startWorker(page, 'probe', '/bench/page/probe-worker.js');
    await callWorker(page, 'probe', 'init');
    const snapshot = async () => {
      const { wasmBytes, each } = await callWorker(page, 'probe', 'memory');
      const jsBytes = await page.evaluate(async () => {
        const { breakdown } = await performance.measureUserAgentSpecificMemory();
        return breakdown.filter((entry) => entry.attribution.some((a) => a.url.endsWith('/bench/page/probe-worker.js')))
          .reduce((sum, entry) => sum + entry.bytes, 0);
      });
      return { wasmBytes, jsBytes, each };
    };
    // Snapshots after `early` checks and at three even steps up to `late`:
    // a leak grows at every step, a warm-up settles.
    const series = [];
    let done = 0;
    for (const checks of [early, ...[1, 2, 3].map((step) => Math.round(early + ((late - early) * step) / 3))]) {
      await callWorker(page, 'probe', 'runChecks', messages, checks - done);
      done = checks;
      series.push({ checks, ...(await snapshot()) });
    }
    return { early, late, afterEarly: series[0], afterLate: series[series.length - 1], series };
  } finally {
    await page.close();
  }
}
