import { isValidDeVatId } from '../validators/deVatId.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * German VAT ids (USt-IdNr): "DE" and nine digits, compact or in threes ("DE 136 695 976",
 * "DE-136-695-976"), "DE" or "de". With the check digit right, the prefix and the layout are the
 * evidence; with it wrong (a typo, a made-up sample such as DE123456789) only next to a VAT word.
 * Mostly a company's number, but a sole trader's identifies a person.
 */
export const deVatIdRecognizer = createIdRecognizer({
  name: 'de_vat_id',
  label: 'DE_VAT_ID',
  context: contextPattern([
    'ust-idnr', 'ust-id', 'ust id', 'ustidnr', 'ust-id-nr', 'umsatzsteuer-id', 'umsatzsteuer-identifikationsnummer',
    'umsatzsteueridentifikationsnummer', 'umsatzsteuer', 'mehrwertsteuer', 'vat', 'vat id', 'vat-id', 'vat number',
    'vat no', 'vat reg', 'steueridentifikation', 'bzst', 'bundeszentralamt für steuern', 'finanzamt', 'invoice', 'rechnung',
  ]),
  validate: (compact) => {
    const digits = compact.slice(2);
    if (isValidDeVatId(digits)) return true;
    return /^[1-9]\d{8}$/.test(digits) ? ID_SCORES.bare : false;
  },
  forms: [
    {
      pattern: idPattern(WORD_START, String.raw`(?:DE|de)[ .-]?\d{3}[ .-]?\d{3}[ .-]?\d{3}`, DIGITS_END),
      scores: ID_SCORES.grouped,
    },
  ],
});
