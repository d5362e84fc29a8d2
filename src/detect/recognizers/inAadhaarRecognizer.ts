import { isValidInAadhaar } from '../validators/inAadhaar.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * Aadhaar numbers: twelve digits, not starting 0 or 1, Verhoeff-checked. Printed 4-4-4 (with
 * spaces, dashes or colons), believed on their own; twelve bare digits (AWS account ids are the
 * same length) only with an Aadhaar word nearby.
 */
export const inAadhaarRecognizer = createIdRecognizer({
  name: 'in_aadhaar',
  label: 'IN_AADHAAR',
  context: contextPattern(['aadhaar', 'aadhar', 'adhaar', 'uidai', 'uid', 'आधार']),
  validate: isValidInAadhaar,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{4}([ :-])\d{4}\1\d{4}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{12}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
