import { describe, expect, it } from 'vitest';
import { isValidUsNpi } from './usNpi.ts';

describe('isValidUsNpi', () => {
  it.each([
    "1234567893",
    "1245319599",
    "1003000126",
  ])('accepts %s', (value) => {
    expect(isValidUsNpi(value)).toBe(true);
  });

  it.each([
    ["a failed check", "1234567890"],
    ["a first digit of 3", "3234567893"],
    ["nine ones", "1111111112"],
    ["eleven digits", "12345678934"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidUsNpi(value)).toBe(false);
  });
});
