// What every wrapper of a native handle shares: the handle, a guard against
// use after dispose(), and the one destroy call.
import type { HelpbridgeCore } from './core.js';
import { CoreError } from './errors.js';

export abstract class NativeObject {
  private pointer: number;

  protected constructor(protected readonly core: HelpbridgeCore, handle: number, private readonly destroy: (handle: number) => void) {
    this.pointer = handle;
  }

  /** Frees the native object; later calls throw. Calling it twice is harmless. */
  dispose(): void {
    if (this.pointer === 0) return;
    this.destroy(this.pointer);
    this.pointer = 0;
  }

  /** @internal The handle, or a CoreError after dispose(). */
  get live(): number {
    if (this.pointer === 0) throw new CoreError(1, `this ${this.constructor.name} was disposed`);
    return this.pointer;
  }
}
