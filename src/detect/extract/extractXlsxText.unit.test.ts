import { describe, expect, it } from 'vitest';
import { EMAIL, SSN, readFixture } from '../../../test/fixtures/files/fixtureText.ts';
import { makeZip } from '../../../test/fixtures/files/makeZip.ts';
import { cellText, extractXlsxText } from './extractXlsxText.ts';
import { testContext } from './testContext.ts';

describe('extractXlsxText', () => {
  it('reads every sheet, a row a line, with dates as dates and formulas as their results', async () => {
    const { text } = await extractXlsxText(readFixture('contacts.xlsx'), testContext('xlsx'));
    expect(text).toBe(
      [
        'Sheet: Customers',
        'Name\tEmail\tSSN\tDate of birth\tBalance',
        `Maria Lopez\t${EMAIL}\t${SSN}\t1984-07-09\t1250.5`,
        'Support desk\thelp@northwind-mail.com\t\t\t0',
        '',
        'Sheet: Notes',
        'Call back on Tuesday',
        '\t2501',
      ].join('\n'),
    );
  });

  it('stops once it has enough text', async () => {
    const result = await extractXlsxText(readFixture('contacts.xlsx'), testContext('xlsx', { maxChars: 40 }));
    expect(result.truncated).toBe(true);
    expect(result.text).not.toContain('Sheet: Notes');
  });

  it('checks the unpacked size before handing the package to exceljs', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/worksheets/sheet1.xml', data: ' '.repeat(3_000_000) },
    ]);
    await expect(extractXlsxText(bomb, testContext('xlsx', { maxUnpackedBytes: 1_000_000 }))).rejects.toMatchObject({
      outcome: 'too_large',
    });
  });

  it.each([
    [null, ''],
    [42, '42'],
    [4111111111111111, '4111111111111111'],
    [true, 'true'],
    [new Date(Date.UTC(1990, 0, 31)), '1990-01-31'],
    [new Date(Date.UTC(2024, 4, 1, 13, 30)), '2024-05-01 13:30:00'],
    [{ richText: [{ text: 'Jane ' }, { text: 'Roe' }] }, 'Jane Roe'],
    [{ text: 'write to me', hyperlink: 'mailto:jane@example.org' }, 'write to me (jane@example.org)'],
    [{ text: 'jane@example.org', hyperlink: 'mailto:jane@example.org' }, 'jane@example.org'],
    [{ formula: 'A1', result: 'from a formula' }, 'from a formula'],
    [{ error: '#N/A' }, ''],
  ])('renders the cell value %o as %j', (value, text) => {
    expect(cellText(value as Parameters<typeof cellText>[0])).toBe(text);
  });
});
