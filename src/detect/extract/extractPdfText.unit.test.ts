import { describe, expect, it } from 'vitest';
import { EMAIL, SSN, readFixture } from '../../../test/fixtures/files/fixtureText.ts';
import { makePdf } from '../../../test/fixtures/files/makePdf.ts';
import { extractPdfText } from './extractPdfText.ts';
import { testContext } from './testContext.ts';

const pagesOf = (count: number): string[][] =>
  Array.from({ length: count }, (_, i) => [`Page ${i + 1} of the contract`, 'Lorem ipsum dolor sit amet']);

describe('extractPdfText', () => {
  it('reads the text layer page by page', async () => {
    const result = await extractPdfText(readFixture('contact.pdf'), testContext('pdf'));
    expect(result).toEqual({
      text: `Customer record\nEmail: ${EMAIL}\nSSN: ${SSN}\n\nNotes\nRenewal due in March.`,
      pages: 2,
    });
  });

  it('leaves the caller its bytes', async () => {
    const bytes = readFixture('contact.pdf');
    await extractPdfText(bytes, testContext('pdf'));
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });

  it('says when a PDF needs a password', async () => {
    await expect(extractPdfText(readFixture('contact-encrypted.pdf'), testContext('pdf'))).rejects.toMatchObject({
      outcome: 'encrypted',
      format: 'pdf',
    });
  });

  it('calls a truncated PDF unreadable', async () => {
    await expect(extractPdfText(readFixture('contact-truncated.pdf'), testContext('pdf'))).rejects.toMatchObject({
      outcome: 'unreadable',
    });
  });

  it('refuses a document over the page limit without reading its pages', async () => {
    await expect(extractPdfText(makePdf(pagesOf(5)), testContext('pdf', { maxPages: 4 }))).rejects.toMatchObject({
      outcome: 'too_many_pages',
      message: expect.stringContaining('5 pages'),
    });
  });

  it('stops reading pages once it has enough text', async () => {
    const result = await extractPdfText(makePdf(pagesOf(30)), testContext('pdf', { maxChars: 100 }));
    expect(result.truncated).toBe(true);
    expect(result.pages).toBe(30);
    expect(result.text).toContain('Page 1 of');
    expect(result.text).not.toContain('Page 30 of');
  });

  it('gives up when aborted, before or during the work', async () => {
    const before = new AbortController();
    const reason = new Error('timed out');
    before.abort(reason);
    await expect(extractPdfText(readFixture('contact.pdf'), testContext('pdf', {}, { signal: before.signal }))).rejects.toBe(reason);

    const during = new AbortController();
    const running = extractPdfText(makePdf(pagesOf(150)), testContext('pdf', {}, { signal: during.signal }));
    setImmediate(() => during.abort(reason));
    await expect(running).rejects.toBeDefined();
  });
});
