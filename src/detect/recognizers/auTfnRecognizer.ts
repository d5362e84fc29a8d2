import { isValidAuTfn } from '../validators/auTfn.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/** Australian Tax File Numbers: nine digits, mod-11 weighted check; printed 3-3-3. */
export const auTfnRecognizer = createIdRecognizer({
  name: 'au_tfn',
  label: 'AU_TFN',
  context: contextPattern(['tfn', 'tax file number', 'tax file', 'ato']),
  validate: isValidAuTfn,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{3}([ -])\d{3}\1\d{3}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{9}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
