import { isValidDeLanr } from '../validators/deLanr.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * German lifelong physician numbers (LANR): nine digits with a check digit in seventh place. One
 * random number in ten passes, so they are believed only next to a word naming them.
 */
export const deLanrRecognizer = createIdRecognizer({
  name: 'de_lanr',
  label: 'DE_LANR',
  context: contextPattern(['lanr', 'arztnummer', 'arzt-nr', 'arzt-nummer', 'lebenslange arztnummer', 'physician number', 'doctor number']),
  validate: isValidDeLanr,
  forms: [{ pattern: idPattern(DIGITS_START, String.raw`\d{9}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true }],
});
