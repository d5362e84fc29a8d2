import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../test/fixtures/files/fixtureText.ts';
import { makeZip } from '../../../test/fixtures/files/makeZip.ts';
import { sniffFormat } from './sniffFormat.ts';
import type { SniffInput } from './sniffFormat.ts';

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const formatOf = (input: SniffInput): unknown => {
  const sniffed = sniffFormat(input);
  return sniffed.read ? sniffed.format : `${sniffed.outcome}:${sniffed.format ?? '-'}`;
};

const OOXML_TYPES = { name: '[Content_Types].xml', data: '<Types/>' };

describe('sniffFormat', () => {
  it.each([
    ['a PDF', readFixture('contact.pdf'), 'pdf'],
    ['a PDF with junk before its header', bytes('\r\n\r\n%PDF-1.7\n...'), 'pdf'],
    ['a DOCX', readFixture('contact.docx'), 'docx'],
    ['an XLSX', readFixture('contacts.xlsx'), 'xlsx'],
    ['a PNG', readFixture('screenshot.png'), 'png'],
    ['a JPEG', readFixture('screenshot.jpg'), 'jpeg'],
    ['a GIF', bytes('GIF89a\x01\x00\x01\x00'), 'gif'],
    ['a WebP', bytes('RIFF\x24\x00\x00\x00WEBPVP8 '), 'webp'],
    ['a little-endian TIFF', bytes('II*\x00\x08\x00\x00\x00'), 'tiff'],
    ['a big-endian TIFF', bytes('MM\x00*\x00\x00\x00\x08'), 'tiff'],
    ['a BMP', bytes('BM\x36\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00\x28\x00\x00\x00\x01\x00'), 'bmp'],
    ['an AVIF', bytes('\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf'), 'avif'],
  ])('knows %s by its bytes, whatever it is called', (_what, content, format) => {
    expect(formatOf({ bytes: content, fileName: 'upload.txt', declaredMimeType: 'text/plain' })).toBe(format);
  });

  it('does not take text that starts with "BM" for a bitmap', () => {
    expect(formatOf({ bytes: bytes('BMW 320d, reg. AB12 CDE, owner Jane Roe'), fileName: 'car.txt' })).toBe('txt');
  });

  it('refuses HEIC photos, PowerPoint, other ZIPs and legacy Office files by name', () => {
    expect(formatOf({ bytes: bytes('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic') })).toBe('unsupported:heic');
    expect(formatOf({ bytes: makeZip([OOXML_TYPES, { name: 'ppt/presentation.xml', data: '<p/>' }]) })).toBe('unsupported:pptx');
    expect(formatOf({ bytes: makeZip([{ name: 'photos/a.txt', data: 'x' }]) })).toBe('unsupported:zip');
    expect(formatOf({ bytes: makeZip([{ name: 'word/document.xml', data: 'x' }]) })).toBe('unsupported:zip'); // no content types
    const ole = new Uint8Array(1024);
    ole.set(bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'));
    expect(formatOf({ bytes: ole, fileName: 'old.doc' })).toBe('unsupported:ole');
  });

  it('recognises a password-protected Office document inside its OLE wrapper', () => {
    // The real thing is a compound file whose directory names the EncryptionInfo and EncryptedPackage streams.
    const ole = new Uint8Array(2048);
    ole.set(bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'));
    ole.set(Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le'), 1024);
    expect(formatOf({ bytes: ole, fileName: 'salaries.xlsx' })).toBe('encrypted:xlsx');
    expect(formatOf({ bytes: ole })).toBe('encrypted:-');
  });

  it('reports a corrupt ZIP as unreadable', () => {
    expect(formatOf({ bytes: readFixture('contact.docx').subarray(0, 600), fileName: 'contact.docx' })).toBe('unreadable:zip');
  });

  describe('an HTML page', () => {
    const login = readFixture('slack-login.html');

    it.each([
      [{ fileName: 'report.pdf' }, 'html_instead_of_file:pdf'],
      [{ declaredMimeType: 'application/pdf' }, 'html_instead_of_file:pdf'],
      [{ fileName: 'image.png', declaredMimeType: 'image/png' }, 'html_instead_of_file:png'],
      [{ fileName: 'notes.txt', declaredMimeType: 'text/plain' }, 'html_instead_of_file:txt'],
    ])('is the wrong thing when %o was expected', (declared, expected) => {
      expect(formatOf({ bytes: login, ...declared })).toBe(expected);
    });

    it('is read as text when it was declared HTML, or nothing was declared', () => {
      expect(formatOf({ bytes: login, fileName: 'page.html' })).toBe('html');
      expect(formatOf({ bytes: login, declaredMimeType: 'text/html; charset=utf-8' })).toBe('html');
      expect(formatOf({ bytes: login })).toBe('html');
    });

    it('is known with a BOM, leading blank lines, a comment, or in lower case', () => {
      const page = bytes('\xef\xbb\xbf\n  <!-- login -->\n<html><body>Sign in</body></html>');
      expect(formatOf({ bytes: page, fileName: 'export.csv' })).toBe('html_instead_of_file:csv');
      expect(formatOf({ bytes: bytes('<!doctype HTML><p>x'), fileName: 'a.json' })).toBe('html_instead_of_file:json');
    });

    it('is not confused with XML or text that merely mentions html', () => {
      expect(formatOf({ bytes: bytes('<?xml version="1.0"?><note>html</note>'), fileName: 'a.xml' })).toBe('xml');
      expect(formatOf({ bytes: bytes('the <html> tag opens a page'), fileName: 'a.txt' })).toBe('txt');
    });
  });

  it('goes by name, then declared type, for text', () => {
    const text = bytes('a,b\n1,2\n');
    expect(formatOf({ bytes: text, fileName: 'export.CSV' })).toBe('csv');
    expect(formatOf({ bytes: text, fileName: 'data.tsv', declaredMimeType: 'text/csv' })).toBe('tsv');
    expect(formatOf({ bytes: text, declaredMimeType: 'text/csv' })).toBe('csv');
    expect(formatOf({ bytes: text, fileName: 'app.log' })).toBe('log');
    expect(formatOf({ bytes: text, fileName: 'values.yml' })).toBe('yaml');
    expect(formatOf({ bytes: text, fileName: 'README.md' })).toBe('md');
    expect(formatOf({ bytes: text, fileName: 'x', declaredMimeType: 'application/json' })).toBe('json');
    expect(formatOf({ bytes: text, declaredMimeType: 'text/x-python' })).toBe('txt');
  });

  it('keeps the declared charset for the text reader', () => {
    const sniffed = sniffFormat({ bytes: bytes('x'), declaredMimeType: 'text/plain; charset=ISO-8859-1' });
    expect(sniffed).toEqual({ read: true, format: 'txt', charset: 'ISO-8859-1', declaredText: true });
  });

  it('tries unknown files as text, undeclared', () => {
    expect(sniffFormat({ bytes: bytes('API_KEY=abc'), fileName: '.env' })).toEqual({
      read: true,
      format: 'txt',
      charset: undefined,
      declaredText: false,
    });
  });

  it('calls a file unreadable when its declared binary format has no signature', () => {
    const sniffed = sniffFormat({ bytes: bytes('{"ok":false,"error":"invalid_auth"}'), fileName: 'scan.pdf' });
    expect(sniffed).toMatchObject({ read: false, outcome: 'unreadable', format: 'pdf' });
    expect(formatOf({ bytes: bytes('not an image'), declaredMimeType: 'image/jpeg' })).toBe('unreadable:jpeg');
  });
});
