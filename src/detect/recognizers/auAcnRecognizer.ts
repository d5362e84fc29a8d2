import { isValidAuAcn } from '../validators/auAcn.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/** Australian Company Numbers: nine digits with a mod-10 weighted check; printed 3-3-3. */
export const auAcnRecognizer = createIdRecognizer({
  name: 'au_acn',
  label: 'AU_ACN',
  context: contextPattern(['acn', 'australian company number', 'company number']),
  validate: isValidAuAcn,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{3}([ -])\d{3}\1\d{3}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{9}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
