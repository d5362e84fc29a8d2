import { weightedSum } from './weightedSum.ts';

/**
 * Whether 10 digits are a Korean business registration number: the first nine weighted
 * 1,3,7,1,3,7,1,3,5, plus the tens digit of the last product, and the check digit completes the
 * sum to a multiple of 10.
 */
export function isValidKrBrn(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const last = Number(digits[8]) * 5;
  const sum = weightedSum(digits, [1, 3, 7, 1, 3, 7, 1, 3, 5]) + Math.floor(last / 10);
  return (10 - (sum % 10)) % 10 === Number(digits[9]);
}
