import { describe, expect, it } from 'vitest';
import { isOneDigitRepeated } from './isOneDigitRepeated.ts';

describe('isOneDigitRepeated', () => {
  it.each(['000000000', '1111111111', '7'])('is true for %s', (digits) => {
    expect(isOneDigitRepeated(digits)).toBe(true);
  });

  it.each(['', '0000000001', 'aaaa'])('is false for %j', (digits) => {
    expect(isOneDigitRepeated(digits)).toBe(false);
  });
});
