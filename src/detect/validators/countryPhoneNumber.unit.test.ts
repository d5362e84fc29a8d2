import { describe, expect, it } from 'vitest';
import { countryPhoneNumberType } from './countryPhoneNumber.ts';

describe('countryPhoneNumberType', () => {
  it.each([
    ['09171234567', 'PH', 'MOBILE'],
    ['+639171234567', 'PH', 'MOBILE'],
    ['08171234567', 'PH', 'MOBILE'],
    ['0281234567', 'PH', 'FIXED_LINE'],
    ['05321234567', 'TR', 'MOBILE'],
    ['+905321234567', 'TR', 'MOBILE'],
    ['02121234567', 'TR', 'FIXED_LINE'],
  ] as const)('reads %s in %s as %s', (digits, country, type) => {
    expect(countryPhoneNumberType(digits, country)).toBe(type);
  });

  it.each([
    ['a number one digit short', '0917123456', 'PH'],
    ['a number one digit long', '091712345678', 'PH'],
    ['an unassigned mobile prefix', '09012345678', 'PH'],
    ['another country', '+905321234567', 'PH'],
    ['an unassigned area code', '04441234567', 'TR'],
    ['separators', '0917 123 4567', 'PH'],
  ] as const)('rejects %s (%s in %s)', (_why, digits, country) => {
    expect(countryPhoneNumberType(digits, country)).toBeUndefined();
  });
});
