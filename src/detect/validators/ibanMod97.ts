/**
 * IBAN length per country (ISO 13616; SWIFT IBAN registry), country code included.
 * A wrong length is the cheapest way to reject a look-alike before the checksum.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
});

/**
 * The ISO 7064 mod-97 remainder of an IBAN (compact, case-insensitive): the first four characters
 * move to the end, letters become 10..35, and the resulting number is taken mod 97. A valid IBAN
 * leaves 1. Returns NaN when the string holds anything but ASCII letters and digits.
 */
export function ibanMod97(iban: string): number {
  if (!/^[A-Za-z0-9]+$/.test(iban)) return Number.NaN;
  const rearranged = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    // A letter contributes two digits, so the running remainder is shifted by 100 instead of 10.
    if (code >= 65) remainder = (remainder * 100 + (code - 55)) % 97;
    else remainder = (remainder * 10 + (code - 48)) % 97;
  }
  return remainder;
}

/**
 * Whether a compact IBAN (no separators) has a known country, that country's length, check digits
 * in 02..98 and a mod-97 remainder of 1. Case-insensitive: deciding which spellings to accept is
 * the recognizer's business.
 */
export function isValidIban(iban: string): boolean {
  const upper = iban.toUpperCase();
  const match = /^([A-Z]{2})(\d{2})[A-Z0-9]+$/.exec(upper);
  if (!match) return false;
  const [, country = '', check = ''] = match;
  if (IBAN_LENGTHS[country] !== upper.length) return false;
  // 00, 01 and 99 can satisfy the remainder but are never issued (check digits are 98 - n, n in 0..96).
  if (check === '00' || check === '01' || check === '99') return false;
  return ibanMod97(upper) === 1;
}
