import { weightedSum } from './weightedSum.ts';

/**
 * Read once when the module loads, so a running detector gives the same answer for the same text
 * (recognizers are pure); it moves on at the next restart.
 */
const CURRENT_YEAR = new Date().getUTCFullYear();

/** Entity type codes of the T/S/R-prefixed UENs (ACRA's list). */
const ENTITY_TYPES = new Set([
  'LP', 'LL', 'FC', 'PF', 'RF', 'MQ', 'MM', 'NB', 'CC', 'CS', 'MB', 'FM', 'GS', 'DP', 'CP', 'NR', 'CM',
  'CD', 'MD', 'HS', 'VH', 'CH', 'MH', 'CL', 'XL', 'CX', 'HC', 'RP', 'TU', 'TC', 'FB', 'FN', 'PA', 'PB',
  'SS', 'MC', 'SM', 'GA', 'GB',
]);
const FORMAT_C_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWX0123456789';

/**
 * Whether an upper-case Singapore Unique Entity Number has the right check letter, in each of its
 * three formats: 8 digits and a letter (businesses), 9 digits and a letter (local companies; the
 * first four are the year of registration) and T/S/R, 2 digits, an entity type, 4 digits and a
 * letter (other entities).
 */
export function isValidSgUen(uen: string, currentYear: number = CURRENT_YEAR): boolean {
  if (/^\d{8}[A-Z]$/.test(uen)) {
    return 'XMKECAWLJDB'.charAt(weightedSum(uen, [10, 4, 9, 3, 8, 2, 7, 1]) % 11) === uen.charAt(8);
  }
  if (/^\d{9}[A-Z]$/.test(uen)) {
    if (Number(uen.slice(0, 4)) > currentYear) return false;
    return 'ZKCMDNERGWH'.charAt(weightedSum(uen, [10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11) === uen.charAt(9);
  }
  if (/^[TSR]\d{2}[A-Z]{2}\d{4}[A-Z]$/.test(uen)) {
    if (!ENTITY_TYPES.has(uen.slice(3, 5))) return false;
    const weights = [4, 3, 5, 3, 10, 2, 2, 5, 7];
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += FORMAT_C_ALPHABET.indexOf(uen.charAt(i)) * (weights[i] ?? 0);
    return FORMAT_C_ALPHABET.charAt((((sum - 5) % 11) + 11) % 11) === uen.charAt(9);
  }
  return false;
}
