import { isValidCaSin } from '../validators/caSin.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * Canadian Social Insurance Numbers: Luhn-valid, first digit a province code. Written 3-3-3 with
 * one kind of separator, they are reported; nine bare digits only with "SIN"/"NAS" nearby.
 */
export const caSinRecognizer = createIdRecognizer({
  name: 'ca_sin',
  label: 'CA_SIN',
  context: contextPattern(['sin', 'social insurance', 'social insurance number', 'nas', 'assurance sociale', "numéro d'assurance sociale"]),
  validate: isValidCaSin,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{3}([ -])\d{3}\1\d{3}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{9}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
