// The bench serves the repository with the demo's server, plus its own page
// (bench/) and the transformer it generates (build/bench/), with two headers:
// - cross-origin isolation (COOP + COEP): Chromium then gives performance.now()
//   a 5 µs resolution instead of 100 µs, which a 0.3 ms target needs, and
//   offers performance.measureUserAgentSpecificMemory() for the JS heaps. It
//   changes no code path: helpbridge and the transformer run on one thread either way.
// - cache-control: max-age=3600 instead of the demo's no-cache, so a repeat
//   visit reads its files from the HTTP cache without asking the server.
import { startServer } from '../demo/server.mjs';

export const CACHE_CONTROL = 'max-age=3600';

export function startBenchServer() {
  return startServer({
    folders: ['/bench/', '/build/bench/'],
    headers: () => ({
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': CACHE_CONTROL,
    }),
  });
}
