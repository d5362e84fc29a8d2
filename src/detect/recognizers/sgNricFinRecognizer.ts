import { isValidSgNricFin } from '../validators/sgNric.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { WORD_END, WORD_START, idPattern } from './idPattern.ts';

/**
 * Singapore NRIC and FIN numbers: S, T, F, G or M, seven digits, a check letter; one case. With the
 * right check letter they are certain; with a wrong one they are a typo or a made-up sample,
 * reported only with a word naming them.
 */
export const sgNricFinRecognizer = createIdRecognizer({
  name: 'sg_nric_fin',
  label: 'SG_NRIC_FIN',
  context: contextPattern(['nric', 'fin', 'identity card', 'ic number', 'ic no', 'singpass', 'singapore id']),
  validate: (compact) => (isValidSgNricFin(compact) ? true : ID_SCORES.bare),
  forms: [
    { pattern: idPattern(WORD_START, String.raw`(?:[STFGM]\d{7}[A-Z]|[stfgm]\d{7}[a-z])`, WORD_END), scores: ID_SCORES.strong },
  ],
});
