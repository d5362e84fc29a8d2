import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * US driver's licence numbers. Every state has its own layout (a letter and 7-14 digits in many,
 * 7-13 digits in others, two letters and digits in a few); together they cover most short
 * alphanumeric ids, so only the words "driver's license", "DL" and the like make one believable.
 * "License" alone is not enough: software licences are far more common in chat.
 */
export const usDriverLicenseRecognizer = createIdRecognizer({
  name: 'us_driver_license',
  label: 'US_DRIVER_LICENSE',
  context: contextPattern([
    "driver's license", 'drivers license', 'driver license', "driver's licence", 'driving license', "driver's lic",
    'dl', 'dl#', 'dln', 'license number', 'licence number', 'license no', 'license #', 'dmv',
  ]),
  validate: (compact) => /\d{4}/.test(compact),
  forms: [
    {
      pattern: idPattern(WORD_START, String.raw`(?:[A-Za-z]{1,2}\d{4,14}|\d{7,13}|[A-Za-z]\d{3}-\d{3}-\d{2}-\d{3}-\d)`, WORD_END),
      scores: { alone: 0, withContext: 0.6 },
      requiresContext: true,
    },
  ],
});
