import { isValidEsNif } from '../validators/esControlLetter.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_START, WORD_END, idPattern } from './idPattern.ts';

export const ES_ID_CONTEXT = contextPattern([
  'dni', 'nif', 'nie', 'documento nacional', 'documento de identidad', 'número de identificación', 'numero de identificacion',
  'identificación', 'extranjero', 'spanish id',
]);

/**
 * Spanish DNI/NIF numbers: 7 or 8 digits and the control letter (mod 23), optionally dashed
 * ("55555555-K"), in one case. The letter is a checksum a random number passes once in 23.
 */
export const esNifRecognizer = createIdRecognizer({
  name: 'es_nif',
  label: 'ES_NIF',
  context: ES_ID_CONTEXT,
  validate: isValidEsNif,
  forms: [{ pattern: idPattern(DIGITS_START, String.raw`\d{7,8}-?(?:[A-Z]|[a-z])`, WORD_END), scores: ID_SCORES.strong }],
});
