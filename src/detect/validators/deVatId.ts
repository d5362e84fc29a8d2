import { iso7064Mod11_10CheckDigit } from './iso7064Mod11_10.ts';

/**
 * Whether the nine digits after "DE" are a German USt-IdNr: no leading 0, and the last digit the
 * ISO 7064 MOD 11,10 check digit of the first eight (the Steuer-IdNr's scheme; the BZSt does not
 * publish it, but issued numbers carry it and validators such as python-stdnum check it). About
 * one random number in ten passes.
 */
export function isValidDeVatId(digits: string): boolean {
  if (!/^[1-9]\d{8}$/.test(digits)) return false;
  return iso7064Mod11_10CheckDigit(digits.slice(0, 8)) === Number(digits[8]);
}
