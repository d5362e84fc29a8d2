import { hasValidDeTaxIdCheckDigit, isValidDeTaxId } from '../validators/deTaxId.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * German tax identification numbers (Steuer-IdNr), compact or in the printed 2-3-3-3 groups. A
 * number that follows the issuing rules (check digit and the one-repeated-digit rule) is strong
 * evidence on its own; one with only the check digit right, as documentation samples have, needs
 * a tax word nearby.
 */
export const deTaxIdRecognizer = createIdRecognizer({
  name: 'de_tax_id',
  label: 'DE_TAX_ID',
  context: contextPattern([
    'steuer-id', 'steuerid', 'steuer-idnr', 'steueridentifikationsnummer', 'steuerliche identifikationsnummer', 'idnr',
    'identifikationsnummer', 'steuernummer', 'finanzamt', 'tax id', 'tin',
  ]),
  validate: (compact) => (isValidDeTaxId(compact) ? true : hasValidDeTaxIdCheckDigit(compact) ? ID_SCORES.bare : false),
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{2} \d{3} \d{3} \d{3}`, DIGITS_END), scores: ID_SCORES.strong },
    { pattern: idPattern(DIGITS_START, String.raw`\d{11}`, DIGITS_END), scores: ID_SCORES.strong, bareDigits: true },
  ],
});
