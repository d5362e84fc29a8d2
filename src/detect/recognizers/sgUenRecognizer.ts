import { isValidSgUen } from '../validators/sgUen.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * Singapore Unique Entity Numbers (ACRA business and company registrations) in their three
 * layouts, upper case, with their check letters (one in eleven passes by chance; the digits-then-
 * letter layout does the rest).
 */
export const sgUenRecognizer = createIdRecognizer({
  name: 'sg_uen',
  label: 'SG_UEN',
  context: contextPattern(['uen', 'unique entity number', 'business registration', 'acra', 'registration number']),
  validate: (compact) => isValidSgUen(compact),
  forms: [
    { pattern: idPattern(WORD_START, String.raw`(?:\d{8,9}[A-Z]|[TSR]\d{2}[A-Z]{2}\d{4}[A-Z])`, WORD_END), scores: ID_SCORES.grouped },
  ],
});
