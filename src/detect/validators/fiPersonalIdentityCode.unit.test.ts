import { describe, expect, it } from 'vitest';
import { isValidFiPersonalIdentityCode } from './fiPersonalIdentityCode.ts';

describe('isValidFiPersonalIdentityCode', () => {
  it.each([
    "131052-308T",
    "010594Y9032",
    "020594X903P",
    "010516B903X",
    "020504A902E",
  ])('accepts %s', (value) => {
    expect(isValidFiPersonalIdentityCode(value)).toBe(true);
  });

  it.each([
    ["a wrong check character", "111111-111A"],
    ["31 November", "311190-1111"],
    ["31 February", "310289-211C"],
    ["month 22", "012245A110G"],
    ["a slash for the century sign", "131052/308T"],
    ["lower case", "131052-308t"],
    ["individual number 001", "131052-001A"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidFiPersonalIdentityCode(value)).toBe(false);
  });
});
