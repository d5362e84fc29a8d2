import { isValidPlPesel } from '../validators/plPesel.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * Polish PESEL numbers: a birth date whose month carries the century, and a check digit. About one
 * random 11-digit number in ninety has both, so a bare one is believed.
 */
export const plPeselRecognizer = createIdRecognizer({
  name: 'pl_pesel',
  label: 'PL_PESEL',
  context: contextPattern(['pesel', 'numer pesel', 'nr pesel', 'polish id']),
  validate: (compact) => isValidPlPesel(compact),
  forms: [{ pattern: idPattern(DIGITS_START, String.raw`\d{11}`, DIGITS_END), scores: ID_SCORES.strong, bareDigits: true }],
});
