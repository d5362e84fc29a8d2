import { isValidSePersonnummer } from '../validators/sePersonnummer.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * Swedish personnummer and samordningsnummer: a birth date and a Luhn check. With the century
 * ("19910924-2397", "199109242397") it is certain, even glued to a word; with the dash of the
 * short form ("871220-2384") believed; as ten bare digits, only with a word naming it.
 */
export const sePersonnummerRecognizer = createIdRecognizer({
  name: 'se_personnummer',
  label: 'SE_PERSONNUMMER',
  context: contextPattern(['personnummer', 'personnumret', 'pnr', 'samordningsnummer', 'personal identity number', 'swedish id', 'svenskt personnummer']),
  // The "+" of a centenarian's short form is a separator to the checksum.
  validate: (_compact, raw) => isValidSePersonnummer(raw.replace(/\D/g, '')),
  forms: [
    { pattern: idPattern(String.raw`(?<![\p{N}_+/#]|\p{N}[.,:-])(?:18|19|20)\d{6}[-+]?\d{4}`, DIGITS_END), scores: ID_SCORES.strong },
    { pattern: idPattern(DIGITS_START, String.raw`\d{6}[-+]\d{4}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{10}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
