import { describe, expect, it } from 'vitest';
import { isValidDeLanr } from './deLanr.ts';

describe('isValidDeLanr', () => {
  it.each([
    "123456601",
    "234567701",
    "987654401",
  ])('accepts %s', (value) => {
    expect(isValidDeLanr(value)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "123456901"],
    ["all zeros", "000000000"],
    ["eight digits", "12345660"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidDeLanr(value)).toBe(false);
  });
});
