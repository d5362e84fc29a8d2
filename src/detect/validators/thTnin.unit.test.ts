import { describe, expect, it } from 'vitest';
import { isValidThTnin } from './thTnin.ts';

describe('isValidThTnin', () => {
  it.each([
    "1234567890121",
    "3456789012347",
    "1220000000007",
  ])('accepts %s', (value) => {
    expect(isValidThTnin(value)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "1234567890123"],
    ["category 0", "0234567890124"],
    ["province 28", "1284567890124"],
    ["province 99", "1994567890124"],
    ["one digit repeated", "1111111111111"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidThTnin(value)).toBe(false);
  });
});
