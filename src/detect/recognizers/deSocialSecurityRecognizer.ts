import { isValidDeSocialSecurity } from '../validators/deSocialSecurity.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * German pension insurance numbers (Rentenversicherungsnummer, the "Sozialversicherungsnummer"):
 * area, birth date, surname initial, serial and check digit. The embedded date, the letter in the
 * ninth place and the check digit make it certain.
 */
export const deSocialSecurityRecognizer = createIdRecognizer({
  name: 'de_social_security',
  label: 'DE_SOCIAL_SECURITY',
  context: contextPattern([
    'rentenversicherungsnummer', 'sozialversicherungsnummer', 'versicherungsnummer', 'rvnr', 'svnr', 'sv-nummer',
    'rentenversicherung', 'sozialversicherung', 'sozialversicherungsausweis', 'social security',
  ]),
  validate: isValidDeSocialSecurity,
  forms: [{ pattern: idPattern(WORD_START, String.raw`\d{8}[A-Za-z]\d{3}`, WORD_END), scores: ID_SCORES.strong }],
});
