import { describe, expect, it } from 'vitest';
import { isValidCaSin } from './caSin.ts';

describe('isValidCaSin', () => {
  it.each([
    "130692544",
    "435418165",
    "948584792",
    "347677452",
  ])('accepts %s', (value) => {
    expect(isValidCaSin(value)).toBe(true);
  });

  it.each([
    ["a failed Luhn check", "130692545"],
    ["a leading 0", "046454286"],
    ["a business-number 8", "812345678"],
    ["one digit repeated", "999999999"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidCaSin(value)).toBe(false);
  });
});
