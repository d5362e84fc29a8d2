import { describe, expect, it } from 'vitest';
import { isValidAbaRouting } from './abaRouting.ts';

describe('isValidAbaRouting', () => {
  it.each([
    "121000358",
    "322271627",
    "121042882",
    "071101307",
  ])('accepts %s', (value) => {
    expect(isValidAbaRouting(value)).toBe(true);
  });

  it.each([
    ["an unassigned prefix", "421042111"],
    ["a failed checksum", "121000359"],
    ["one digit repeated", "000000000"],
    ["eight digits", "12100035"],
    ["separators", "0711-0130-7"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidAbaRouting(value)).toBe(false);
  });
});
