import { weightedSum } from './weightedSum.ts';

/**
 * Whether 11 digits are an Australian Business Number: subtract 1 from the first digit, weigh the
 * digits 10, 1, 3, 5, ..., 19, and the sum must be a multiple of 89 (one random number in 89
 * passes). The first digit cannot be 0 (it would go negative).
 */
export function isValidAuAbn(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const adjusted = String(Number(digits[0]) - 1) + digits.slice(1);
  return weightedSum(adjusted, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
}
