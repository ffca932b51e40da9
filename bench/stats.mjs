// Summaries of timings: nearest-rank percentiles, so a reported p99 is a time
// one of the messages really took.

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (value, digits = 1) => Number(value.toFixed(digits));

/** { p50, p90, p99, max, mean, n } of the values, rounded to 0.1. */
export function summarize(values) {
  const sorted = Float64Array.from(values).sort();
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1]),
    mean: round(mean),
    n: sorted.length,
  };
}

export function median(values) {
  return percentile(Float64Array.from(values).sort(), 50);
}
