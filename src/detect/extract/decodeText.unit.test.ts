import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';

const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => utf16le(text).map((_, i, bytes) => bytes[i ^ 1] as number);

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Zoë')]))).toEqual({ text: 'Zoë', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array(Buffer.from('Zoë 😀')))).toEqual({ text: 'Zoë 😀', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark, either order', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...utf16le('Café')]))).toEqual({ text: 'Café', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...utf16be('Café')]))).toEqual({ text: 'Café', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a byte-order mark by its NUL bytes', () => {
    const text = 'SSN 536-22-8841, mail maria@example.org\r\n';
    expect(decodeText(utf16le(text))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16be(text))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    // "Müller – 5 €" as a Windows program would save it.
    const bytes = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Müller – 5 €', encoding: 'windows-1252' });
  });

  it('follows a declared charset, but not over a byte-order mark', () => {
    const latin = new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]); // "Grüße" in ISO-8859-1
    expect(decodeText(latin, 'ISO-8859-1').text).toBe('Grüße');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'iso-8859-1').text).toBe('A');
  });

  it('ignores a charset it does not know, and treats "ascii" as UTF-8', () => {
    expect(decodeText(new Uint8Array(Buffer.from('naïve')), 'x-made-up')).toEqual({ text: 'naïve', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array(Buffer.from('naïve')), 'us-ascii').text).toBe('naïve');
  });

  it('decodes nothing to nothing', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
