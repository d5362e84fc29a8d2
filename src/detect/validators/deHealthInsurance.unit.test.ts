import { describe, expect, it } from 'vitest';
import { isValidDeHealthInsurance } from './deHealthInsurance.ts';

describe('isValidDeHealthInsurance', () => {
  it.each([
    "A000500015",
    "A123456780",
    "M123456785",
    "Z999999997",
  ])('accepts %s', (value) => {
    expect(isValidDeHealthInsurance(value)).toBe(true);
  });

  it.each([
    ["a wrong check digit", "A123456787"],
    ["no letter", "1123456780"],
    ["lower case (the recognizer upper-cases)", "a123456780"],
    ["ten digits after the letter", "A1234567890"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidDeHealthInsurance(value)).toBe(false);
  });
});
