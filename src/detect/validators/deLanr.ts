import { weightedSum } from './weightedSum.ts';

/**
 * Whether 9 digits are a German lebenslange Arztnummer: a 6-digit physician number, a check digit
 * (the first six weighted 4,9,4,9,4,9; 10 minus the sum mod 10), then a 2-digit specialty code.
 */
export function isValidDeLanr(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  return (10 - (weightedSum(digits, [4, 9, 4, 9, 4, 9]) % 10)) % 10 === Number(digits[6]);
}
