import { describe, expect, it } from 'vitest';
import { isValidAuAbn } from './auAbn.ts';

describe('isValidAuAbn', () => {
  it.each([
    "51824753556",
    "53004085616",
  ])('accepts %s', (value) => {
    expect(isValidAuAbn(value)).toBe(true);
  });

  it.each([
    ["a failed checksum", "52824753556"],
    ["a leading zero", "00000000560"],
    ["ten digits", "5182475355"],
    ["spaces", "51 824 753 556"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidAuAbn(value)).toBe(false);
  });
});
