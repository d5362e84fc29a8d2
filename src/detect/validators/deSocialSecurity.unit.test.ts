import { describe, expect, it } from 'vitest';
import { isValidDeSocialSecurity } from './deSocialSecurity.ts';

describe('isValidDeSocialSecurity', () => {
  it.each([
    "15070649C103",
    "65070803A019",
    "38551285K051",
  ])('accepts %s', (value) => {
    expect(isValidDeSocialSecurity(value)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "15070649C100"],
    ["day 00", "15000649C103"],
    ["month 13", "15071349C103"],
    ["a digit for the letter", "150706491103"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidDeSocialSecurity(value)).toBe(false);
  });
});
