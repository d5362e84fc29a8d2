import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/** Prefixes HMRC never allocates (BG, GB, KN, NK, NT, TN, ZZ), besides the excluded letters. */
const UNUSED_PREFIX = /^(?:BG|GB|KN|NK|NT|TN|ZZ)/;

/**
 * UK National Insurance numbers: two prefix letters (the first never D, F, I, Q, U, V; the second
 * never D, F, I, O, Q, U, V), six digits, a suffix A-D. Compact or spaced in pairs ("AB 12 34 56
 * C"), in one case. No checksum exists; the letter rules and the layout are the evidence.
 */
export const ukNinoRecognizer = createIdRecognizer({
  name: 'uk_nino',
  label: 'UK_NINO',
  context: contextPattern(['national insurance', 'nino', 'ni number', 'ni no', 'insurance number']),
  validate: (compact) => !UNUSED_PREFIX.test(compact),
  forms: [
    {
      pattern: idPattern(WORD_START, String.raw`(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]|[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d])`, WORD_END),
      scores: ID_SCORES.structured,
    },
  ],
});
