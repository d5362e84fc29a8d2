import { isLuhnValid } from './luhn.ts';
import { isOneDigitRepeated } from './isOneDigitRepeated.ts';

/**
 * Whether 9 digits are a Canadian Social Insurance Number: Luhn-valid, and the first digit is a
 * province code or 9 (temporary residents); 0 is unused and 8 is for business numbers.
 */
export function isValidCaSin(digits: string): boolean {
  if (!/^[1-79]\d{8}$/.test(digits) || isOneDigitRepeated(digits)) return false;
  return isLuhnValid(digits);
}
