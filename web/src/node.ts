// helpbridge in Node (servers, tools, tests, the command line): the same wasm
// core, lexicon and model as the browser, without any DOM. Pages import the
// browser entry (index.ts) instead; package.json's exports pick one or the other.
import type { OrtModule } from './classifier.js';
import { Engine } from './engine.js';

export { Engine } from './engine.js';
export type { EngineOptions } from './engine.js';
export type { Decision } from './assessor.js';
export type { Category, Level } from './view-model.js';
export { CoreError } from './errors.js';
export { evaluate, LABELS } from './evaluation.js';
export type { EvaluationResult, Judge } from './evaluation.js';
export { copyRuntimeFiles, RUNTIME_FILES } from './runtime-files.js';

export interface CreateEngineOptions {
  /** The package root (holding dist/, models/, locales/); defaults to this package. */
  assetBase?: string | URL;
  /** Languages whose explicit-phrase lexicons to load (English always). Default: all shipped. */
  lexiconLanguages?: string[];
  /** false: decide on the lexicon alone, without loading onnxruntime-web and the model. */
  model?: boolean;
}

/**
 * Loads an engine: `await (await createEngine()).check(text, false)` decides one
 * message on its own (true weighs the engine's recent messages). Call
 * dispose() when done.
 */
export async function createEngine(options: CreateEngineOptions = {}): Promise<Engine> {
  let ort: OrtModule | null = null;
  if (options.model !== false) {
    ort = (await import('onnxruntime-web')) as OrtModule;
    ort.env.logLevel = 'error';
  }
  return Engine.load({ assetBase: options.assetBase, lexiconLanguages: options.lexiconLanguages, ort });
}
