import { describe, expect, it } from 'vitest';
import { creditCardRecognizer } from './creditCardRecognizer.ts';

function spans(text: string): string[] {
  return creditCardRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('creditCardRecognizer', () => {
  it('finds compact, dashed and spaced numbers with exact offsets', () => {
    const text = '4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881';
    expect(creditCardRecognizer.recognize(text).map(({ start, end }) => [start, end])).toEqual([
      [0, 16],
      [17, 36],
      [37, 56],
    ]);
  });

  it.each([
    ['Visa', '4111 1111 1111 1111'],
    ['Visa, 13 digits', '4222222222222'],
    ['Mastercard', '5555-5555-5555-4444'],
    ['Mastercard 2-series', '2223 0031 2200 3222'],
    ['Amex in 4-6-5', '3714 496353 98431'],
    ['Discover', '6011 0004 0000 0000'],
    ['Diners', '3056 930902 5904'],
    ['JCB', '3528 0007 0000 0000'],
    ['UnionPay', '6200 0000 0000 0005'],
    ['Maestro', '6759 6498 2643 8453'],
  ])('finds %s', (_issuer, card) => {
    expect(spans(`card: ${card}.`)).toEqual([card]);
  });

  it('scores a number higher with a card word nearby', () => {
    const [alone] = creditCardRecognizer.recognize('4012888888881881');
    const [withContext] = creditCardRecognizer.recognize('my visa 4012888888881881');
    expect(alone?.score).toBeGreaterThanOrEqual(0.5);
    expect(withContext?.score).toBeGreaterThan(alone?.score ?? 1);
  });

  it.each([
    ['a failed checksum', 'my credit card number is 4012-8888-8888-1882'],
    ['a Luhn-valid number outside every issuer range', '1748503543012'],
    ['mixed separators', '4012 8888-8888 1881'],
    ['a number glued to letters', 'id4012888888881881'],
    ['a number inside a longer one', '40128888888818810'],
    ['a decimal', '0.4012888888881881'],
    ['an international phone prefix', '+4012888888881881'],
    ['odd grouping', '40 12 88 88 88 88 18 81'],
    ['12 digits', '4012 8888 8888'],
  ])('ignores %s', (_why, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('finds the card in a run of numbers without swallowing its neighbours', () => {
    expect(spans('ref 12 4012 8888 8888 1881 2026')).toEqual(['4012 8888 8888 1881']);
  });
});
