import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * Indian Permanent Account Numbers: five letters (the fourth says who holds it: P person, C
 * company, H, F, A, T, B, L, J, G), four digits, a letter; one case. The tenth letter is a check
 * character whose algorithm is not published, so the layout is the evidence.
 */
export const inPanRecognizer = createIdRecognizer({
  name: 'in_pan',
  label: 'IN_PAN',
  context: contextPattern(['pan', 'pan card', 'pan number', 'permanent account number', 'income tax']),
  validate: () => true,
  forms: [
    {
      pattern: idPattern(WORD_START, String.raw`(?:[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]|[a-z]{3}[abcfghjlpt][a-z]\d{4}[a-z])`, WORD_END),
      scores: ID_SCORES.structured,
    },
  ],
});
