/**
 * The ISO 7064 MOD 11,10 check digit of a run of digits: the scheme behind the German Steuer-IdNr
 * and USt-IdNr. Each digit is added to a running product, reduced mod 10 (0 counts as 10), then
 * doubled mod 11; the check digit brings the final product to 1. Takes digits only; returns -1
 * for anything else, which no check digit equals.
 */
export function iso7064Mod11_10CheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) return -1;
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10;
}
