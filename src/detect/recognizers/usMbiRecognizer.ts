import { isValidUsMbi } from '../validators/usMbi.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

const MBI_CONTEXT = contextPattern(['mbi', 'medicare', 'beneficiary', 'medicare id', 'medicare number']);

/**
 * Medicare Beneficiary Identifiers. The dashed 4-3-4 print form in either case; compact, only in
 * upper case (how CMS prints it; lower-case runs of letters and digits are hashes and ids), where
 * the position rules still make a chance match rare.
 */
export const usMbiRecognizer = createIdRecognizer({
  name: 'us_mbi',
  label: 'US_MBI',
  context: MBI_CONTEXT,
  validate: isValidUsMbi,
  forms: [
    {
      pattern: idPattern(WORD_START, String.raw`[1-9][A-Za-z][A-Za-z0-9]\d-[A-Za-z][A-Za-z0-9]\d-[A-Za-z]{2}\d{2}`, WORD_END),
      scores: ID_SCORES.structured,
    },
    { pattern: idPattern(WORD_START, String.raw`[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}`, WORD_END), scores: { alone: 0.5, withContext: 0.85 } },
  ],
});
