/**
 * The 16-character DVLA driving licence number: 5 characters of surname padded with 9s, the
 * decade digit of the birth year, the birth month (+50 for women), the day, the year digit, two
 * initials (9 for none), an arbitrary digit and two check letters. Upper case.
 */
const SHAPE = /^[A-Z](?:[A-Z]{4}|[A-Z]{3}9|[A-Z]{2}99|[A-Z]999|9999)\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z][A-Z9]\d[A-Z]{2}$/;

/** Whether an upper-case string is a DVLA driving licence number by its structure (no checksum is published). */
export function isValidUkDrivingLicence(licence: string): boolean {
  return SHAPE.test(licence);
}
