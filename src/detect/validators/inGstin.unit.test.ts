import { describe, expect, it } from 'vitest';
import { hasValidGstinChecksum, isGstinShaped } from './inGstin.ts';

describe('isGstinShaped', () => {
  it.each(['27ABCDE1234F1Z5', '07PQRST6789K1Z2', '27AAPFU0939F1ZV'])('accepts %s', (gstin) => {
    expect(isGstinShaped(gstin)).toBe(true);
  });

  it.each([
    ['state 00', '00ABCDE1234F1Z5'],
    ['state 38', '38ABCDE1234F1Z5'],
    ['Y where Z goes', '27ABCDE1234F1Y5'],
    ['fourteen characters', '27ABCDE1234F1Z'],
    ['all digits', '123456789012345'],
  ])('rejects %s', (_why, gstin) => {
    expect(isGstinShaped(gstin)).toBe(false);
  });
});

describe('hasValidGstinChecksum', () => {
  it('accepts a registration with the GSTN check character', () => {
    expect(hasValidGstinChecksum('27AAPFU0939F1ZV')).toBe(true);
  });

  it('rejects a made-up one with the right shape', () => {
    expect(hasValidGstinChecksum('27ABCDE1234F1Z5')).toBe(false);
  });
});
