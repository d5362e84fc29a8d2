import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../../../test/fixtures/files/makeZip.ts';
import { isZipEncrypted, readZipDirectory, readZipEntry } from './readZip.ts';

describe('readZip', () => {
  const zip = makeZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'word/document.xml', data: 'x'.repeat(10_000) },
  ]);

  it('lists the entries with their declared sizes', () => {
    const entries = readZipDirectory(zip);
    expect(entries.map((entry) => [entry.name, entry.uncompressedSize, entry.method])).toEqual([
      ['[Content_Types].xml', 8, 8],
      ['word/document.xml', 10_000, 8],
    ]);
    expect(entries.some(isZipEncrypted)).toBe(false);
  });

  it('inflates an entry and checks it', () => {
    const [, document] = readZipDirectory(zip);
    expect(Buffer.from(readZipEntry(zip, document!, 20_000)).toString()).toBe('x'.repeat(10_000));
  });

  it('stops inflating at the limit even when the header claims a small size', () => {
    const bytes = Buffer.from(zip);
    const entries = readZipDirectory(bytes);
    const document = entries[1]!;
    // Lie in the central directory: 10,000 bytes declared as 100.
    const central = bytes.indexOf(Buffer.from('word/document.xml'), document.localHeaderOffset + 30 + 17) - 46;
    bytes.writeUInt32LE(100, central + 24);
    const lying = readZipDirectory(bytes)[1]!;
    expect(lying.uncompressedSize).toBe(100);
    expect(() => readZipEntry(bytes, lying, 5_000)).toThrow(RangeError);
  });

  it('notices a corrupted entry by its checksum', () => {
    const bytes = Buffer.from(makeZip([{ name: 'a.txt', data: 'stored text that will be flipped' }]));
    const entry = readZipDirectory(bytes)[0]!;
    // Replace the deflated data with a different valid stream of the same length or shorter.
    const other = deflateRawSync(Buffer.from('different text'));
    other.copy(bytes, entry.localHeaderOffset + 30 + 'a.txt'.length);
    expect(() => readZipEntry(bytes, { ...entry, compressedSize: other.length }, 1000)).toThrow(/checksum/);
  });

  it('reports the encryption flag', () => {
    const bytes = Buffer.from(makeZip([{ name: 'secret.txt', data: 'x' }]));
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt16LE(bytes.readUInt16LE(central + 8) | 1, central + 8);
    expect(isZipEncrypted(readZipDirectory(bytes)[0]!)).toBe(true);
  });

  it('refuses what is not a ZIP or is cut short', () => {
    expect(() => readZipDirectory(new Uint8Array(Buffer.from('PK\x03\x04 not really')))).toThrow(/not a ZIP/);
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 30))).toThrow();
  });
});
