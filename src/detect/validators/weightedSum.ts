/**
 * The sum of each digit times its weight, left to right: the core of most national-id checksums
 * (TFN, ACN, NHS, PESEL, ...), which differ only in weights and in what they do with the sum.
 * `digits` must be ASCII digits and at least as long as `weights`; extra digits are ignored.
 */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum;
}
