/**
 * The few statistics the benchmark reports: percentiles of one run's samples (nearest rank, no
 * interpolation, so a reported p99 is a latency that really happened) and min/median/max across
 * runs.
 */

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface LatencySummary {
  /** How many samples the percentiles come from; a p99 of 20 samples is simply the slowest one. */
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of `values` (need not be sorted); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export function latencySummary(values: readonly number[]): LatencySummary {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: values.length === 0 ? Number.NaN : Math.max(...values),
  };
}

/** Min, median (the middle run; the mean of the two middle ones for an even count) and max. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { min: Number.NaN, median: Number.NaN, max: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { min: sorted[0] ?? Number.NaN, median, max: sorted[sorted.length - 1] ?? Number.NaN };
}

/** `1,234` for rates, `12.3` for small latencies, `—` for a value that was not measured. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Whole numbers as counts: `1,200`, `60`. */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—';
}

export function formatSpread(s: Spread): string {
  return `${formatNumber(s.min)} / ${formatNumber(s.median)} / ${formatNumber(s.max)}`;
}
