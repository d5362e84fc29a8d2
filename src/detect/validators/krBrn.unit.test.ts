import { describe, expect, it } from 'vitest';
import { isValidKrBrn } from './krBrn.ts';

describe('isValidKrBrn', () => {
  it.each([
    "1048656659",
    "1048213138",
  ])('accepts %s', (value) => {
    expect(isValidKrBrn(value)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "1048656658"],
    ["eleven digits", "10486566590"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidKrBrn(value)).toBe(false);
  });
});
