import { describe, expect, it } from 'vitest';
import { isValidSgNricFin } from './sgNric.ts';

describe('isValidSgNricFin', () => {
  it.each(['S2740116C', 'T1234567J', 'F2346401L', 'G1122144R', 'M4332674T'])('accepts %s', (id) => {
    expect(isValidSgNricFin(id)).toBe(true);
  });

  it.each([
    ['a wrong check letter (T series)', 'T1234567Z'],
    ['a wrong check letter (G series)', 'G1122144L'],
    ['a prefix outside S T F G M', 'A1234567Z'],
    ['six digits', 'S274011C'],
  ])('rejects %s', (_why, id) => {
    expect(isValidSgNricFin(id)).toBe(false);
  });
});
