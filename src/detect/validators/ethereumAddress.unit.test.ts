import { describe, expect, it } from 'vitest';
import { ethereumChecksumOf } from './ethereumAddress.ts';

describe('ethereumChecksumOf', () => {
  it.each([
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
  ])('accepts the EIP-55 test vector %s', (address) => {
    expect(ethereumChecksumOf(address)).toBe('valid');
  });

  it('flags mixed case that is not the checksum', () => {
    expect(ethereumChecksumOf('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).toBe('invalid');
  });

  it('cannot check an address written in one case', () => {
    expect(ethereumChecksumOf('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toBe('unchecked');
    expect(ethereumChecksumOf('0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED')).toBe('unchecked');
  });

  it('rejects what is not 0x and 40 hex digits', () => {
    expect(ethereumChecksumOf('0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea')).toBe('invalid');
  });
});
