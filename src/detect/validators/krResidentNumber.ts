import { isCalendarDate } from './calendarDate.ts';
import { weightedSum } from './weightedSum.ts';

/** What the seventh digit says: who holds the number, and the century of birth. */
const HOLDER: Readonly<Record<string, { kind: 'RRN' | 'FRN'; century: number }>> = {
  '9': { kind: 'RRN', century: 1800 }, '0': { kind: 'RRN', century: 1800 },
  '1': { kind: 'RRN', century: 1900 }, '2': { kind: 'RRN', century: 1900 },
  '3': { kind: 'RRN', century: 2000 }, '4': { kind: 'RRN', century: 2000 },
  '5': { kind: 'FRN', century: 1900 }, '6': { kind: 'FRN', century: 1900 },
  '7': { kind: 'FRN', century: 2000 }, '8': { kind: 'FRN', century: 2000 },
};

export interface KrResidentNumber {
  /** Resident registration number (citizens) or foreigner registration number. */
  kind: 'RRN' | 'FRN';
  /**
   * Whether the last digit is the pre-October-2020 check digit. Numbers issued since then end in
   * random digits, so a failed check does not make a number invalid, only less certain.
   */
  checksumValid: boolean;
}

/**
 * Reads 13 digits as a Korean resident (RRN) or foreigner (FRN) registration number: a real birth
 * date (YYMMDD, century from the seventh digit) is required; the check digit is reported, not
 * required. The 1800s codes 9 and 0 are left out: nobody holding one is alive.
 */
export function readKrResidentNumber(digits: string): KrResidentNumber | undefined {
  if (!/^\d{13}$/.test(digits)) return undefined;
  const holder = HOLDER[digits.charAt(6)];
  if (!holder || holder.century === 1800) return undefined;
  const year = holder.century + Number(digits.slice(0, 2));
  if (!isCalendarDate(year, Number(digits.slice(2, 4)), Number(digits.slice(4, 6)))) return undefined;
  const sum = weightedSum(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
  // The foreigner number's check digit is offset by 2.
  const check = ((holder.kind === 'RRN' ? 11 : 13) - (sum % 11)) % 10;
  return { kind: holder.kind, checksumValid: check === Number(digits[12]) };
}
