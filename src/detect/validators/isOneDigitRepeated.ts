/**
 * One digit repeated ("000000000", "1111111111"): many checksums accept it and no issuer hands it
 * out, while it is exactly what people type as a placeholder.
 */
export function isOneDigitRepeated(digits: string): boolean {
  return digits.length > 0 && /^(\d)\1*$/.test(digits);
}
