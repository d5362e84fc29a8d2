/** Values at least this long keep their first two characters; shorter ones are masked whole. */
const KEEP_FROM_LENGTH = 8;
const KEPT = 2;
/** A pasted private key is thousands of characters; a masked value only has to be recognisable. */
const MAX_SHOWN = 40;
const MASK = '*';

/**
 * A value as we may show it: the first two characters kept (as Nightfall does) so the author can
 * tell which value was meant, every other letter and digit replaced by `*`, punctuation kept so the
 * shape stays readable (`m.*****@******-****.***`, `45** **** **** ****`). Values under eight
 * characters keep nothing: two of six characters is a third of the secret. Long values are cut
 * after 40 characters with a count of what was left out, so a pasted key never floods a terminal.
 */
export function maskValue(value: string): string {
  const chars = [...value];
  const kept = chars.length >= KEEP_FROM_LENGTH ? KEPT : 0;
  const masked = chars.map((char, index) => {
    // Line breaks and tabs become spaces (a masked value is printed on one line); control
    // characters are masked even where kept, so a value cannot drive the terminal.
    if (/\s/u.test(char)) return ' ';
    if (/\p{C}/u.test(char)) return MASK;
    return index < kept || !/[\p{L}\p{N}]/u.test(char) ? char : MASK;
  });
  if (masked.length <= MAX_SHOWN) return masked.join('');
  return `${masked.slice(0, MAX_SHOWN).join('')}\u2026(+${masked.length - MAX_SHOWN})`;
}
