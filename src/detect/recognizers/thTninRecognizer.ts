import { isValidThTnin } from '../validators/thTnin.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * Thai national id numbers: thirteen digits, category 1-8, a real province, a mod-11 check. About
 * one random 13-digit number in eighteen passes (millisecond timestamps among them), so bare
 * digits need a word naming them; the card's printed 1-4-5-2-1 layout is believed on its own.
 */
export const thTninRecognizer = createIdRecognizer({
  name: 'th_tnin',
  label: 'TH_TNIN',
  context: contextPattern([
    'thai national id', 'thai id', 'thai id number', 'tnin', 'national id', 'id card', 'เลขประจำตัวประชาชน', 'เลขบัตรประชาชน',
    'บัตรประชาชน', 'รหัสปชช',
  ]),
  validate: isValidThTnin,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d([ -])\d{4}\1\d{5}\1\d{2}\1\d`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{13}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
