import { isOneDigitRepeated } from './isOneDigitRepeated.ts';
import { weightedSum } from './weightedSum.ts';

/**
 * Whether 9 digits are an Australian Tax File Number: weights 1,4,3,7,5,8,6,9,10, sum mod 11 is 0.
 * Numbers starting 000 are not allocated (while early company numbers, ACNs, do start that way).
 */
export function isValidAuTfn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits.startsWith('000') || isOneDigitRepeated(digits)) return false;
  return weightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}
