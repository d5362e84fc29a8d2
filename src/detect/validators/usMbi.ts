/** Letters an MBI may use: A-Z without S, L, O, I, B, Z (they look like digits or each other). */
const L = '[AC-HJKMNP-RT-Y]';
const LD = '[AC-HJKMNP-RT-Y0-9]';

/**
 * Medicare Beneficiary Identifier, 11 characters: a digit 1-9, a letter, a letter or digit, a
 * digit, a letter, a letter or digit, a digit, two letters, two digits. CMS publishes no check
 * digit; the position rules are the whole specification.
 */
const SHAPE = new RegExp(`^[1-9]${L}${LD}\\d${L}${LD}\\d${L}${L}\\d\\d$`);

/** Whether 11 upper-case characters (separators removed) follow the MBI position rules. */
export function isValidUsMbi(compact: string): boolean {
  return SHAPE.test(compact);
}
