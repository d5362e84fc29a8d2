import { isValidDeHealthInsurance } from '../validators/deHealthInsurance.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * German statutory health insurance numbers (KVNR, on every eGK card): a letter, nine digits, the
 * last a check digit over the letter's alphabet position and the next eight.
 */
export const deHealthInsuranceRecognizer = createIdRecognizer({
  name: 'de_health_insurance',
  label: 'DE_HEALTH_INSURANCE',
  context: contextPattern([
    'krankenversicherungsnummer', 'krankenversichertennummer', 'versichertennummer', 'kvnr', 'krankenkasse', 'krankenversicherung',
    'gesundheitskarte', 'egk', 'egk-nummer', 'gkv', 'versichertenkarte', 'aok', 'barmer', 'dak', 'techniker krankenkasse',
    'health insurance',
  ]),
  validate: isValidDeHealthInsurance,
  forms: [{ pattern: idPattern(WORD_START, String.raw`[A-Za-z]\d{9}`, WORD_END), scores: ID_SCORES.grouped }],
});
