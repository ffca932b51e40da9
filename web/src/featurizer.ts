// The C++ featurizer through the C API (src/bindings/hb_featurizer.h).
import type { HelpbridgeCore } from './core.js';
import { CoreError } from './errors.js';
import { NativeObject } from './native-object.js';

export interface FeatureExplanation {
  normalized: string;
  features: string[];
  ids: number[];
}

/** The C++ featurizer: text to hashed feature ids, exactly as natively. */
export class Featurizer extends NativeObject {
  /** Two words the C calls write their outputs to, kept for the handle's life (the hot path allocates nothing). */
  private readonly out: number;

  private constructor(core: HelpbridgeCore, handle: number) {
    const out = core.alloc(8);
    super(core, handle, (h) => {
      core.native._hb_featurizer_destroy(h);
      core.native._free(out);
    });
    this.out = out;
  }

  /** A featurizer with the model's number of buckets (see the manifest). */
  static create(core: HelpbridgeCore, buckets: number): Featurizer {
    if (!Number.isInteger(buckets) || buckets <= 0 || buckets > 0xffffffff) {
      throw new CoreError(1, `buckets must be a positive 32-bit integer, not ${buckets}`);
    }
    return new Featurizer(core, core.createHandle((out) => core.native._hb_featurizer_create(buckets, out)));
  }

  /** Feature ids; a fresh array owned by the caller. */
  featurize(text: string | Uint8Array): Uint32Array {
    const native = this.core.native;
    return this.core.withInput(text, (pointer, length) => {
      this.core.check(native._hb_featurize(this.live, pointer, length, this.out, this.out + 4));
      const ids = native.HEAPU32[this.out >> 2];
      const count = native.HEAPU32[(this.out + 4) >> 2];
      return native.HEAPU32.slice(ids >> 2, (ids >> 2) + count);
    });
  }

  /** The normalised text and readable features (for tools and the demo). */
  explain(text: string | Uint8Array): FeatureExplanation {
    const native = this.core.native;
    return this.core.withInput(text, (pointer, length) => {
      this.core.check(native._hb_featurize_explain(this.live, pointer, length, this.out));
      return this.core.takeJson<FeatureExplanation>(native.HEAPU32[this.out >> 2]);
    });
  }
}
