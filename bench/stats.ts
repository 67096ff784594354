/** The latency figures the benchmark reports. */

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/**
 * The nearest-rank percentile: the smallest value with at least `p` percent of the values at or
 * below it. No interpolation, so every figure reported is a latency that was actually measured.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: p must be in (0, 100], got ${p}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(rank, 1) - 1]!;
}

export function summarize(values: readonly number[]): LatencySummary {
  const total = values.reduce((sum, v) => sum + v, 0);
  return {
    count: values.length,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    mean: values.length === 0 ? Number.NaN : total / values.length,
    max: values.reduce((m, v) => (m > v ? m : v), values.length === 0 ? Number.NaN : -Infinity),
  };
}
