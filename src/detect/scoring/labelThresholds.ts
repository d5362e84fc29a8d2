/**
 * The lowest score a finding needs to be reported: one number for every label, or per label with a
 * `default` for the rest, e.g. `{ default: 0.5, PHONE: 0.6 }`. Labels are plain strings, so a label
 * added later can get its own threshold without a code change. (Labels are upper case, so `default`
 * cannot collide with one.)
 */
export type MinScore = number | Readonly<Record<string, number>>;

/** The threshold for a label. */
export type ThresholdFor = (label: string) => number;

/**
 * Checks `minScore` once, up front (a threshold outside 0..1 is a configuration mistake that would
 * otherwise silently report everything or nothing), and returns the lookup. `fallback` applies
 * when `minScore` is a record without `default`.
 */
export function createThresholds(minScore: MinScore, fallback: number): ThresholdFor {
  if (typeof minScore === 'number') {
    const threshold = checked('minScore', minScore);
    return () => threshold;
  }
  const byLabel = new Map<string, number>();
  for (const [label, value] of Object.entries(minScore)) byLabel.set(label, checked(`minScore.${label}`, value));
  const otherwise = byLabel.get('default') ?? checked('the default minScore', fallback);
  return (label) => byLabel.get(label) ?? otherwise;
}

function checked(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be a number from 0 to 1, got ${value}`);
  }
  return value;
}
