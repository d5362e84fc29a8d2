import { isValidUkNhs } from '../validators/ukNhs.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * NHS numbers: ten digits with the mod-11 check, printed 3-3-4. The printed grouping is believed on
 * its own; ten bare digits (every epoch timestamp) only with an NHS word nearby.
 */
export const ukNhsRecognizer = createIdRecognizer({
  name: 'uk_nhs',
  label: 'UK_NHS',
  context: contextPattern(['nhs', 'nhs number', 'nhs no', 'national health', 'health service', 'patient number', 'chi number']),
  validate: isValidUkNhs,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{3}([ -])\d{3}\1\d{4}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{10}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
