import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * US passport numbers: 9 digits (books before 2021) or a letter and 8 digits (the Next Generation
 * Passport). Nothing about them is distinctive, so they are reported only next to "passport".
 */
export const usPassportRecognizer = createIdRecognizer({
  name: 'us_passport',
  label: 'US_PASSPORT',
  context: contextPattern(['passport', 'passport number', 'passport no', 'passport #', 'travel document']),
  validate: (compact) => !/^\D?(\d)\1+$/.test(compact),
  forms: [
    { pattern: idPattern(WORD_START, String.raw`(?:[A-Za-z]\d{8}|\d{9})`, WORD_END), scores: { alone: 0, withContext: 0.6 }, requiresContext: true },
  ],
});
