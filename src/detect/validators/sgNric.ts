import { weightedSum } from './weightedSum.ts';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2];

/** Check letters indexed by the remainder, per prefix. */
const CHECK_LETTERS: Readonly<Record<string, string>> = {
  S: 'JZIHGFEDCBA',
  T: 'JZIHGFEDCBA',
  F: 'XWUTRQPNMLK',
  G: 'XWUTRQPNMLK',
  M: 'XWUTRQPNJLK',
};

/** What each prefix adds to the weighted sum before the remainder is taken. */
const OFFSET: Readonly<Record<string, number>> = { S: 0, T: 4, F: 0, G: 4, M: 3 };

/**
 * Whether a Singapore NRIC (S, T: citizens and permanent residents) or FIN (F, G, M: foreigners)
 * has the right check letter: the 7 digits weighted 2,7,6,5,4,3,2, plus the prefix's offset, mod
 * 11. Upper case, 9 characters.
 */
export function isValidSgNricFin(compact: string): boolean {
  const match = /^([STFGM])(\d{7})([A-Z])$/.exec(compact);
  if (!match) return false;
  const [, prefix = '', digits = '', letter = ''] = match;
  const remainder = (weightedSum(digits, WEIGHTS) + (OFFSET[prefix] ?? 0)) % 11;
  return CHECK_LETTERS[prefix]?.charAt(remainder) === letter;
}
