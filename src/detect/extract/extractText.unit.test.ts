import { describe, expect, it } from 'vitest';
import { EMAIL, SSN, readFixture } from '../../../test/fixtures/files/fixtureText.ts';
import { makePdf } from '../../../test/fixtures/files/makePdf.ts';
import { DEFAULT_EXTRACT_LIMITS } from './extractLimits.ts';
import { createTextExtractor, DEFAULT_EXTRACTORS, extractText } from './extractText.ts';
import type { Extractors } from './extractText.ts';
import type { ExtractContext, FileExtractor } from './fileExtractor.ts';

const text = (value: string): Uint8Array => new Uint8Array(Buffer.from(value));

/** Extractors that record which one was asked, and for what. */
function recordingExtractors(): { extractors: Extractors; calls: Array<[string, ExtractContext]> } {
  const calls: Array<[string, ExtractContext]> = [];
  const make = (name: string): FileExtractor => async (_bytes, context) => {
    calls.push([name, context]);
    return { text: `from ${name}` };
  };
  return {
    calls,
    extractors: { pdf: make('pdf'), docx: make('docx'), xlsx: make('xlsx'), image: make('image'), text: make('text') },
  };
}

describe('extractText', () => {
  describe('with the real extractors', () => {
    it.each([
      ['contact.pdf', 'pdf', [EMAIL, SSN]],
      ['contact.docx', 'docx', [EMAIL, SSN]],
      ['contacts.xlsx', 'xlsx', [EMAIL, SSN]],
      ['contacts.csv', 'csv', [EMAIL, SSN]],
      ['notes-utf16le.txt', 'txt', [EMAIL, SSN, 'Café']],
    ])('reads %s as %s', async (name, format, expected) => {
      const result = await extractText({ bytes: readFixture(name), fileName: name });
      expect(result).toMatchObject({ outcome: 'ok', format, truncated: false });
      for (const value of expected) expect(result.outcome === 'ok' && result.text).toContain(value);
    });

    it('counts the pages of a PDF', async () => {
      expect(await extractText({ bytes: readFixture('contact.pdf') })).toMatchObject({ outcome: 'ok', pages: 2 });
    });

    it.each([
      ['contact-encrypted.pdf', 'encrypted', 'pdf'],
      ['contact-truncated.pdf', 'unreadable', 'pdf'],
    ])('reports %s as %s', async (name, outcome, format) => {
      const result = await extractText({ bytes: readFixture(name), fileName: name, declaredMimeType: 'application/pdf' });
      expect(result).toMatchObject({ outcome, format, reason: expect.any(String) });
    });

    it("reports Slack's sign-in page served in place of a file", async () => {
      const result = await extractText({ bytes: readFixture('slack-login.html'), fileName: 'Q3 numbers.xlsx', declaredMimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      expect(result).toEqual({
        outcome: 'html_instead_of_file',
        format: 'xlsx',
        reason: expect.stringContaining('HTML page'),
      });
    });

    it('reads an HTML file that was uploaded as one', async () => {
      const result = await extractText({ bytes: readFixture('slack-login.html'), fileName: 'page.html', declaredMimeType: 'text/html' });
      expect(result).toMatchObject({ outcome: 'ok', format: 'html' });
    });

    it('refuses binary it does not know, and binary declared as text', async () => {
      const binary = new Uint8Array(512).map((_, i) => (i * 7) % 256);
      expect(await extractText({ bytes: binary, fileName: 'blob.bin' })).toEqual({
        outcome: 'unsupported',
        reason: 'not a known file format, and not text',
      });
      expect(await extractText({ bytes: binary, fileName: 'export.csv' })).toMatchObject({ outcome: 'unreadable', format: 'csv' });
    });

    it('answers an empty text file with empty text, an empty PDF as unreadable', async () => {
      expect(await extractText({ bytes: new Uint8Array(), fileName: 'empty.txt' })).toEqual({
        outcome: 'ok',
        text: '',
        format: 'txt',
        truncated: false,
      });
      expect(await extractText({ bytes: new Uint8Array() })).toMatchObject({ outcome: 'ok', text: '' });
      expect(await extractText({ bytes: new Uint8Array(), fileName: 'scan.pdf' })).toEqual({
        outcome: 'unreadable',
        format: 'pdf',
        reason: 'the file is empty',
      });
    });

    it('refuses a PDF over the page limit', async () => {
      const pdf = makePdf(Array.from({ length: 4 }, (_, i) => [`page ${i}`]));
      expect(await extractText({ bytes: pdf }, { maxPages: 3 })).toMatchObject({ outcome: 'too_many_pages', format: 'pdf' });
    });
  });

  describe('dispatch', () => {
    it.each([
      [readFixture('contact.pdf'), 'pdf', 'pdf'],
      [readFixture('contact.docx'), 'docx', 'docx'],
      [readFixture('contacts.xlsx'), 'xlsx', 'xlsx'],
      [readFixture('screenshot.png'), 'image', 'png'],
      [readFixture('screenshot.jpg'), 'image', 'jpeg'],
      [text('a: 1'), 'text', 'yaml'],
    ])('hands each format to its extractor (%#)', async (bytes, extractor, format) => {
      const { extractors, calls } = recordingExtractors();
      const result = await createTextExtractor(extractors)({ bytes, fileName: `file.${format === 'yaml' ? 'yml' : 'bin'}` });
      expect(result).toEqual({ outcome: 'ok', text: `from ${extractor}`, format, truncated: false });
      expect(calls.map(([name, context]) => [name, context.format])).toEqual([[extractor, format]]);
    });

    it('passes the declared charset and whether text was declared', async () => {
      const { extractors, calls } = recordingExtractors();
      await createTextExtractor(extractors)({ bytes: text('x'), declaredMimeType: 'text/csv; charset=windows-1252' });
      expect(calls[0]?.[1]).toMatchObject({ format: 'csv', charset: 'windows-1252', declaredText: true });
    });

    it('is exported with the real extractors', () => {
      expect(Object.keys(DEFAULT_EXTRACTORS).sort()).toEqual(['docx', 'image', 'pdf', 'text', 'xlsx']);
    });
  });

  describe('limits', () => {
    it('has the documented defaults', () => {
      expect(DEFAULT_EXTRACT_LIMITS).toEqual({
        maxBytes: 25 * 1024 * 1024,
        maxPages: 200,
        maxChars: 1_000_000,
        timeoutMs: 30_000,
        maxUnpackedBytes: 100 * 1024 * 1024,
        maxImagePixels: 40_000_000,
      });
    });

    it('refuses a file over maxBytes without reading it, naming its format', async () => {
      const { extractors, calls } = recordingExtractors();
      const result = await createTextExtractor(extractors)({ bytes: readFixture('contact.pdf') }, { maxBytes: 100 });
      expect(result).toEqual({ outcome: 'too_large', format: 'pdf', reason: expect.stringContaining('more than the limit of 100') });
      expect(calls).toEqual([]);
    });

    it('cuts text at maxChars and says so', async () => {
      const result = await extractText({ bytes: text('0123456789'), fileName: 'a.txt' }, { maxChars: 4 });
      expect(result).toEqual({ outcome: 'ok', text: '0123', format: 'txt', truncated: true });
    });

    it('never cuts a surrogate pair in half', async () => {
      const result = await extractText({ bytes: text('ab😀cd'), fileName: 'a.txt' }, { maxChars: 3 });
      expect(result).toMatchObject({ text: 'ab', truncated: true });
    });

    it('keeps an extractor’s own truncation', async () => {
      const extractors = { ...recordingExtractors().extractors, text: async () => ({ text: 'short', truncated: true }) };
      expect(await createTextExtractor(extractors)({ bytes: text('x') })).toMatchObject({ text: 'short', truncated: true });
    });

    it('rejects nonsense limits loudly: they are configuration errors, not file outcomes', async () => {
      await expect(extractText({ bytes: text('x') }, { maxChars: 0 })).rejects.toThrow(RangeError);
      await expect(extractText({ bytes: text('x') }, { timeoutMs: Number.NaN })).rejects.toThrow(RangeError);
    });
  });

  describe('timeout', () => {
    it('answers timeout when the extractor takes too long, and aborts it', async () => {
      let signal: AbortSignal | undefined;
      const never: FileExtractor = (_bytes, context) => {
        signal = context.signal;
        return new Promise(() => undefined);
      };
      const extract = createTextExtractor({ ...DEFAULT_EXTRACTORS, pdf: never });
      const result = await extract({ bytes: readFixture('contact.pdf') }, { timeoutMs: 5 });
      expect(result).toEqual({ outcome: 'timeout', format: 'pdf', reason: 'extraction took longer than 5 ms' });
      expect(signal?.aborted).toBe(true);
    });

    it('ignores what a timed-out extractor does afterwards', async () => {
      let finish: (() => void) | undefined;
      const late: FileExtractor = (_bytes, context) =>
        new Promise((_resolve, reject) => {
          finish = () => reject(context.signal.reason);
        });
      const result = await createTextExtractor({ ...DEFAULT_EXTRACTORS, text: late })({ bytes: text('x') }, { timeoutMs: 1 });
      expect(result.outcome).toBe('timeout');
      finish?.(); // a late rejection must not surface as an unhandled one (vitest fails the run if it does)
    });

    it('stops a real PDF extraction that runs out of time', async () => {
      const pdf = makePdf(Array.from({ length: 150 }, (_, i) => [`page ${i} with some text on it`]));
      const result = await extractText({ bytes: pdf }, { timeoutMs: 1 });
      expect(result).toMatchObject({ outcome: 'timeout', format: 'pdf' });
    });
  });

  describe('failures inside an extractor', () => {
    it('turns a library error into unreadable, with its message', async () => {
      const broken: FileExtractor = async () => {
        throw new TypeError('Cannot read properties of undefined');
      };
      const result = await createTextExtractor({ ...DEFAULT_EXTRACTORS, docx: broken })({ bytes: readFixture('contact.docx') });
      expect(result).toEqual({
        outcome: 'unreadable',
        format: 'docx',
        reason: 'the docx file could not be read: Cannot read properties of undefined',
      });
    });

    it('handles an extractor that throws synchronously', async () => {
      const sync = (() => {
        throw new Error('boom');
      }) as FileExtractor;
      expect(await createTextExtractor({ ...DEFAULT_EXTRACTORS, text: sync })({ bytes: text('x') })).toMatchObject({
        outcome: 'unreadable',
      });
    });
  });
});
