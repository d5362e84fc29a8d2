import { isLuhnValid } from './luhn.ts';

/**
 * Whether 10 digits are a US National Provider Identifier: starting 1 or 2, with a Luhn check over
 * the number prefixed by 80840 (its ISO 7812 issuer prefix), as CMS specifies.
 */
export function isValidUsNpi(digits: string): boolean {
  return /^[12]\d{9}$/.test(digits) && isLuhnValid(`80840${digits}`) && !/^(\d)\1{8}/.test(digits);
}
