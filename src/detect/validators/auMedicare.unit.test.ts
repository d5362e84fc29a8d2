import { describe, expect, it } from 'vitest';
import { isValidAuMedicare } from './auMedicare.ts';

describe('isValidAuMedicare', () => {
  it.each([
    "2123456701",
  ])('accepts %s', (value) => {
    expect(isValidAuMedicare(value)).toBe(true);
  });

  it.each([
    ["a failed check digit", "2123258701"],
    ["a first digit outside 2-6", "7123456701"],
    ["issue number 0", "2123456700"],
    ["twelve digits", "212345670221"],
  ])('rejects %s (%s)', (_why, value) => {
    expect(isValidAuMedicare(value)).toBe(false);
  });
});
