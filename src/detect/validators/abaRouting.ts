import { isOneDigitRepeated } from './isOneDigitRepeated.ts';
import { weightedSum } from './weightedSum.ts';

/**
 * Federal Reserve routing symbols the first two digits may take: 00-12 (banks), 21-32 (thrifts),
 * 61-72 (electronic) and 80 (traveller's cheques). Everything else is unassigned.
 */
const PREFIX = /^(?:0\d|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)/;

/**
 * Whether nine digits are an ABA routing transit number: a valid Federal Reserve prefix and the
 * 3-7-1 weighted checksum (the sum is a multiple of 10). Not one digit repeated.
 */
export function isValidAbaRouting(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || !PREFIX.test(digits) || isOneDigitRepeated(digits)) return false;
  return weightedSum(digits, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;
}
