import { isValidAbaRouting } from '../validators/abaRouting.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * ABA routing transit numbers: a Federal Reserve prefix and the 3-7-1 checksum. Bare, nine digits
 * pass about one time in twenty-five, so they need a banking word nearby; the check-printed
 * "0711-0130-7" layout is believed on its own.
 */
export const abaRoutingRecognizer = createIdRecognizer({
  name: 'aba_routing_number',
  label: 'ABA_ROUTING_NUMBER',
  context: contextPattern(['aba', 'routing', 'routing number', 'rtn', 'transit number', 'abartn', 'bank', 'wire', 'ach']),
  validate: isValidAbaRouting,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{4}-\d{4}-\d`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{9}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
