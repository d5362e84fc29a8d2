import { isValidUsItin } from '../validators/usItin.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * US Individual Taxpayer Identification Numbers: 9xx-GG-SSSS with the IRS's group ranges, printed
 * like an SSN (which never starts with 9, so the two recognizers never compete).
 */
export const usItinRecognizer = createIdRecognizer({
  name: 'us_itin',
  label: 'US_ITIN',
  context: contextPattern(['itin', 'itins', 'taxpayer', 'tax id', 'tax identification', 'tin', 'irs', 'w-7']),
  validate: isValidUsItin,
  forms: [
    // Dashed 3-2-4, the printed form: as believable as a dashed SSN.
    { pattern: idPattern(DIGITS_START, String.raw`9\d{2}-\d{2}-\d{4}`, DIGITS_END), scores: { alone: 0.6, withContext: 0.9 } },
    { pattern: idPattern(DIGITS_START, String.raw`9\d{2} \d{2} \d{4}`, DIGITS_END), scores: { alone: 0.5, withContext: 0.8 } },
    { pattern: idPattern(DIGITS_START, String.raw`9\d{8}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
