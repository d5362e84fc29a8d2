import { describe, expect, it } from 'vitest';
import { isValidAuAcn } from './auAcn.ts';

describe('isValidAuAcn', () => {
  it.each([
    "000000019",
    "005499981",
    "006249976",
    "000000180",
  ])('accepts %s', (value) => {
    expect(isValidAuAcn(value)).toBe(true);
  });

  it.each([
    ["a failed checksum", "824753557"],
    ["ten digits", "0000000190"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidAuAcn(value)).toBe(false);
  });
});
