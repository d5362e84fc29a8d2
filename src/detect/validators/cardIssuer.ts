/** Card networks we recognise by number. `uatp` is the airline network (15 digits, leading 1). */
export type CardIssuer =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'diners'
  | 'jcb'
  | 'unionpay'
  | 'maestro'
  | 'uatp';

interface IssuerRule {
  issuer: CardIssuer;
  /** Inclusive prefix ranges; both ends have the same number of digits. */
  prefixes: readonly (readonly [string, string])[];
  lengths: readonly number[];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Issuer identification number ranges (ISO/IEC 7812 as published by the networks). Order matters:
 * narrower ranges come before the broad ones that contain them (Discover's 622126-622925 inside
 * UnionPay's 62, and both inside Maestro's 6).
 */
const RULES: readonly IssuerRule[] = [
  { issuer: 'amex', prefixes: [['34', '34'], ['37', '37']], lengths: [15] },
  { issuer: 'visa', prefixes: [['4', '4']], lengths: [13, 16, 19] },
  { issuer: 'mastercard', prefixes: [['51', '55'], ['2221', '2720']], lengths: [16] },
  {
    issuer: 'discover',
    prefixes: [['6011', '6011'], ['644', '649'], ['65', '65'], ['622126', '622925']],
    lengths: range(16, 19),
  },
  { issuer: 'jcb', prefixes: [['3528', '3589']], lengths: range(16, 19) },
  {
    issuer: 'diners',
    prefixes: [['300', '305'], ['3095', '3095'], ['36', '36'], ['38', '39']],
    lengths: range(14, 19),
  },
  { issuer: 'unionpay', prefixes: [['62', '62']], lengths: range(16, 19) },
  { issuer: 'maestro', prefixes: [['50', '50'], ['56', '69']], lengths: range(12, 19) },
  { issuer: 'uatp', prefixes: [['1', '1']], lengths: [15] },
];

/**
 * The network a card number belongs to by its prefix and length, or undefined. Says nothing about
 * the checksum; pair it with `isLuhnValid`.
 */
export function cardIssuerOf(digits: string): CardIssuer | undefined {
  if (!/^\d+$/.test(digits)) return undefined;
  for (const rule of RULES) {
    if (!rule.lengths.includes(digits.length)) continue;
    for (const [from, to] of rule.prefixes) {
      const prefix = digits.slice(0, from.length);
      if (prefix >= from && prefix <= to) return rule.issuer;
    }
  }
  return undefined;
}
