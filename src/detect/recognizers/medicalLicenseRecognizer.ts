import { isValidDeaNumber } from '../validators/deaNumber.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * US DEA registration numbers (the controlled-substance licence on every prescription): registrant
 * type, surname initial (or 9), seven digits with the DEA check digit. One case throughout.
 */
export const medicalLicenseRecognizer = createIdRecognizer({
  name: 'medical_license',
  label: 'MEDICAL_LICENSE',
  context: contextPattern(['dea', 'dea number', 'medical license', 'medical licence', 'certificate', 'prescriber', 'registration number']),
  validate: isValidDeaNumber,
  forms: [
    { pattern: idPattern(WORD_START, String.raw`(?:[A-Z][A-Z9]|[a-z][a-z9])\d{7}`, WORD_END), scores: ID_SCORES.grouped },
  ],
});
