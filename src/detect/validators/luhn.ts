/**
 * The Luhn (mod 10) checksum that every payment card number carries in its last digit.
 * Takes digits only; anything else (separators, an empty string) is not a valid number.
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  // From the right, so the check digit is never doubled whatever the length.
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
