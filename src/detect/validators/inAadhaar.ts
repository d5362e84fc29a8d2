import { isVerhoeffValid } from './verhoeff.ts';

/**
 * Whether 12 digits are an Aadhaar number: UIDAI never issues numbers starting with 0 or 1, and
 * the last digit is a Verhoeff check digit.
 */
export function isValidInAadhaar(digits: string): boolean {
  return /^[2-9]\d{11}$/.test(digits) && isVerhoeffValid(digits);
}
