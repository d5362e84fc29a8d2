import { weightedSum } from './weightedSum.ts';

/**
 * Whether 9 digits are an Australian Company Number: weights 8 down to 1 on the first eight, and
 * the ninth is the complement of the sum mod 10.
 */
export function isValidAuAcn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const check = (10 - (weightedSum(digits, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10;
  return check === Number(digits[8]);
}
