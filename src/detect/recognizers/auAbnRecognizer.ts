import { isValidAuAbn } from '../validators/auAbn.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * Australian Business Numbers: eleven digits whose weighted sum is a multiple of 89 (one random
 * number in 89 passes), compact or printed 2-3-3-3. A sole trader's ABN identifies the person.
 */
export const auAbnRecognizer = createIdRecognizer({
  name: 'au_abn',
  label: 'AU_ABN',
  context: contextPattern(['abn', 'australian business number', 'business number']),
  validate: isValidAuAbn,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{2}([ -])\d{3}\1\d{3}\1\d{3}`, DIGITS_END), scores: ID_SCORES.strong },
    { pattern: idPattern(DIGITS_START, String.raw`\d{11}`, DIGITS_END), scores: ID_SCORES.strong, bareDigits: true },
  ],
});
