/**
 * Whether 11 digits are a Turkish T.C. Kimlik No: no leading 0; the tenth digit is 7 times the sum
 * of the odd-position digits minus the sum of the even-position ones (first nine), mod 10; the
 * eleventh is the sum of the first ten mod 10. Two check digits: one random number in a hundred
 * passes.
 */
export function isValidTrNationalId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}
