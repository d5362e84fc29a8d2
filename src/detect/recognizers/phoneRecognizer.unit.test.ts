import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_BUDGET } from './phonePieces.ts';
import { createPhoneRecognizer, phoneRecognizer } from './phoneRecognizer.ts';

function found(text: string, minScore = 0.5): string[] {
  return phoneRecognizer
    .recognize(text)
    .filter((f) => f.score >= minScore)
    .map((f) => text.slice(f.start, f.end));
}

describe('phoneRecognizer', () => {
  it('finds US and international numbers with their exact offsets', () => {
    const text = 'My US number is (415) 555-0132, and my international one is +1 415 555 0132';
    expect(phoneRecognizer.recognize(text).map(({ start, end }) => [start, end])).toEqual([
      [16, 30],
      [60, 75],
    ]);
  });

  it.each([
    '+1 (312) 555-0117',
    '415-555-0132',
    '415.555.0132',
    '1-415-555-0132',
    '+44 (20) 7123 4567',
    '+49 30 1234567',
    '+33 1 42 68 53 00',
    '+55 11 98456 5666',
    '+91 4155550132',
    '+639171234567',
  ])('finds %s without any context', (phone) => {
    expect(found(`reach: ${phone}!`)).toEqual([phone]);
  });

  it('scores an explicit country code above a national number, and context above both', () => {
    const [international] = phoneRecognizer.recognize('+1 415 555 0132');
    const [national] = phoneRecognizer.recognize('x (415) 555-0132');
    const [withContext] = phoneRecognizer.recognize('my cell is (415) 555-0132');
    expect(international?.score).toBeGreaterThan(national?.score ?? 1);
    expect(withContext?.score).toBeGreaterThan(international?.score ?? 1);
  });

  it('reports a bare digit run under the threshold unless a phone word is nearby', () => {
    expect(found('ref 4155550132 ok')).toEqual([]);
    expect(phoneRecognizer.recognize('ref 4155550132 ok')[0]?.score).toBeLessThan(0.5);
    expect(found('text me at 4155550132')).toEqual(['4155550132']);
  });

  it.each(['the order number 4155550132 was refunded', 'ticket #415-555-0132', 'invoice no. is 2125550199'])(
    'keeps a named identifier under the threshold: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it('only vetoes an identifier name directly before the digits', () => {
    expect(found('call customer support at (415) 555-0132')).toEqual(['(415) 555-0132']);
    expect(found('my order is late, call me at (415) 555-0132')).toEqual(['(415) 555-0132']);
  });

  it.each([
    ['Israel', 'My Israeli number is 09-7625400', '09-7625400'],
    ['Japan', 'My Japanese number is 090-1234-5678', '090-1234-5678'],
    ['China', 'My CN number is 13812345678', '13812345678'],
  ])('finds a national number from %s only with a phone word nearby', (_country, text, phone) => {
    expect(found(text)).toEqual([phone]);
    expect(found(text.replace(/number/i, 'code'))).toEqual([]);
  });

  it.each([
    ['a German-valid digit run without its trunk 0', 'My Aadhaar number is 400123456787'],
    ['a resident number', 'Permanent resident number 9912316789285 is on file'],
  ])('does not read %s as a foreign phone number', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['a version', 'release 1.2.3 and v2.3.14'],
    ['a date', 'due 2024-05-14, or 05/14/2024'],
    ['a time range', 'meeting 10:30-11:00'],
    ['an IPv4 address that parses as a New York number', 'server 212.58.244.20 is down'],
    ['a 4-digit number', 'port 8080'],
    ['odd grouping', 'Medicare 2123 45670 1'],
    ['slashes in a tax number', 'St.-Nr. 123/456/78901'],
    ['a Slack timestamp', 'ts 1714053201.004519'],
    ['a Zoom meeting id', 'Meeting ID 845 2231 9087'],
    ['a 7-digit local number', 'ext 555-1234'],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('takes its default country from the options', () => {
    const british = createPhoneRecognizer({ defaultCountry: 'GB', contextCountries: [] });
    const text = 'office 020 7946 0958';
    expect(british.recognize(text).map((f) => text.slice(f.start, f.end))).toEqual(['020 7946 0958']);
    expect(found(text)).toEqual([]);
  });

  it('reports a number once even when several countries parse it', () => {
    expect(phoneRecognizer.recognize('call me: (415) 555-0132')).toHaveLength(1);
  });

  it('reads a message of thousands of numbers only up to its budget (the 100 ms rule)', () => {
    const list = `phone ${'4155550132 '.repeat(4_000)}`;
    const findings = phoneRecognizer.recognize(list);
    // The first numbers are found as in any message; past the budget the rest are not read.
    expect(findings.slice(0, 3).map((f) => list.slice(f.start, f.end))).toEqual(['4155550132', '4155550132', '4155550132']);
    expect(findings.length).toBeGreaterThan(DEFAULT_PARSE_BUDGET / 20);
    expect(Math.max(...findings.map((f) => f.end))).toBeLessThan(DEFAULT_PARSE_BUDGET * 1.5);
  });
});
