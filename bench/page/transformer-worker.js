// The comparison: a MiniLM-sized transformer (bench/make_transformer.py) run
// by onnxruntime-web exactly as helpbridge runs its model (wasm, one thread),
// on the same messages tokenised by bench/tokenizer.mjs.
import { tokenize } from '/bench/tokenizer.mjs';
import { serve } from './rpc.js';

let ort = null;
let session = null;

serve({
  async load(modelUrl) {
    ort = await import('/node_modules/onnxruntime-web/dist/ort.wasm.min.mjs');
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    session = await ort.InferenceSession.create(modelUrl, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
    return true;
  },

  /** One message: tokenise and run; the time inside the worker in µs, and the tokens. */
  async run(text) {
    const start = performance.now();
    const ids = tokenize(text);
    await session.run({ input_ids: new ort.Tensor('int64', ids, [1, ids.length]) });
    return { us: (performance.now() - start) * 1000, tokens: ids.length };
  },
});
