import { iso7064Mod11_10CheckDigit } from './iso7064Mod11_10.ts';

/**
 * Whether 11 digits (no leading 0) end in the ISO 7064 MOD 11,10 check digit of the first ten, as
 * a German Steuerliche Identifikationsnummer does, and no digit occurs more than three times in the
 * first ten (never issued). About one random number in ten passes; see `isValidDeTaxId` for the
 * full rule.
 */
export function hasValidDeTaxIdCheckDigit(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  if (digitCounts(digits).some((c) => c > 3)) return false;
  return iso7064Mod11_10CheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}

/**
 * Whether 11 digits are a Steuer-IdNr as the Bundeszentralamt issues them: the check digit, and in
 * the first ten digits exactly one digit occurring twice or three times while the others occur at
 * most once. About one random number in 260 passes. Sample numbers in documentation
 * ("12345678903") often have the check digit but not the digit rule.
 */
export function isValidDeTaxId(digits: string): boolean {
  return hasValidDeTaxIdCheckDigit(digits) && digitCounts(digits).filter((c) => c >= 2).length === 1;
}

/** How often each digit 0-9 occurs in the first ten digits. */
function digitCounts(digits: string): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const ch of digits.slice(0, 10)) counts[Number(ch)] = (counts[Number(ch)] ?? 0) + 1;
  return counts;
}
