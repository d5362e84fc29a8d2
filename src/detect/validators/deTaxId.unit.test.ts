import { describe, expect, it } from 'vitest';
import { hasValidDeTaxIdCheckDigit, isValidDeTaxId } from './deTaxId.ts';

describe('isValidDeTaxId', () => {
  it.each(['86095742719', '65929970489'])('accepts %s (check digit and digit rule)', (id) => {
    expect(isValidDeTaxId(id)).toBe(true);
  });

  it('rejects a documentation sample that has only the check digit right', () => {
    expect(hasValidDeTaxIdCheckDigit('12345678903')).toBe(true);
    expect(isValidDeTaxId('12345678903')).toBe(false);
  });
});

describe('hasValidDeTaxIdCheckDigit', () => {
  it.each([
    ['a wrong check digit', '12345678901'],
    ['a leading 0', '02345678901'],
    ['a digit four times', '11112345678'],
    ['one digit repeated', '11111111111'],
    ['ten digits', '1234567890'],
  ])('rejects %s', (_why, id) => {
    expect(hasValidDeTaxIdCheckDigit(id)).toBe(false);
  });
});
