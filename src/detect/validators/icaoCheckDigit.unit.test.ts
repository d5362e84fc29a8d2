import { describe, expect, it } from 'vitest';
import { icaoCheckDigit } from './icaoCheckDigit.ts';

describe('icaoCheckDigit', () => {
  it.each([
    ['L01X00T4', 4],
    ['C0123456', 5],
    ['C01X00T4', 1],
    ['L898902C3', 6],
    ['<<<', 0],
  ])('of %s is %i', (field, digit) => {
    expect(icaoCheckDigit(field)).toBe(digit);
  });

  it('is undefined for lower case or punctuation', () => {
    expect(icaoCheckDigit('l01x00t4')).toBeUndefined();
    expect(icaoCheckDigit('L01-X00')).toBeUndefined();
  });
});
