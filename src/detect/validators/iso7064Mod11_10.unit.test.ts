import { describe, expect, it } from 'vitest';
import { iso7064Mod11_10CheckDigit } from './iso7064Mod11_10.ts';

describe('iso7064Mod11_10CheckDigit', () => {
  it.each([
    ['13669597', 6],
    ['12927339', 8],
    ['12345678', 8],
    ['11111111', 7],
    ['8609574271', 9],
  ])('computes the check digit of %s', (digits, check) => {
    expect(iso7064Mod11_10CheckDigit(digits)).toBe(check);
  });

  it('maps a remainder of 10 to 0', () => {
    // 10000009's running product ends at 1, so 11 - 1 = 10 becomes 0.
    expect(iso7064Mod11_10CheckDigit('10000009')).toBe(0);
  });

  it.each(['', '1234 5678', '12a4'])('returns -1 for non-digits %j', (input) => {
    expect(iso7064Mod11_10CheckDigit(input)).toBe(-1);
  });
});
