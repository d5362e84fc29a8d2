/**
 * Numbers that pass the structural rules but are known not to be anyone's SSN: the Woolworth wallet
 * card (078-05-1120), the 1940s advertising sample (219-09-9999), the textbook example and a number
 * published in a well-known identity-protection advertisement (457-55-5462).
 */
const KNOWN_INVALID: ReadonlySet<string> = new Set(['078051120', '219099999', '123456789', '457555462']);

/**
 * Whether nine digits (separators already removed) can be a US Social Security number under the
 * SSA's rules: area not 000, 666 or 900-999 (the 9xx range is ITINs and advertising samples), group
 * not 00, serial not 0000, not one digit repeated, and not a well-known sample.
 */
export function isValidUsSsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area >= '900') return false;
  if (digits.slice(3, 5) === '00') return false;
  if (digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return !KNOWN_INVALID.has(digits);
}
