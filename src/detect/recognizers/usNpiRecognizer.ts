import { isValidUsNpi } from '../validators/usNpi.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * US National Provider Identifiers (a clinician's or a practice's id in every claim): 10 digits
 * starting 1 or 2 with the CMS Luhn check. Bare, they look like any epoch timestamp of the 2000s.
 */
export const usNpiRecognizer = createIdRecognizer({
  name: 'us_npi',
  label: 'US_NPI',
  context: contextPattern(['npi', 'national provider', 'provider identifier', 'provider id', 'provider number', 'prescriber']),
  validate: isValidUsNpi,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{4}([ -])\d{3}\1\d{3}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{10}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
