import { countryPhoneNumberType } from '../validators/countryPhoneNumber.ts';
import { contextPattern } from './contextPattern.ts';
import { COUNTRY_PHONE_SCORES, PHONE_CONTEXT_WORDS } from './countryPhoneScores.ts';
import { createIdRecognizer } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * Philippine mobile numbers: "+63 917 123 4567" or, nationally, with the trunk prefix "0917 123
 * 4567" (compact, spaced, dashed, the network code in brackets). libphonenumber decides what is a
 * mobile range (09xx and 08xx prefixes, reassigned over the years); landlines stay PHONE. Without
 * the "0" ("917 123 4567") the digits are as likely a US number or any id, and are left alone.
 */
export const phMobileNumberRecognizer = createIdRecognizer({
  name: 'ph_mobile_number',
  label: 'PH_MOBILE_NUMBER',
  context: contextPattern([...PHONE_CONTEXT_WORDS, 'telepono', 'numero', 'cellphone number', 'cp number', 'globe', 'smart']),
  validate: (compact) => countryPhoneNumberType(compact.replace(/[()]/g, ''), 'PH') === 'MOBILE',
  forms: [
    {
      pattern: idPattern(String.raw`(?<![\p{L}\p{N}_+])\+63[ -]?(?:\(\d{3}\)|\d{3})[ -]?\d{3}[ -]?\d{4}`, DIGITS_END),
      scores: COUNTRY_PHONE_SCORES.international,
    },
    {
      pattern: idPattern(DIGITS_START, String.raw`0(?:\d{3}|[ -]?\(\d{3}\))[ -]?\d{3}[ -]?\d{4}`, DIGITS_END),
      scores: COUNTRY_PHONE_SCORES.national,
      bareDigits: true,
    },
  ],
});
