// Memory: the guard worker's wasm heap and JS heap after many checks, and
// how much they grew after the warm-up.
import { callWorker, openIdlePage, startWorker } from './bench-page.mjs';

/**
 * The worker's heaps after `early` and after `late` checks (a fresh GuardCore
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
      const { wasmBytes, memories } = await callWorker(page, 'probe', 'memory');
      const jsBytes = await page.evaluate(async () => {
        const { breakdown } = await performance.measureUserAgentSpecificMemory();
        return breakdown.filter((entry) => entry.attribution.some((a) => a.url.endsWith('/bench/page/probe-worker.js')))
          .reduce((sum, entry) => sum + entry.bytes, 0);
      });
      return { wasmBytes, jsBytes, memories };
    };
    await callWorker(page, 'probe', 'runChecks', messages, early);
    const afterEarly = await snapshot();
    await callWorker(page, 'probe', 'runChecks', messages, late - early);
    const afterLate = await snapshot();
    return { early, late, afterEarly, afterLate };
  } finally {
    await page.close();
  }
}
