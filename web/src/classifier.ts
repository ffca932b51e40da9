// The crisis classifier: models/model.onnx run by onnxruntime-web's WASM
// backend on one thread (threads would need cross-origin isolation, which a
// widget cannot impose on its host page).
import type * as Ort from 'onnxruntime-web';

export type OrtModule = typeof Ort;

export class Classifier {
  private constructor(private readonly ort: OrtModule, private readonly session: Ort.InferenceSession) {}

  /** ort: the onnxruntime-web module (injected, so each environment imports it its own way). */
  static async load(ort: OrtModule, model: Uint8Array): Promise<Classifier> {
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    const session = await ort.InferenceSession.create(model, {
      executionProviders: ['wasm'],
      graphOptimizationLevel: 'all',
    });
    return new Classifier(ort, session);
  }

  /** Logits for one message's feature ids (at least one id). */
  async run(ids: Int32Array): Promise<Float32Array> {
    const input = new this.ort.Tensor('int32', ids, [ids.length]);
    const output = await this.session.run({ ids: input });
    return output.logits.data as Float32Array;
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}
