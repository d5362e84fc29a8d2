/** Values of characters in odd positions (1st, 3rd, ...), for digits 0-9 then letters A-Z. */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Month letters: A (January) to T (December), skipping the ones that look like digits or others. */
const MONTHS = 'ABCDEHLMPRST';

/**
 * The 16-character Italian codice fiscale: 6 letters (surname, name), 2 year characters, a month
 * letter, 2 day characters (+40 for women), a 4-character place code, and a check letter. Digits of
 * the date and place may be replaced by the omocodia letters LMNPQRSTUV when two people would
 * otherwise share a code.
 */
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** Whether an upper-case codice fiscale has the right shape, month letter and check letter. */
export function isValidItFiscalCode(code: string): boolean {
  if (!SHAPE.test(code) || !MONTHS.includes(code.charAt(8))) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = code.charCodeAt(i);
    // Digits weigh like the letters A-J in odd positions, so both index the same table.
    const index = ch <= 57 ? ch - 48 : ch - 65;
    // Positions are counted from 1, so even indices here are the odd positions.
    sum += i % 2 === 0 ? (ODD[index] ?? 0) : ch <= 57 ? ch - 48 : ch - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === code.charAt(15);
}
