import { describe, expect, it } from 'vitest';
import { isValidEsNie, isValidEsNif } from './esControlLetter.ts';

describe('isValidEsNif', () => {
  it.each(['55555555K', '12345678Z', '1111111G', '01111111G'])('accepts %s', (nif) => {
    expect(isValidEsNif(nif)).toBe(true);
  });

  it.each([
    ['a wrong letter', '12345678A'],
    ['six digits', '111111G'],
    ['lower case (the recognizer upper-cases)', '12345678z'],
    ['no letter', '123456789'],
  ])('rejects %s', (_why, nif) => {
    expect(isValidEsNif(nif)).toBe(false);
  });
});

describe('isValidEsNie', () => {
  it.each(['X9613851N', 'Y8063915Z', 'Z8078221M'])('accepts %s', (nie) => {
    expect(isValidEsNie(nie)).toBe(true);
  });

  it.each([
    ['a wrong letter', 'Y8063915Q'],
    ['a W prefix', 'W8063915Q'],
    ['six digits', 'Y806391Q'],
  ])('rejects %s', (_why, nie) => {
    expect(isValidEsNie(nie)).toBe(false);
  });
});
