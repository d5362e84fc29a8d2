import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, ibanMod97, isValidIban } from './ibanMod97.ts';

describe('ibanMod97', () => {
  it('leaves 1 for a valid IBAN, in either case', () => {
    expect(ibanMod97('GB82WEST12345698765432')).toBe(1);
    expect(ibanMod97('gb82west12345698765432')).toBe(1);
  });

  it('leaves something else when a digit changes', () => {
    expect(ibanMod97('GB82WEST12345698765433')).not.toBe(1);
  });

  it('is NaN for separators or other characters', () => {
    expect(ibanMod97('GB82 WEST 1234 5698 7654 32')).toBeNaN();
    expect(ibanMod97('')).toBeNaN();
  });
});

describe('isValidIban', () => {
  it.each([
    'DE89370400440532013000',
    'GB29NWBK60161331926819',
    'AL47212110090000000235698741',
    'NO9386011117947',
    'LC55HEMM000100010012001200023015',
    'MT84MALT011000012345MTLCAST001S',
    'BR9700360305000010009795493P1',
  ])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each([
    ['a changed check digit', 'DE89370400440532013001'],
    ['one character short', 'BE6853900754703'],
    ['one character long', 'BE685390075470340'],
    ['an unknown country', 'AB150120690000003111141'],
    ['a country without IBANs', 'AM47212110090000000235698740'],
    ['a letter where the checksum needs a digit', 'AT611904A00234573201'],
    ['separators (the recognizer strips them)', 'DE89 3704 0044 0532 0130 00'],
  ])('rejects %s', (_why, iban) => {
    expect(isValidIban(iban)).toBe(false);
  });

  it.each(['00', '01', '99'])('rejects check digits %s even when the remainder works out', (check) => {
    // 00 is 97 in disguise (01 is 98, 99 is 2): search for a BBAN whose arithmetic accepts it.
    const forged = findBbanWithCheck(check);
    expect(ibanMod97(forged)).toBe(1);
    expect(isValidIban(forged)).toBe(false);
  });

  it('has the registry lengths for the common countries', () => {
    expect(IBAN_LENGTHS).toMatchObject({ DE: 22, GB: 22, FR: 27, NL: 18, NO: 15, BE: 16, LC: 32, RU: 33 });
  });
});

/** A German IBAN with the given check digits and a mod-97 remainder of 1. */
function findBbanWithCheck(check: string): string {
  for (let n = 0; n < 1_000_000; n++) {
    const candidate = `DE${check}${String(n).padStart(18, '0')}`;
    if (ibanMod97(candidate) === 1) return candidate;
  }
  throw new Error('no BBAN found');
}
