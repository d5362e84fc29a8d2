import { isValidItVatCode } from '../validators/itVatCode.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, WORD_START, idPattern } from './idPattern.ts';

/**
 * Italian VAT numbers (partita IVA): eleven digits, bare or after the EU prefix "IT". The Luhn
 * check and the issuing office in eighth to tenth place together pass about one random number in
 * a hundred, as strong as a Turkish id's two check digits. A technical name right before the
 * digits ("order 01333550323") still makes them that.
 */
export const itVatCodeRecognizer = createIdRecognizer({
  name: 'it_vat_code',
  label: 'IT_VAT_CODE',
  context: contextPattern([
    'partita iva', 'p.iva', 'p. iva', 'p iva', 'piva', 'p.i.', 'iva', 'codice iva', 'numero iva', 'vat', 'vat number', 'vat no',
    'vat id',
  ]),
  validate: (compact) => isValidItVatCode(compact.replace(/^IT/, '')),
  forms: [
    { pattern: idPattern(WORD_START, String.raw`(?:IT|it) ?\d{11}`, DIGITS_END), scores: ID_SCORES.strong },
    { pattern: idPattern(DIGITS_START, String.raw`\d{11}`, DIGITS_END), scores: ID_SCORES.strong, bareDigits: true },
  ],
});
