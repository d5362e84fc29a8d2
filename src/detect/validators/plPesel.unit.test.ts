import { describe, expect, it } from 'vitest';
import { isValidPlPesel } from './plPesel.ts';

describe('isValidPlPesel', () => {
  it.each(['44051401458', '02070803628', '11111111116'])('accepts %s', (pesel) => {
    expect(isValidPlPesel(pesel, 2025)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '44051401459'],
    ['day 00', '11110021111'],
    ['a failed checksum', '85040812345'],
    ['a birth in the 1800s (nobody alive)', '90810101233'],
    ['ten digits', '1111321111'],
  ])('rejects %s', (_why, pesel) => {
    expect(isValidPlPesel(pesel, 2025)).toBe(false);
  });

  it('rejects a birth date after the current year', () => {
    expect(isValidPlPesel('99210101238', 2025)).toBe(false);
    expect(isValidPlPesel('99210101238', 2100)).toBe(true);
  });
});
