import { describe, expect, it } from 'vitest';
import { isValidUsMbi } from './usMbi.ts';

describe('isValidUsMbi', () => {
  it.each([
    "1EG4TE5MK73",
    "9XX9XX9XX99",
    "3CD5FG7HJ89",
  ])('accepts %s', (value) => {
    expect(isValidUsMbi(value)).toBe(true);
  });

  it.each([
    ["an S", "1SG4TE5MK73"],
    ["an L", "1EG4LE5MK73"],
    ["an O", "1EG4TE5OK73"],
    ["a leading letter", "AEG4TE5MK73"],
    ["a digit where a letter goes", "12G4TE5MK73"],
    ["lower case", "1eg4te5mk73"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidUsMbi(value)).toBe(false);
  });
});
