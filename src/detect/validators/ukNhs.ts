import { isOneDigitRepeated } from './isOneDigitRepeated.ts';
import { weightedSum } from './weightedSum.ts';

/**
 * Whether 10 digits are an NHS number (England, Wales, Isle of Man): the first nine weighted 10
 * down to 2, and the tenth is 11 minus the sum mod 11 (11 becomes 0; 10 means no valid number).
 */
export function isValidUkNhs(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || isOneDigitRepeated(digits)) return false;
  const check = 11 - (weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
