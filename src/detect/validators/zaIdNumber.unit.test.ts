import { describe, expect, it } from 'vitest';
import { isValidZaIdNumber } from './zaIdNumber.ts';

describe('isValidZaIdNumber', () => {
  it.each([
    "8001015009087",
    "9202201234088",
    "0002294321191",
    "0001015002288",
  ])('accepts %s', (value) => {
    expect(isValidZaIdNumber(value)).toBe(true);
  });

  it.each([
    ["a failed Luhn check", "8001015009086"],
    ["29 February 1999", "9902294321191"],
    ["month 13", "9913326789285"],
    ["citizenship digit 3", "8001015309087"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidZaIdNumber(value)).toBe(false);
  });
});
