import { isValidTrNationalId } from '../validators/trNationalId.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/** Turkish T.C. Kimlik numbers: eleven digits with two check digits (one random number in a hundred passes). */
export const trNationalIdRecognizer = createIdRecognizer({
  name: 'tr_national_id',
  label: 'TR_NATIONAL_ID',
  context: contextPattern(['tc kimlik', 't.c. kimlik', 'kimlik no', 'kimlik numarası', 'tckn', 'tc no', 'türk kimlik', 'turkish id', 'turkish national id']),
  validate: isValidTrNationalId,
  forms: [{ pattern: idPattern(DIGITS_START, String.raw`\d{11}`, DIGITS_END), scores: ID_SCORES.strong, bareDigits: true }],
});
