// The wasm core (C++ text pipeline and policy) behind a small typed wrapper:
// this file loads the module and moves bytes and JSON across; each native object
// has its own file (featurizer.ts, assessor.ts, consent.ts, ...). Every handle has a dispose().
import { readAsset, resolveAssetBase } from './assets.js';
import { CoreError } from './errors.js';

export { CoreError } from './errors.js';

/** What the Emscripten glue gives us; only the parts we use. */
export interface CoreModule {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  HEAPF32: Float32Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  _hb_last_error(): number;
  _hb_free(pointer: number): void;
  _hb_feature_version(): number;
  _hb_featurizer_create(buckets: number, out: number): number;
  _hb_featurizer_destroy(handle: number): void;
  _hb_featurize(handle: number, text: number, length: number, ids: number, count: number): number;
  _hb_featurize_explain(handle: number, text: number, length: number, json: number): number;
  _hb_assessor_create(manifest: number, length: number, out: number): number;
  _hb_assessor_destroy(handle: number): void;
  _hb_assessor_add_lexicon(handle: number, json: number, length: number): number;
  _hb_assessor_prepare(handle: number, text: number, length: number, ids: number, count: number): number;
  _hb_assessor_last_sentence(handle: number, logits: number, logitCount: number, ids: number, count: number): number;
  _hb_assessor_assess(handle: number, logits: number, count: number, lastLogits: number, lastCount: number,
    useContext: number, json: number): number;
  _hb_assessor_set_sensitivity_lowered(handle: number, lowered: number): number;
  _hb_assessor_forget_context(handle: number): number;
  _hb_assessor_info(handle: number, json: number): number;
  _hb_consent_create(config: number, configLength: number, state: number, stateLength: number, out: number): number;
  _hb_consent_destroy(handle: number): void;
  _hb_consent_handle(handle: number, event: number, length: number, out: number): number;
  _hb_consent_state(handle: number, out: number): number;
  _hb_consent_sensitivity_lowered(handle: number): number;
  _hb_directory_create(emergency: number, emergencyLength: number, topics: number, topicsLength: number,
    directory: number, directoryLength: number, out: number): number;
  _hb_directory_destroy(handle: number): void;
  _hb_directory_add_country(handle: number, json: number, length: number): number;
  _hb_directory_timezones(handle: number, country: number, out: number): number;
  _hb_directory_lookup(handle: number, query: number, length: number, out: number): number;
  _hb_directory_countries(handle: number, out: number): number;
  _hb_i18n_negotiate(requested: number, requestedLength: number, available: number, availableLength: number, out: number): number;
  _hb_i18n_guess_country(query: number, queryLength: number, zones: number, zonesLength: number, out: number): number;
  _hb_catalog_create(catalogue: number, length: number, fallback: number, fallbackLength: number, out: number): number;
  _hb_catalog_destroy(handle: number): void;
  _hb_catalog_format(handle: number, key: number, params: number, paramsLength: number, plural: number, out: number): number;
  _hb_catalog_meta(handle: number, out: number): number;
  _hb_view_build(directory: number, catalog: number, request: number, length: number, out: number): number;
  UTF8ToString(pointer: number, maxBytes?: number): string;
}

type CoreFactory = (options: Record<string, unknown>) => Promise<CoreModule>;

export interface CoreOptions {
  /**
   * The package root as a URL or path (holding dist/core/helpbridge-core.wasm).
   * Defaults to where this module is, which is right unless a bundler or CDN
   * moved the files.
   */
  assetBase?: string | URL;
}


/** UTF-16 units kept from the end of a long text before it is copied into the
 * core; the core keeps the last 4096 code points of what it gets, and 8192
 * UTF-16 units always hold at least 4096 of them. */
const MAX_COPIED_UNITS = 8192;

/** Bytes kept from the end of long raw input: the core itself reads only the
 * last 4096 * 4 bytes (src/text/limits.h), so copying more would only grow the
 * wasm heap. */
const MAX_COPIED_BYTES = 4096 * 4;

const isNode = typeof process === 'object' && typeof process?.versions?.node === 'string';

export class HelpbridgeCore {
  private scratch = 0;
  private scratchSize = 0;

  private constructor(private readonly module: CoreModule) {}

  static async load(options: CoreOptions = {}): Promise<HelpbridgeCore> {
    const base = resolveAssetBase(options.assetBase);
    const glueUrl = new URL('dist/core/helpbridge-core.mjs', base);
    const wasmUrl = new URL('dist/core/helpbridge-core.wasm', base);
    const factory = ((await import(/* @vite-ignore */ /* webpackIgnore: true */ glueUrl.href)) as { default: CoreFactory }).default;
    const moduleOptions: Record<string, unknown> = { locateFile: () => wasmUrl.href };
    if (isNode && wasmUrl.protocol === 'file:') {
      // Node's fetch() cannot read file: URLs, so hand the glue the bytes.
      moduleOptions.wasmBinary = await readAsset(wasmUrl);
    }
    return new HelpbridgeCore(await factory(moduleOptions));
  }

