import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * Indian passport numbers: a letter and seven digits, the first digit not 0. Too plain to report
 * without the word "passport" nearby.
 */
export const inPassportRecognizer = createIdRecognizer({
  name: 'in_passport',
  label: 'IN_PASSPORT',
  context: contextPattern(['passport', 'passport number', 'passport no', 'पासपोर्ट']),
  validate: () => true,
  forms: [
    { pattern: idPattern(WORD_START, String.raw`[A-PR-WYa-pr-wy][1-9]\d{6}`, WORD_END), scores: { alone: 0, withContext: 0.6 }, requiresContext: true },
  ],
});
