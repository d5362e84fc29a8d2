import { isValidAuMedicare } from '../validators/auMedicare.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/** Australian Medicare card numbers: ten digits with a check digit and issue number; printed 4-5-1. */
export const auMedicareRecognizer = createIdRecognizer({
  name: 'au_medicare',
  label: 'AU_MEDICARE',
  context: contextPattern(['medicare', 'medicare card', 'medicare number']),
  validate: isValidAuMedicare,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{4}([ -])\d{5}\1\d`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{10}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
