// The one error type of the native core.

/** A failure reported by the native core, with its hb_status code. */
export class CoreError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'CoreError';
  }
}
