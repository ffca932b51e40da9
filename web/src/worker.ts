// The guard's Web Worker: hosts GuardCore so that loading the wasm core, the
// model and onnxruntime-web, and deciding, never block the page. It answers
// calls { id, method, args } with { id, result } or { id, error }.
import { GuardCore, type GuardCoreOptions } from './guard-core.js';

declare const self: DedicatedWorkerGlobalScope;

let core: GuardCore | null = null;

const methods: Record<string, (...args: never[]) => unknown> = {
  async init(options: GuardCoreOptions) {
    core = await GuardCore.create(options);
    return { lang: core.lang, country: core.country };
  },
  loadModel: (ortUrl: string | null, wasmPaths: string | null) => core!.loadModel(ortUrl, wasmPaths),
  check: (text: string) => core!.check(text),
  send: (text: string) => core!.send(text),
  choose: (choice: Parameters<GuardCore['choose']>[0]) => core!.choose(choice),
  help: () => core!.help(),
  setCountry: (country: string) => core!.setCountry(country),
  state: () => core!.state(),
};

self.onmessage = async (event: MessageEvent<{ id: number; method: string; args: never[] }>) => {
  const { id, method, args } = event.data;
  try {
    const run = methods[method];
    if (!run) throw new Error(`unknown method ${method}`);
    if (method !== 'init' && core === null) throw new Error('the guard is not initialised');
    self.postMessage({ id, result: await run(...args) });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message ?? String(error) });
  }
};
