// The C++ message assessor through the C API (src/bindings/hb_assessor.h):
// features and lexicon before the model runs, the decision after.
import type { HelpbridgeCore } from './core.js';
import { NativeObject } from './native-object.js';
import type { Category, Level } from './view-model.js';

export interface Decision {
  level: Level;
  category: Category | null;
  /** 'model' once the classifier runs; 'lexicon' while it loads or if it failed. */
  source: 'model' | 'lexicon';
  /** Raised by the recent messages rather than this one alone. */
  from_context: boolean;
  /** Raised by the message's last sentence read apart (a calm paragraph before it diluted the whole). */
  from_last_sentence: boolean;
  /** Calibrated probabilities per class (all 0 when the lexicon decided). */
  probabilities: Record<'no_crisis' | Category, number>;
  urgency: number;
}

export class Assessor extends NativeObject {
  /** Two words the C calls write their outputs to, kept for the handle's life (the hot path allocates nothing). */
  private readonly out: number;

  private constructor(core: HelpbridgeCore, handle: number) {
    const out = core.alloc(8);
    super(core, handle, (h) => {
      core.native._hb_assessor_destroy(h);
      core.native._free(out);
    });
    this.out = out;
  }

  /** @throws CoreError with status 3 (HB_ERROR_VERSION_MISMATCH) for a model built on other features. */
  static create(core: HelpbridgeCore, manifestJson: string): Assessor {
    const handle = core.withBytes(manifestJson, (pointer, length) =>
      core.createHandle((out) => core.native._hb_assessor_create(pointer, length, out)));
    return new Assessor(core, handle);
  }

  addLexicon(lexiconJson: string): void {
    this.core.withBytes(lexiconJson, (pointer, length) =>
      this.core.check(this.core.native._hb_assessor_add_lexicon(this.live, pointer, length)));
  }

  /** The message's feature ids for the model (a fresh Int32Array: ids are < 2^31). */
  prepare(text: string | Uint8Array): Int32Array {
    return this.core.withInput(text, (pointer, length) => {
      this.core.check(this.core.native._hb_assessor_prepare(this.live, pointer, length, this.out, this.out + 4));
      return this.borrowedIds();
    });
  }

  /** The feature ids of the prepared message's last sentence, for the model to
   * read too, given its logits on the whole message; empty when the end cannot
   * change the decision (one sentence, or the whole is flagged already). */
  lastSentence(logits: Float32Array): Int32Array {
    const pointer = this.copyIn(logits);
    try {
      this.core.check(this.core.native._hb_assessor_last_sentence(this.live, pointer, logits.length, this.out,
        this.out + 4));
      return this.borrowedIds();
    } finally {
      this.core.native._free(pointer);
    }
  }

  /** The decision for the prepared message. logits: the model on its ids, null
   * without a model; lastSentenceLogits: the model on its last sentence, or null. */
  assess(logits: Float32Array | null, lastSentenceLogits: Float32Array | null, useContext: boolean): Decision {
    const native = this.core.native;
    const pointer = logits ? this.copyIn(logits) : 0;
    const lastPointer = lastSentenceLogits ? this.copyIn(lastSentenceLogits) : 0;
    try {
      this.core.check(native._hb_assessor_assess(this.live, pointer, logits?.length ?? 0, lastPointer,
        lastSentenceLogits?.length ?? 0, useContext ? 1 : 0, this.out));
      return this.core.takeJson<Decision>(native.HEAPU32[this.out >> 2]);
    } finally {
      if (pointer) native._free(pointer);
      if (lastPointer) native._free(lastPointer);
    }
  }

  /** A copy of the ids a C call left in out (pointer, count). */
  private borrowedIds(): Int32Array {
    const heap = this.core.native.HEAPU32;
    const ids = heap[this.out >> 2];
    const count = heap[(this.out + 4) >> 2];
    return new Int32Array(heap.buffer.slice(ids, ids + count * 4));
  }

  private copyIn(values: Float32Array): number {
    const pointer = this.core.alloc(values.length * 4);
    this.core.native.HEAPF32.set(values, pointer >> 2);
    return pointer;
  }

  setSensitivityLowered(lowered: boolean): void {
    this.core.check(this.core.native._hb_assessor_set_sensitivity_lowered(this.live, lowered ? 1 : 0));
  }

  forgetContext(): void {
    this.core.check(this.core.native._hb_assessor_forget_context(this.live));
  }

  info(): { feature_version: number; buckets: number; outputs: number; lexicon_entries: number } {
    this.core.check(this.core.native._hb_assessor_info(this.live, this.out));
    return this.core.takeJson(this.core.native.HEAPU32[this.out >> 2]);
  }
}
