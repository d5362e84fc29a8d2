import { describe, expect, it } from 'vitest';
import { ibanRecognizer } from './ibanRecognizer.ts';

function spans(text: string): string[] {
  return ibanRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('ibanRecognizer', () => {
  it('finds a spaced IBAN in a sentence with exact offsets', () => {
    expect(ibanRecognizer.recognize('Send the reimbursement to IBAN DE89 3704 0044 0532 0130 00 please')).toEqual([
      { start: 31, end: 58, label: 'IBAN', score: 1, recognizer: 'iban' },
    ]);
  });

  it.each([
    'DE89370400440532013000',
    'GB29 NWBK 6016 1331 9268 19',
    'AL47-2121-1009-0000-0002-3569-8741',
    'NO93 8601 1117 947',
    'de89370400440532013000',
  ])('finds %s', (iban) => {
    expect(spans(`pay ${iban}, thanks`)).toEqual([iban]);
  });

  it('stops at the country length even when more text follows', () => {
    expect(spans('this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence')).toEqual([
      'VG96 VPVG 0000 0123 4567 8901',
    ]);
  });

  it('finds two IBANs in a list', () => {
    expect(spans('ibans: AL47212110090000000235698741, AL47212110090000000235698741')).toHaveLength(2);
  });

  it.each([
    ['a failed checksum', 'DE89 3704 0044 0532 0130 01'],
    ['one character short', 'AT61 1904 3002 3457 320'],
    ['a group that runs on past the length', 'IL15 0120 6900 0000 3111 0120 6900 0000 3111 141'],
    ['mixed case', 'LV80 bANK 0000 4351 9500 1'],
    ['slashes', 'AL47/2121/1009/0000/0002/3569/8741'],
    ['mixed separators', 'DE89 3704-0044 0532 0130 00'],
    ['glued to a word', 'xDE89370400440532013000'],
    ['an unknown country', 'AB150120690000003111141'],
    ['a postal code and phone', "Dalla's Pizza | 3843 Peartree Road, Bamblee, SD 20241 440-600-5124"],
  ])('ignores %s', (_why, text) => {
    expect(spans(text)).toEqual([]);
  });
});
