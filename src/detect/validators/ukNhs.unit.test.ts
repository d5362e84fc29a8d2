import { describe, expect, it } from 'vitest';
import { isValidUkNhs } from './ukNhs.ts';

describe('isValidUkNhs', () => {
  it.each([
    "4010232137",
    "2213951837",
    "0032698674",
  ])('accepts %s', (value) => {
    expect(isValidUkNhs(value)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "4010232138"],
    ["a check value of 10", "4010232140"],
    ["one digit repeated", "0000000000"],
    ["separators", "401-023-2137"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidUkNhs(value)).toBe(false);
  });
});
