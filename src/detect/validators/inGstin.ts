const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Whether 15 upper-case characters are shaped like an Indian GSTIN: a state code 01-37, the
 * holder's PAN (5 letters, 4 digits, a letter), a registration count, "Z", and a check character.
 */
export function isGstinShaped(gstin: string): boolean {
  return /^(?:0[1-9]|[12]\d|3[0-7])[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(gstin);
}

/**
 * Whether a GSTIN-shaped string carries the GSTN's mod-36 check character: characters valued 0-35,
 * weighted alternately 1 and 2, each product reduced to quotient plus remainder by 36.
 */
export function hasValidGstinChecksum(gstin: string): boolean {
  if (!isGstinShaped(gstin)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = ALPHABET.indexOf(gstin.charAt(i)) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET.charAt((36 - (sum % 36)) % 36) === gstin.charAt(14);
}
