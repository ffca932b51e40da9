// The bench's look inside the guard's worker: it hosts GuardCore exactly as
// dist/worker.js does, and times what the page cannot see from outside: a
// check without the round trip, the parts of a check (features and lexicon in
// the wasm core, the model in onnxruntime-web, the decision), and the wasm heap.
import { serve } from './rpc.js';

const ORT_URL = '/node_modules/onnxruntime-web/dist/ort.wasm.min.mjs';
const assetBase = `${self.location.origin}/`;

// Every wasm memory instantiated here (the core's and onnxruntime-web's), so
// the bench can read the wasm heap: neither module exposes its memory.
const memories = new Set();
function remember(result, imports) {
  const instance = result.instance ?? result;
  for (const value of Object.values(instance.exports ?? {})) if (value instanceof WebAssembly.Memory) memories.add(value);
  for (const module of Object.values(imports ?? {})) {
    for (const value of Object.values(module ?? {})) if (value instanceof WebAssembly.Memory) memories.add(value);
  }
  return result;
}
for (const name of ['instantiate', 'instantiateStreaming']) {
  const original = WebAssembly[name];
  WebAssembly[name] = (source, imports) => original.call(WebAssembly, source, imports).then((result) => remember(result, imports));
}

let guardCore = null;
let parts = null;

const microseconds = (start) => (performance.now() - start) * 1000;

serve({
  async init() {
    const { GuardCore } = await import('/dist/guard-core.js');
    guardCore = await GuardCore.create({ assetBase, country: 'GB', languages: ['en'], timezone: 'Europe/London' });
    await guardCore.loadModel(ORT_URL, null);
    return { memories: memories.size };
  },

  /** Each check's time inside the worker, in µs. */
  async timeChecks(texts) {
    const times = [];
    for (const text of texts) {
      const start = performance.now();
      await guardCore.check(text);
      times.push(microseconds(start));
    }
    return times;
  },

  /** Checks without timing them (the memory phase). */
  async runChecks(texts, count) {
    for (let i = 0; i < count; i++) await guardCore.check(texts[i % texts.length]);
    return count;
  },

  /** The parts of a check, each in µs: features and lexicon, the model alone, the decision. */
  async timeParts(texts) {
    if (!parts) {
      const [{ HelpbridgeCore }, { Assessor }, { Classifier }, ort] = await Promise.all([
        import('/dist/core.js'), import('/dist/assessor.js'), import('/dist/classifier.js'), import(ORT_URL)]);
      const read = async (path) => new Uint8Array(await (await fetch(new URL(path, assetBase))).arrayBuffer());
      const text = async (path) => new TextDecoder().decode(await read(path));
      const core = await HelpbridgeCore.load({ assetBase });
      const assessor = Assessor.create(core, await text('models/manifest.json'));
      assessor.addLexicon(await text('locales/lexicon/en.json'));
      parts = { assessor, classifier: await Classifier.load(ort, await read('models/model.onnx')) };
    }
    const out = { prepare: [], model: [], decide: [] };
    for (const text of texts) {
      let start = performance.now();
      const ids = parts.assessor.prepare(text);
      out.prepare.push(microseconds(start));
      start = performance.now();
      // As Engine.check: the model reads the whole message, then its last sentence
      // apart when that can change the decision.
      const logits = ids.length > 0 ? await parts.classifier.run(ids) : null;
      const lastIds = logits ? parts.assessor.lastSentence(logits) : null;
      const lastLogits = lastIds && lastIds.length > 0 ? await parts.classifier.run(lastIds) : null;
      if (logits) out.model.push(microseconds(start));
      start = performance.now();
      parts.assessor.assess(logits, lastLogits, true);
      out.decide.push(microseconds(start));
    }
    return out;
  },

  /** The wasm heap: the size of each wasm memory and their sum, after a full collection. */
  memory() {
    globalThis.gc?.();
    const each = [...memories].map((memory) => memory.buffer.byteLength);
    return { wasmBytes: each.reduce((sum, bytes) => sum + bytes, 0), each };
  },
});
