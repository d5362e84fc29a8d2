import { describe, expect, it } from 'vitest';
import { isValidDeVatId } from './deVatId.ts';

describe('isValidDeVatId', () => {
  it.each(['136695976', '129273398', '123456788', '111111117'])('accepts %s', (digits) => {
    expect(isValidDeVatId(digits)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '123456789'],
    ['another wrong check digit', '100000001'],
    ['a leading 0', '036695976'],
    ['eight digits', '13669597'],
    ['ten digits', '1366959760'],
    ['the country prefix', 'DE136695976'],
    ['separators', '136 695 976'],
  ])('rejects %s (%s)', (_why, digits) => {
    expect(isValidDeVatId(digits)).toBe(false);
  });
});
