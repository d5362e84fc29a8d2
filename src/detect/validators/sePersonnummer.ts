import { isCalendarDate } from './calendarDate.ts';
import { isLuhnValid } from './luhn.ts';

/**
 * Whether digits (10: YYMMDDNNNC, or 12: CCYYMMDDNNNC; separators removed) are a Swedish
 * personnummer or samordningsnummer (day + 60): a real date and a Luhn check over the last ten.
 * Ten-digit numbers get the century that makes the date valid; twelve-digit ones must start 18-20.
 */
export function isValidSePersonnummer(digits: string): boolean {
  if (!/^(?:1[89]|20)?\d{10}$/.test(digits)) return false;
  const ten = digits.slice(-10);
  const month = Number(ten.slice(2, 4));
  let day = Number(ten.slice(4, 6));
  if (day > 60) day -= 60;
  const years = digits.length === 12 ? [Number(digits.slice(0, 4))] : [1900, 2000].map((c) => c + Number(ten.slice(0, 2)));
  if (!years.some((year) => isCalendarDate(year, month, day))) return false;
  return isLuhnValid(ten);
}
