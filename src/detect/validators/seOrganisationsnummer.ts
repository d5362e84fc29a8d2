import { isLuhnValid } from './luhn.ts';

/**
 * Whether 10 digits are a Swedish organisationsnummer: the third digit is 2 or more (so the number
 * can never be read as a birth date, which is how it differs from a personnummer) and the Luhn
 * check holds.
 */
export function isValidSeOrganisationsnummer(digits: string): boolean {
  return /^\d{2}[2-9]\d{7}$/.test(digits) && isLuhnValid(digits);
}
