import { describe, expect, it } from 'vitest';
import { isValidSeOrganisationsnummer } from './seOrganisationsnummer.ts';

describe('isValidSeOrganisationsnummer', () => {
  it.each([
    "2120000142",
    "5567037485",
  ])('accepts %s', (value) => {
    expect(isValidSeOrganisationsnummer(value)).toBe(true);
  });

  it.each([
    ["a third digit under 2 (a personnummer)", "1900030933"],
    ["a failed Luhn check", "5567037486"],
    ["eleven digits", "55670374850"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidSeOrganisationsnummer(value)).toBe(false);
  });
});
