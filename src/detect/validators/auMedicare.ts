import { weightedSum } from './weightedSum.ts';

/**
 * Whether 10 digits are an Australian Medicare card number: the first digit 2-6, the ninth the
 * 1-3-7-9 weighted sum of the first eight mod 10, and the tenth the card's issue number (1-9).
 */
export function isValidAuMedicare(digits: string): boolean {
  if (!/^[2-6]\d{7}\d[1-9]$/.test(digits)) return false;
  return weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(digits[8]);
}
