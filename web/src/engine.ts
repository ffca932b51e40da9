// One message's way through helpbridge, without any UI: text -> features and
// lexicon (wasm core) -> model (onnxruntime-web) -> decision (wasm core). The
// command line and the Worker both run this; nothing here touches the network
// except reading the package's own files.
import { Assessor, type Decision } from './assessor.js';
import { readAsset, readTextAsset, resolveAssetBase } from './assets.js';
import { Classifier, type OrtModule } from './classifier.js';
import { HelpbridgeCore } from './core.js';

export interface EngineOptions {
  /** The package root (see HelpbridgeCore); defaults to this module's package. */
  assetBase?: string | URL;
  /** Languages whose explicit-phrase lexicons to load (always with English). Default: all shipped. */
  lexiconLanguages?: string[];
  /** The onnxruntime-web module; null to run on the lexicon alone. */
  ort: OrtModule | null;
  /** A core already loaded (the guard shares its own), instead of loading another. */
  core?: HelpbridgeCore;
}

export interface LocaleIndex {
  messages: string[];
  lexicons: string[];
  helplines: string[];
}

export class Engine {
  /** The last check in flight: checks run one after another (see check()). */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly core: HelpbridgeCore,
    private readonly assessor: Assessor,
    private classifier: Classifier | null,
  ) {}

  static async load(options: EngineOptions): Promise<Engine> {
    const base = resolveAssetBase(options.assetBase);
    const core = options.core ?? await HelpbridgeCore.load({ assetBase: base });
    const manifest = await readTextAsset(new URL('models/manifest.json', base));
    const assessor = Assessor.create(core, manifest);
    try {
      const index = JSON.parse(await readTextAsset(new URL('locales/index.json', base))) as LocaleIndex;
      const wanted = new Set(options.lexiconLanguages ?? index.lexicons);
      wanted.add('en');
      for (const lang of index.lexicons.filter((l) => wanted.has(l))) {
        assessor.addLexicon(await readTextAsset(new URL(`locales/lexicon/${lang}.json`, base)));
      }
      const classifier = options.ort
        ? await Classifier.load(options.ort, await readAsset(new URL('models/model.onnx', base)))
        : null;
      return new Engine(core, assessor, classifier);
    } catch (error) {
      assessor.dispose();
      throw error;
    }
  }

  /** Loads the model later (the lexicon decides until then). */
  async loadModel(ort: OrtModule, assetBase?: string | URL): Promise<void> {
    const base = resolveAssetBase(assetBase);
    this.classifier = await Classifier.load(ort, await readAsset(new URL('models/model.onnx', base)));
  }

  get modelLoaded(): boolean {
    return this.classifier !== null;
  }

  /** Decides one message. useContext: weigh the conversation's recent messages.
   * Checks fired without awaiting run in order, one at a time: the assessor
   * holds the prepared message across the model's await, and the context must
   * see the messages in the order they were written. */
  check(text: string | Uint8Array, useContext = true): Promise<Decision> {
    const decision = this.queue.then(() => this.decide(text, useContext));
    this.queue = decision.catch(() => undefined);
    return decision;
  }

  private async decide(text: string | Uint8Array, useContext: boolean): Promise<Decision> {
    const ids = this.assessor.prepare(text);
    // A message without features (empty, only symbols) has nothing for the model.
    const logits = this.classifier && ids.length > 0 ? await this.classifier.run(ids) : null;
    const lastSentenceIds = logits ? this.assessor.lastSentence(logits) : null;
    const lastSentenceLogits = this.classifier && lastSentenceIds && lastSentenceIds.length > 0
      ? await this.classifier.run(lastSentenceIds)
      : null;
    return this.assessor.assess(logits, lastSentenceLogits, useContext);
  }

  setSensitivityLowered(lowered: boolean): void {
    this.assessor.setSensitivityLowered(lowered);
  }

  forgetContext(): void {
    this.assessor.forgetContext();
  }

  async dispose(): Promise<void> {
    this.assessor.dispose();
    await this.classifier?.dispose();
  }
}
