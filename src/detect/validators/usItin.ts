/**
 * Whether 9 digits are an IRS Individual Taxpayer Identification Number: area 9xx and a group in
 * the IRS's ITIN ranges (50-65, 70-88, 90-92, 94-99). There is no check digit.
 */
export function isValidUsItin(digits: string): boolean {
  return /^9\d{2}(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])\d{4}$/.test(digits);
}
