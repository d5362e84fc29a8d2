import { isValidItFiscalCode } from '../validators/itFiscalCode.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

const SHAPE = String.raw`[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]`;

/**
 * Italian codici fiscali, in one case. With the right check letter they are certain; with a wrong
 * one the shape alone (sixteen characters with a month letter in the ninth place) is still a
 * mistyped code rather than anything else, so it is reported with context.
 */
export const itFiscalCodeRecognizer = createIdRecognizer({
  name: 'it_fiscal_code',
  label: 'IT_FISCAL_CODE',
  context: contextPattern(['codice fiscale', 'cod. fiscale', 'cf', 'fiscal code', 'tax code', 'tessera sanitaria']),
  validate: (compact) => (isValidItFiscalCode(compact) ? true : ID_SCORES.bare),
  forms: [
    { pattern: idPattern(WORD_START, `(?:${SHAPE}|${SHAPE.toLowerCase()})`, WORD_END), scores: ID_SCORES.strong },
  ],
});
