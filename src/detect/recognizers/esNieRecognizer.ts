import { isValidEsNie } from '../validators/esControlLetter.ts';
import { ES_ID_CONTEXT } from './esNifRecognizer.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/** Spanish foreigner numbers (NIE): X, Y or Z, 7 digits, the control letter; one case throughout. */
export const esNieRecognizer = createIdRecognizer({
  name: 'es_nie',
  label: 'ES_NIE',
  context: ES_ID_CONTEXT,
  validate: isValidEsNie,
  forms: [
    { pattern: idPattern(WORD_START, String.raw`(?:[XYZ]-?\d{7}-?[A-Z]|[xyz]-?\d{7}-?[a-z])`, WORD_END), scores: ID_SCORES.strong },
  ],
});
