/**
 * Whether a US DEA registration number (upper case: a registrant-type letter, the registrant's
 * surname initial or 9, and 7 digits) has the right check digit: the sum of the 1st, 3rd and 5th
 * digits plus twice the sum of the 2nd, 4th and 6th, mod 10.
 */
export function isValidDeaNumber(dea: string): boolean {
  const match = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{7})$/.exec(dea);
  if (!match) return false;
  const d = [...(match[1] ?? '')].map(Number);
  const sum = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + 2 * ((d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0));
  return sum % 10 === d[6];
}
