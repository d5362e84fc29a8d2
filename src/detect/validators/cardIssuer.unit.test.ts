import { describe, expect, it } from 'vitest';
import { cardIssuerOf } from './cardIssuer.ts';

describe('cardIssuerOf', () => {
  it.each([
    ['4111111111111111', 'visa'],
    ['4222222222222', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2221000000000009', 'mastercard'],
    ['2720990000000007', 'mastercard'],
    ['371449635398431', 'amex'],
    ['340000000000009', 'amex'],
    ['6011000400000000', 'discover'],
    ['6445644564456445', 'discover'],
    ['6221260000000000', 'discover'],
    ['30569309025904', 'diners'],
    ['36168002586008', 'diners'],
    ['3528000700000000', 'jcb'],
    ['6200000000000005', 'unionpay'],
    ['6759649826438453', 'maestro'],
    ['5019717010103742', 'maestro'],
    ['122000000000003', 'uatp'],
  ])('%s is %s', (digits, issuer) => {
    expect(cardIssuerOf(digits)).toBe(issuer);
  });

  it.each([
    ['a prefix no network uses', '9111111111111111'],
    ['Mastercard below the 2-series', '2220990000000000'],
    ['Mastercard above the 2-series', '2721000000000000'],
    ['Amex with 16 digits', '3714496353984310'],
    ['Visa with 15 digits', '411111111111111'],
    ['UATP with 16 digits', '1220000000000030'],
    ['non-digits', '4111-1111-1111-1111'],
  ])('rejects %s', (_why, digits) => {
    expect(cardIssuerOf(digits)).toBeUndefined();
  });
});
