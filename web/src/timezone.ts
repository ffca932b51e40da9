/** The IANA time zone asked for, else this thread's. The guard leaves it to the
 * worker: the first Intl.DateTimeFormat() of a page loads time-zone data and
 * takes ~20 ms, too long for the main thread (docs/BENCHMARKS.md). */
export function localTimezone(asked?: string): string {
  return asked ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
