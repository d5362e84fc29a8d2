import { isCalendarDate } from './calendarDate.ts';
import { weightedSum } from './weightedSum.ts';

/**
 * Read once when the module loads, so a running detector gives the same answer for the same text
 * (recognizers are pure); it moves on at the next restart.
 */
const CURRENT_YEAR = new Date().getUTCFullYear();

/**
 * Whether 11 digits are a Polish PESEL of someone alive: a birth date from 1900 up to `currentYear`
 * (the month carries the century: +0 for the 1900s, +20 for the 2000s; the 1800s, 2100s and 2200s
 * offsets are left out) and a check digit from weights 1,3,7,9,1,3,7,9,1,3. Each date rule halves
 * the share of random numbers that pass.
 */
export function isValidPlPesel(digits: string, currentYear: number = CURRENT_YEAR): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const yy = Number(digits.slice(0, 2));
  const encodedMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (encodedMonth > 32) return false;
  const year = (encodedMonth > 20 ? 2000 : 1900) + yy;
  if (year > currentYear || !isCalendarDate(year, encodedMonth % 20, day)) return false;
  const check = (10 - (weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return check === Number(digits[10]);
}
