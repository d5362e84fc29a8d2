import { parsePhoneNumberFromString, type CountryCode, type PhoneNumberType } from 'libphonenumber-js/max';

/**
 * The type (MOBILE, FIXED_LINE, VOIP ...) of a phone number of `country`, read with
 * libphonenumber's full metadata: `digits` is the number as digits, international with its "+"
 * and calling code, or national (libphonenumber accepts it with or without the trunk prefix, so a
 * caller that wants the prefix must ask for it). Undefined when it is not a valid number of that
 * country (another country's, an unassigned range, the wrong length).
 */
export function countryPhoneNumberType(digits: string, country: CountryCode): PhoneNumberType | undefined {
  if (!/^\+?\d+$/.test(digits)) return undefined;
  const number = parsePhoneNumberFromString(digits, country);
  if (!number || number.country !== country || !number.isValid()) return undefined;
  return number.getType();
}
