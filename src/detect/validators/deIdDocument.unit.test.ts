import { describe, expect, it } from 'vitest';
import { isValidDeIdDocumentNumber } from './deIdDocument.ts';

describe('isValidDeIdDocumentNumber', () => {
  it.each([
    "L01X00T44",
    "C01234565",
    "CZ6311T03",
    "F12345671",
  ])('accepts %s', (value) => {
    expect(isValidDeIdDocumentNumber(value)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "L01X00T47"],
    ["a vowel", "A01234565"],
    ["a letter as check digit", "L01X00T4A"],
    ["eight characters", "L01X00T4"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidDeIdDocumentNumber(value)).toBe(false);
  });
});
