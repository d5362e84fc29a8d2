import { describe, expect, it } from 'vitest';
import { isLuhnValid } from './luhn.ts';

describe('isLuhnValid', () => {
  it.each(['4012888888881881', '371449635398431', '30569309025904', '6011000400000000', '79927398713', '0'])(
    'accepts %s',
    (digits) => {
      expect(isLuhnValid(digits)).toBe(true);
    },
  );

  it.each(['4012888888881882', '36168002586008', '79927398710'])('rejects %s', (digits) => {
    expect(isLuhnValid(digits)).toBe(false);
  });

  it('doubles from the right, so a leading zero does not change the result', () => {
    expect(isLuhnValid('0079927398713')).toBe(true);
  });

  it.each(['', '4012 8888 8888 1881', '4012-8888-8888-1881', '4o12888888881881'])('rejects non-digits %j', (input) => {
    expect(isLuhnValid(input)).toBe(false);
  });
});
