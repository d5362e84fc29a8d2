import { looksLikeEpochTimestamp } from '../validators/epochTimestamp.ts';
import { isValidZaIdNumber } from '../validators/zaIdNumber.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * South African identity numbers: a real birth date, a citizenship digit 0-2 and a Luhn check;
 * about one random 13-digit number in a hundred passes all three. One that is also a plausible
 * millisecond timestamp needs a word naming it.
 */
export const zaIdNumberRecognizer = createIdRecognizer({
  name: 'za_id_number',
  label: 'ZA_ID_NUMBER',
  context: contextPattern(['south african id', 'rsa id', 'sa id', 'id number', 'identity number', 'identity document', 'permanent resident', 'refugee id']),
  validate: (compact) => isValidZaIdNumber(compact) && (looksLikeEpochTimestamp(compact) ? ID_SCORES.bare : true),
  forms: [{ pattern: idPattern(DIGITS_START, String.raw`\d{13}`, DIGITS_END), scores: ID_SCORES.strong, bareDigits: true }],
});
