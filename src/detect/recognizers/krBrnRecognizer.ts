import { isValidKrBrn } from '../validators/krBrn.ts';
import { contextPattern } from './contextPattern.ts';
import { createIdRecognizer, ID_SCORES } from './createIdRecognizer.ts';
import { DIGITS_END, DIGITS_START, idPattern } from './idPattern.ts';

/** Korean business registration numbers: ten digits with a check digit, printed 3-2-5. */
export const krBrnRecognizer = createIdRecognizer({
  name: 'kr_brn',
  label: 'KR_BRN',
  context: contextPattern(['brn', 'business registration', 'business registration number', 'business number', '사업자등록번호', '사업자번호', '사업자']),
  validate: isValidKrBrn,
  forms: [
    { pattern: idPattern(DIGITS_START, String.raw`\d{3}-\d{2}-\d{5}`, DIGITS_END), scores: ID_SCORES.grouped },
    { pattern: idPattern(DIGITS_START, String.raw`\d{10}`, DIGITS_END), scores: ID_SCORES.bare, bareDigits: true },
  ],
});
