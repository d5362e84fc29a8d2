import { describe, expect, it } from 'vitest';
import { isValidTrNationalId } from './trNationalId.ts';

describe('isValidTrNationalId', () => {
  it.each([
    "10000000146",
    "76543210794",
    "36493665440",
  ])('accepts %s', (value) => {
    expect(isValidTrNationalId(value)).toBe(true);
  });

  it.each([
    ["a wrong last digit", "10000000145"],
    ["a wrong tenth digit", "76543210780"],
    ["a leading 0", "02531814694"],
    ["ten digits", "1000000014"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidTrNationalId(value)).toBe(false);
  });
});
