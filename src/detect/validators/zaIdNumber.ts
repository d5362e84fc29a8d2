import { isCalendarDate } from './calendarDate.ts';
import { isLuhnValid } from './luhn.ts';

/**
 * Whether 13 digits are a South African identity number: a birth date YYMMDD that exists in the
 * 1900s or 2000s, a 4-digit sequence, a citizenship digit (0 citizen, 1 permanent resident, 2
 * refugee), a digit, and a Luhn check digit.
 */
export function isValidZaIdNumber(digits: string): boolean {
  if (!/^\d{10}[012]\d{2}$/.test(digits)) return false;
  const yy = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (!isCalendarDate(1900 + yy, month, day) && !isCalendarDate(2000 + yy, month, day)) return false;
  return isLuhnValid(digits);
}
