import { describe, expect, it } from 'vitest';
import { isValidItVatCode } from './itVatCode.ts';

describe('isValidItVatCode', () => {
  it.each(['01333550323', '12345670017', '00743110157'])('accepts %s', (digits) => {
    expect(isValidItVatCode(digits)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '01333550324'],
    ['all zeros (passes Luhn)', '00000000000'],
    ['a zero company number', '00000000018'],
    ['an office that does not exist (101)', '12345671011'],
    ['ten digits', '0133355032'],
    ['separators', '01333550_323'],
  ])('rejects %s (%s)', (_why, digits) => {
    expect(isValidItVatCode(digits)).toBe(false);
  });

  it('accepts the special offices', () => {
    for (const office of ['120', '121', '888', '999']) {
      const valid = [...'0123456789'].map((d) => `1234567${office}${d}`).filter(isValidItVatCode);
      expect(valid, office).toHaveLength(1);
    }
  });
});
