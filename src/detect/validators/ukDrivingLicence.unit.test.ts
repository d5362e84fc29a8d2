import { describe, expect, it } from 'vitest';
import { isValidUkDrivingLicence } from './ukDrivingLicence.ts';

describe('isValidUkDrivingLicence', () => {
  it.each([
    "MORGA657054SM9IJ",
    "FO999512018AA1AB",
    "SMIT9801015JK2CD",
    "SMITH862310AB1CD",
  ])('accepts %s', (value) => {
    expect(isValidUkDrivingLicence(value)).toBe(true);
  });

  it.each([
    ["month 13", "MORGA613054SM9IJ"],
    ["day 32", "MORGA607324SM9IJ"],
    ["a 9 inside the surname", "MO9GA607054SM9IJ"],
    ["lower case", "morga607054sm9ij"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidUkDrivingLicence(value)).toBe(false);
  });
});
