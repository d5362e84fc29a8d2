import { isValidUkDrivingLicence } from '../validators/ukDrivingLicence.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * DVLA driving licence numbers (16 characters encoding surname, birth date and initials), in one
 * case. The embedded date and the 9-padding make the layout distinctive without a checksum.
 */
export const ukDrivingLicenceRecognizer = createIdRecognizer({
  name: 'uk_driving_licence',
  label: 'UK_DRIVING_LICENCE',
  context: contextPattern(['driving licence', 'driving license', "driver's licence", 'dvla', 'licence number', 'licence no', 'licence']),
  validate: isValidUkDrivingLicence,
  forms: [
    { pattern: idPattern(WORD_START, String.raw`(?:[A-Z][A-Z9]{4}\d{6}[A-Z][A-Z9]\d[A-Z]{2}|[a-z][a-z9]{4}\d{6}[a-z][a-z9]\d[a-z]{2})`, WORD_END), scores: ID_SCORES.structured },
  ],
});
