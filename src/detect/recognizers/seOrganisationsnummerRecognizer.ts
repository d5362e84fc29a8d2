import { isValidSeOrganisationsnummer } from '../validators/seOrganisationsnummer.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/**
 * Swedish organisation numbers (a sole trader's is their personnummer; these are the others):
 * ten digits, third digit 2 or more, Luhn. The dashed 6-4 form is believed on its own.
 */
export const seOrganisationsnummerRecognizer = createIdRecognizer({
  name: 'se_organisationsnummer',
  label: 'SE_ORGANISATIONSNUMMER',
  context: contextPattern(['organisationsnummer', 'orgnummer', 'org.nr', 'orgnr', 'org nr', 'company identity', 'company number', 'företag']),
  validate: isValidSeOrganisationsnummer,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{6}-\d{4}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{10}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
