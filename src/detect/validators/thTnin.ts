import { weightedSum } from './weightedSum.ts';

/**
 * Whether 13 digits are a Thai national id number: the first digit (the holder's category) 1-8,
 * the next two a province code that exists (ISO 3166-2:TH: 10-27, 30-49, 50-58, 60-67, 70-77,
 * 80-86, 90-96), and the last digit (11 - sum mod 11) mod 10 of the first twelve weighted 13 down
 * to 2.
 */
export function isValidThTnin(digits: string): boolean {
  if (!/^[1-8](?:[134]\d|2[0-7]|5[0-8]|[67][0-7]|8[0-6]|9[0-6])\d{10}$/.test(digits)) return false;
  const sum = weightedSum(digits, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}
