import { isCalendarDate } from './calendarDate.ts';

/** The century each separator stands for (the 2023 reform added Y-U and B-F beside - and A). */
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

/** Check characters by remainder mod 31: digits, then letters without G, I, O, Q, Z. */
const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * Whether a Finnish henkilötunnus (DDMMYY, century sign, 3-digit individual number, check
 * character; upper case) is a real date with the right check character: the nine digits mod 31.
 */
export function isValidFiPersonalIdentityCode(code: string): boolean {
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(code);
  if (!match) return false;
  const [, dd = '', mm = '', yy = '', sign = '', individual = '', check = ''] = match;
  const century = CENTURY[sign];
  if (century === undefined || !isCalendarDate(century + Number(yy), Number(mm), Number(dd))) return false;
  // 000 and 001 are never assigned.
  if (Number(individual) < 2) return false;
  return CHECK.charAt(Number(`${dd}${mm}${yy}${individual}`) % 31) === check;
}
