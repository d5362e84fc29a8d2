import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/** Issuing regions: 11-26 and 28 (27 is unused). */
const REGION = /^(?:1[1-9]|2[0-68])/;

/**
 * Korean driver's licence numbers: region, year of issue, serial, check pair (not published). The
 * printed 2-2-6-2 layout with a real region code is believed; twelve bare digits, only with a
 * licence word nearby.
 */
export const krDriverLicenseRecognizer = createIdRecognizer({
  name: 'kr_driver_license',
  label: 'KR_DRIVER_LICENSE',
  context: contextPattern(['운전면허', '운전면허번호', '면허번호', 'driver license', "driver's license", 'driving licence', 'license', 'licence']),
  validate: (compact) => REGION.test(compact),
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{2}([ -])\d{2}\1\d{6}\1\d{2}`, DIGITS_END), scores: ID_SCORES.structured },
    { pattern: idPattern(DIGITS_START, String.raw`\d{12}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
