import { describe, expect, it } from 'vitest';
import { isValidAuTfn } from './auTfn.ts';

describe('isValidAuTfn', () => {
  it.each([
    "876543210",
    "123456782",
  ])('accepts %s', (value) => {
    expect(isValidAuTfn(value)).toBe(true);
  });

  it.each([
    ["a failed checksum", "824753557"],
    ["an unallocated 000 prefix", "000000019"],
    ["one digit repeated", "000000000"],
    ["eight digits", "87654321"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidAuTfn(value)).toBe(false);
  });
});
