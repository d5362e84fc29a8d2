import { describe, expect, it } from 'vitest';
import { isValidSePersonnummer } from './sePersonnummer.ts';

describe('isValidSePersonnummer', () => {
  it.each([
    "198712202384",
    "8712202384",
    "189004119807",
    "7010632391",
  ])('accepts %s', (value) => {
    expect(isValidSePersonnummer(value)).toBe(true);
  });

  it.each([
    ["month 13", "190013092393"],
    ["day 42 (neither a date nor a coordination day)", "200504422381"],
    ["a failed Luhn check", "198712202385"],
    ["a century of 21", "218712202384"],
    ["a separator", "871220-2384"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidSePersonnummer(value)).toBe(false);
  });
});
