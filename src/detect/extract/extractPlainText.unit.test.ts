import { describe, expect, it } from 'vitest';
import { EMAIL, SSN, readFixture } from '../../../test/fixtures/files/fixtureText.ts';
import { ExtractionError } from './extractionError.ts';
import { extractPlainText } from './extractPlainText.ts';
import { testContext } from './testContext.ts';

describe('extractPlainText', () => {
  it('reads a CSV as it is', async () => {
    const { text } = await extractPlainText(readFixture('contacts.csv'), testContext('csv', {}, { declaredText: true }));
    expect(text).toBe(`name,email,ssn\r\n"Lopez, Maria",${EMAIL},${SSN}\r\n`);
  });

  it('reads UTF-16 text from Windows', async () => {
    const { text } = await extractPlainText(readFixture('notes-utf16le.txt'), testContext('txt', {}, { declaredText: true }));
    expect(text).toBe(`Café notes\r\nEmail ${EMAIL}\r\nSSN ${SSN}\r\n`);
  });

  it('uses the declared charset', async () => {
    const bytes = new Uint8Array([0x4a, 0x6f, 0x73, 0xe9]); // "José" in Latin-1, not valid UTF-8
    const { text } = await extractPlainText(bytes, testContext('txt', {}, { charset: 'iso-8859-1', declaredText: true }));
    expect(text).toBe('José');
  });

  it('keeps tabs, form feeds and terminal colour codes, which real logs contain', async () => {
    const log = '\x1b[31mERROR\x1b[0m\tuser=jane@example.org\f\n';
    expect((await extractPlainText(new Uint8Array(Buffer.from(log)), testContext('log'))).text).toBe(log);
  });

  it('refuses binary content: unsupported when only sniffed, unreadable when declared as text', async () => {
    const binary = new Uint8Array(256).map((_, i) => i);
    await expect(extractPlainText(binary, testContext('txt'))).rejects.toMatchObject({ outcome: 'unsupported' });
    const declared = extractPlainText(binary, testContext('csv', {}, { declaredText: true }));
    await expect(declared).rejects.toBeInstanceOf(ExtractionError);
    await expect(declared).rejects.toMatchObject({ outcome: 'unreadable', format: 'csv' });
  });

  it('calls high-bit bytes without NULs text when they are rare, binary when they are not', async () => {
    const mostlyText = new Uint8Array([...Buffer.from('a'.repeat(500)), 0x81]);
    expect((await extractPlainText(mostlyText, testContext('txt'))).text).toHaveLength(501);
    const noise = new Uint8Array(400).map((_, i) => (i % 2 ? 0x81 : 0x41));
    await expect(extractPlainText(noise, testContext('txt'))).rejects.toMatchObject({ outcome: 'unsupported' });
  });
});
