// The guard's Web Worker: hosts GuardCore so that loading the wasm core, the
// model and onnxruntime-web, and deciding, never block the page. It answers
// calls { id, method, args } with { id, result } or { id, error }.
import type { OrtModule } from './classifier.js';
import { GuardCore, type GuardCoreOptions } from './guard-core.js';

declare const self: DedicatedWorkerGlobalScope;

let core: GuardCore | null = null;

async function importOrt(ortUrl: string | null): Promise<OrtModule> {
  // A bundler resolves the package name; without one, the page passes a URL.
  const ort = (ortUrl ? await import(/* @vite-ignore */ /* webpackIgnore: true */ ortUrl) : await import('onnxruntime-web/wasm')) as OrtModule;
  return ort;
}

const methods: Record<string, (...args: never[]) => unknown> = {
  async init(options: GuardCoreOptions) {
    core = await GuardCore.create(options);
    return { lang: core.lang, country: core.country };
  },
  async loadModel(ortUrl: string | null, wasmPaths: string | null) {
    const ort = await importOrt(ortUrl);
    if (wasmPaths) ort.env.wasm.wasmPaths = wasmPaths;
    await core!.loadModel(ort);
    return true;
  },
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