  get featureVersion(): number {
    return this.module._hb_feature_version();
  }

  /** @internal Calls a C function that creates a handle through an out-pointer. */
  createHandle(create: (out: number) => number): number {
    const out = this.alloc(4);
    try {
      this.check(create(out));
      return this.module.HEAPU32[out >> 2];
    } finally {
      this.module._free(out);
    }
  }

  /** @internal Copies a person's text (a string, or raw bytes that need not be
   * UTF-8) into wasm memory and runs fn on (pointer, length). Only the end of a
   * very long text is copied (the core keeps the end anyway). The buffer is reused. */
  withInput<T>(text: string | Uint8Array, fn: (pointer: number, length: number) => T): T {
    if (typeof text !== 'string' && !(text instanceof Uint8Array)) {
      throw new TypeError(`helpbridge: the text must be a string or a Uint8Array, not ${text === null ? 'null' : typeof text}`);
    }
    if (typeof text === 'string' && text.length > MAX_COPIED_UNITS) {
      let units = text.slice(-MAX_COPIED_UNITS);
      const first = units.charCodeAt(0);
      if (first >= 0xdc00 && first <= 0xdfff) units = units.slice(1); // half a surrogate pair
      text = units;
    } else if (typeof text !== 'string' && text.length > MAX_COPIED_BYTES) {
      text = text.subarray(text.length - MAX_COPIED_BYTES);
    }
    return this.withBytes(text, fn);
  }

  /** @internal Copies data (JSON from the package's files) into wasm memory, whole. */
  withBytes<T>(data: string | Uint8Array, fn: (pointer: number, length: number) => T): T {
    let length: number;
    if (typeof data === 'string') {
      this.reserve(data.length * 3);
      // encodeInto writes U+FFFD for lone surrogates, so the core always gets UTF-8.
      length = new TextEncoder().encodeInto(data, this.module.HEAPU8.subarray(this.scratch, this.scratch + this.scratchSize)).written;
    } else {
      this.reserve(data.length);
      this.module.HEAPU8.set(data, this.scratch);
      length = data.length;
    }
    return fn(this.scratch, length);
  }

  /** @internal Copies each string, NUL-terminated, into its own wasm allocation,
   * runs fn on their (pointer, length) pairs, and frees them. For data and
   * small arguments; a null string passes (0, 0). */
  withStrings<T>(strings: (string | null)[], fn: (...args: [number, number][]) => T): T {
    const encoder = new TextEncoder();
    const allocated: number[] = [];
    try {
      const args = strings.map((text): [number, number] => {
        if (text === null) return [0, 0];
        const bytes = encoder.encode(text);
        const pointer = this.alloc(bytes.length + 1);
        allocated.push(pointer);
        this.module.HEAPU8.set(bytes, pointer);
        this.module.HEAPU8[pointer + bytes.length] = 0;
        return [pointer, bytes.length];
      });
      return fn(...args);
    } finally {
      for (const pointer of allocated) this.module._free(pointer);
    }
  }

  /** @internal Calls a C function that returns a JSON string through an
   * out-pointer, checks its status, and parses and frees the string. */
  callJson<T>(call: (out: number) => number): T {
    const out = this.alloc(4);
    try {
      this.check(call(out));
      return this.takeJson<T>(this.module.HEAPU32[out >> 2]);
    } finally {
      this.module._free(out);
    }
  }

  /** @internal */
  alloc(size: number): number {
    const pointer = this.module._malloc(size);
    if (pointer === 0) throw new CoreError(4, 'out of memory in the wasm core');
    return pointer;
  }

  /** @internal Throws a CoreError for a failed hb_status. */
  check(status: number): void {
    if (status !== 0) throw new CoreError(status, this.module.UTF8ToString(this.module._hb_last_error()));
  }

  /** @internal */
  get native(): CoreModule {
    return this.module;
  }

  /** @internal Reads a JSON string the core allocated, and frees it. */
  takeJson<T>(pointer: number): T {
    try {
      return JSON.parse(this.module.UTF8ToString(pointer)) as T;
    } finally {
      this.module._hb_free(pointer);
    }
  }

  private reserve(size: number): void {
    if (size + 1 <= this.scratchSize) return;
    if (this.scratch !== 0) this.module._free(this.scratch);
    this.scratchSize = Math.max(size + 1, 1024);
    this.scratch = this.alloc(this.scratchSize);
  }
}

