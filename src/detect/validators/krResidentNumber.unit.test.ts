import { describe, expect, it } from 'vitest';
import { readKrResidentNumber } from './krResidentNumber.ts';

describe('readKrResidentNumber', () => {
  it.each([
    ['9601211021413', { kind: 'RRN', checksumValid: true }],
    ['0509122000019', { kind: 'RRN', checksumValid: true }],
    ['9601211234567', { kind: 'RRN', checksumValid: false }],
    ['9111245678906', { kind: 'FRN', checksumValid: true }],
    ['0509126000012', { kind: 'FRN', checksumValid: true }],
    ['9111245678901', { kind: 'FRN', checksumValid: false }],
  ])('reads %s', (digits, expected) => {
    expect(readKrResidentNumber(digits)).toEqual(expected);
  });

  it.each([
    ['month 13', '0013321234567'],
    ['holder digit 0 (born in the 1800s)', '9603030021413'],
    ['holder digit 9', '0511029234110'],
    ['30 February', '9602301021413'],
    ['fourteen digits', '96012110214131'],
  ])('rejects %s', (_why, digits) => {
    expect(readKrResidentNumber(digits)).toBeUndefined();
  });
});
