import { isLuhnValid } from './luhn.ts';

/**
 * Whether 11 digits are an Italian partita IVA: a 7-digit company number (not all zeros), the code
 * of the provincial tax office that issued it (001-100, or the special offices 120, 121, 888,
 * 999), and a Luhn check digit. About one random number in a hundred passes.
 */
export function isValidItVatCode(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || digits.startsWith('0000000')) return false;
  const office = digits.slice(7, 10);
  const knownOffice = (office >= '001' && office <= '100') || SPECIAL_OFFICES.has(office);
  return knownOffice && isLuhnValid(digits);
}

const SPECIAL_OFFICES: ReadonlySet<string> = new Set(['120', '121', '888', '999']);
