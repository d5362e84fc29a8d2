/** The DNI/NIE control letters, indexed by the number mod 23. */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * Whether a Spanish DNI/NIF (7 or 8 digits and a control letter; "1111111G" is "01111111G"
 * without its leading zero) has the right letter. Upper case, no separators.
 */
export function isValidEsNif(compact: string): boolean {
  const match = /^(\d{7,8})([A-Z])$/.exec(compact);
  if (!match) return false;
  const [, number = '', letter = ''] = match;
  return LETTERS[Number(number) % 23] === letter;
}

/**
 * Whether a Spanish foreigner's NIE (X, Y or Z, 7 digits, a control letter) has the right letter:
 * X, Y and Z stand for 0, 1 and 2 in front of the digits.
 */
export function isValidEsNie(compact: string): boolean {
  const match = /^([XYZ])(\d{7})([A-Z])$/.exec(compact);
  if (!match) return false;
  const [, prefix = '', number = '', letter = ''] = match;
  return LETTERS[Number(`${'XYZ'.indexOf(prefix)}${number}`) % 23] === letter;
}
