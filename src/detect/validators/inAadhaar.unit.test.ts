import { describe, expect, it } from 'vitest';
import { isValidInAadhaar } from './inAadhaar.ts';

describe('isValidInAadhaar', () => {
  it.each([
    "312345678909",
    "399876543211",
    "400123456787",
  ])('accepts %s', (value) => {
    expect(isValidInAadhaar(value)).toBe(true);
  });

  it.each([
    ["a failed Verhoeff check", "123456789012"],
    ["a leading 1", "112345678909"],
    ["eleven digits", "31234567890"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidInAadhaar(value)).toBe(false);
  });
});
