import type { Recognizer } from '../recognizer.ts';
import { addressRecognizer } from './addressRecognizer.ts';
import { dateOfBirthRecognizer } from './dateOfBirthRecognizer.ts';
import { locationRecognizer } from './locationRecognizer.ts';
import { personRecognizer } from './personRecognizer.ts';

/**
 * Who someone is, where they live and when they were born: DATE_OF_BIRTH, ADDRESS, PERSON and
 * LOCATION. They come after the identifiers: a name or a place never outranks a validated number
 * on a tie, and a street address, scored higher, wins over the city inside it.
 */
export const personalDetailRecognizers: readonly Recognizer[] = Object.freeze([
  dateOfBirthRecognizer,
  addressRecognizer,
  personRecognizer,
  locationRecognizer,
]);
