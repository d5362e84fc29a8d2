import { describe, expect, it } from 'vitest';
import { isVerhoeffValid } from './verhoeff.ts';

describe('isVerhoeffValid', () => {
  it.each(['2363', '1428570', '312345678909'])('accepts %s', (digits) => {
    expect(isVerhoeffValid(digits)).toBe(true);
  });

  it('catches a single wrong digit and a swap of neighbours, which Luhn misses for 09/90', () => {
    expect(isVerhoeffValid('2364')).toBe(false);
    expect(isVerhoeffValid('1428750')).toBe(false);
  });

  it.each(['', '2363a', '23 63'])('rejects non-digits %j', (input) => {
    expect(isVerhoeffValid(input)).toBe(false);
  });
});
