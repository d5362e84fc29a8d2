import { countryPhoneNumberType } from '../validators/countryPhoneNumber.ts';
import { contextPattern } from './contextPattern.ts';
import { COUNTRY_PHONE_SCORES, PHONE_CONTEXT_WORDS } from './countryPhoneScores.ts';
import { createIdRecognizer, type IdScores } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/** Ten national digits in Turkey's 3-3-2-2 grouping, the area or operator code optionally bracketed. */
const NATIONAL_NUMBER = String.raw`(?:\(\d{3}\)|\d{3})[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}`;

/**
 * Turkish phone numbers: "+90 532 123 45 67" (any valid type) or, nationally, with the trunk
 * prefix "0532 123 45 67" / "0 (532) 1234567". A national mobile number (5xx) is believed on its
 * own; a national landline (0212 …, 0312 …) only with a phone word, since "02121234567" is as
 * likely some other eleven-digit id. Numbers without the "0" are left to the generic recognizer.
 */
export const trPhoneNumberRecognizer = createIdRecognizer({
  name: 'tr_phone_number',
  label: 'TR_PHONE_NUMBER',
  context: contextPattern([
    ...PHONE_CONTEXT_WORDS, 'telefon', 'telefonu', 'telefonum', 'telefon numarası', 'telefon no', 'cep', 'cep no',
    'cep telefonu', 'numara', 'numaram', 'numarası', 'gsm', 'mobil', 'ara', 'arayın', 'iletişim', 'irtibat', 'mesaj',
  ]),
  validate: (compact, raw): boolean | IdScores => {
    const digits = compact.replace(/[()]/g, '');
    const type = countryPhoneNumberType(digits, 'TR');
    if (type === undefined) return false;
    if (raw.startsWith('+')) return true;
    return type === 'MOBILE' ? true : COUNTRY_PHONE_SCORES.nationalWithContextOnly;
  },
  forms: [
    {
      pattern: idPattern(String.raw`(?<![\p{L}\p{N}_+])\+90[ -]?`, NATIONAL_NUMBER, DIGITS_END),
      scores: COUNTRY_PHONE_SCORES.international,
    },
    {
      pattern: idPattern(DIGITS_START, String.raw`0[ -]?`, NATIONAL_NUMBER, DIGITS_END),
      scores: COUNTRY_PHONE_SCORES.national,
      bareDigits: true,
    },
  ],
});
