import type { IdScores } from './createIdRecognizer.ts';

/**
 * Scores for a phone number validated by libphonenumber as a number of one country (and type),
 * reported under that country's label. The generic PHONE recognizer reads the same digits when they
 * carry a "+" (0.7 alone, 0.9 with a phone word, about 0.935 once the context stage adds its push),
 * and overlaps keep the higher score: each tier here is a step above the PHONE reading it competes
 * with, so the country's label wins. A national number with its trunk prefix ("0917 123 4567",
 * "0532 123 45 67") is a valid number of that country in about one random digit run in two hundred
 * (the "0", then an assigned mobile range), so it is believed on its own, unlike a default-country
 * number without one.
 */
export const COUNTRY_PHONE_SCORES = Object.freeze({
  international: Object.freeze({ alone: 0.75, withContext: 0.95 }),
  national: Object.freeze({ alone: 0.6, withContext: 0.95 }),
  /** A national landline or service number: as likely some other 11-digit id, so it needs a phone word. */
  nationalWithContextOnly: Object.freeze({ alone: 0.4, withContext: 0.95 }),
} satisfies Record<string, IdScores>);

/**
 * The words that make a number a phone number, a superset of the generic PHONE recognizer's and of
 * the context stage's PHONE words (with their plurals): whenever PHONE is raised by a word, so is the
 * country's reading, and it stays ahead.
 */
export const PHONE_CONTEXT_WORDS: readonly string[] = Object.freeze([
  'phone', 'phones', 'telephone', 'telephones', 'tel', 'tels', 'cell', 'cells', 'cellphone', 'cellphones', 'mobile',
  'mobiles', 'mob', 'call', 'calls', 'text', 'texts', 'text me', 'sms', 'whatsapp', 'signal', 'reach', 'contact',
  'fax', 'faxes', 'number', 'numbers', 'num', 'ph', 'dial', 'dials', 'landline', 'landlines', 'viber', 'telegram',
]);
