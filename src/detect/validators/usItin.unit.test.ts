import { describe, expect, it } from 'vitest';
import { isValidUsItin } from './usItin.ts';

describe('isValidUsItin', () => {
  it.each([
    "911701234",
    "911531234",
    "999991234",
    "900941234",
  ])('accepts %s', (value) => {
    expect(isValidUsItin(value)).toBe(true);
  });

  it.each([
    ["group 89", "911891234"],
    ["group 93", "900931234"],
    ["an SSN area", "811701234"],
    ["dashes", "911-70-1234"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidUsItin(value)).toBe(false);
  });
});
