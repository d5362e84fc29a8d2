import { describe, expect, it } from 'vitest';
import { isValidDeaNumber } from './deaNumber.ts';

describe('isValidDeaNumber', () => {
  it.each([
    "GL0285191",
    "EU4488929",
    "K92993548",
    "BB1388568",
  ])('accepts %s', (value) => {
    expect(isValidDeaNumber(value)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "BG8207031"],
    ["a registrant type I", "IL0285191"],
    ["six digits", "GL028519"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidDeaNumber(value)).toBe(false);
  });
});
