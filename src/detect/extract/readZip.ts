import { crc32, inflateRawSync } from 'node:zlib';

/**
 * The little of the ZIP format that reading Office files needs: the central directory (names, sizes,
 * flags) and inflating one entry. Written here rather than taken from a library because it is small,
 * synchronous, and lets every entry be inflated with zlib's `maxOutputLength`, which stops a ZIP bomb
 * at the limit even when its headers lie about the unpacked size.
 */
export interface ZipEntry {
  name: string;
  /** Bit 0: the entry is encrypted. */
  flags: number;
  /** 0 stored, 8 deflate; Office writes nothing else. */
  method: number;
  crc32: number;
  compressedSize: number;
  /** As declared by the archive; `readZipEntry` does not trust it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ENCRYPTED = 0x1;

export function isZipEncrypted(entry: ZipEntry): boolean {
  return (entry.flags & ENCRYPTED) !== 0;
}

/** Lists the archive's entries; throws on anything that is not a well-formed ZIP. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let directorySize: number = view.getUint32(eocd + 12, true);
  let directoryOffset: number = view.getUint32(eocd + 16, true);

  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_EOCD_LOCATOR) throw new Error('ZIP64 locator missing');
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) throw new Error('ZIP64 record missing');
    count = safeNumber(view.getBigUint64(record + 32, true));
    directorySize = safeNumber(view.getBigUint64(record + 40, true));
    directoryOffset = safeNumber(view.getBigUint64(record + 48, true));
  }
  if (directoryOffset + directorySize > view.byteLength) throw new Error('central directory lies outside the file');

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) throw new Error('central directory is corrupt');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > view.byteLength) throw new Error('central directory is corrupt');
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at = end;
  }
  return entries;
}

/**
 * The entry's bytes, checked against its CRC. Throws a RangeError when it would unpack to more than
 * `maxBytes`, whatever its header says.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) throw new Error(`${entry.name}: local header missing`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength) throw new Error(`${entry.name}: data runs past the end of the file`);
  const packed = bytes.subarray(start, end);

  let data: Uint8Array;
  if (entry.method === 0) {
    if (packed.length > maxBytes) throw new RangeError(`${entry.name} is larger than ${maxBytes} bytes`);
    data = packed;
  } else if (entry.method === 8) {
    try {
      data = inflateRawSync(packed, { maxOutputLength: Math.max(1, maxBytes) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new RangeError(`${entry.name} unpacks to more than ${maxBytes} bytes`, { cause: error });
      }
      throw error;
    }
  } else {
    throw new Error(`${entry.name}: compression method ${entry.method} is not supported`);
  }
  if (crc32(data) !== entry.crc32) throw new Error(`${entry.name}: checksum mismatch`);
  return data;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes and may be followed by a comment of up to 65,535 bytes.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new Error('not a ZIP archive (no end of central directory)');
}

/** ZIP64 keeps sizes and offsets that overflow 32 bits in extra field 0x0001, in this order. */
function applyZip64Extra(view: DataView, at: number, length: number, entry: ZipEntry): void {
  const end = at + length;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw new Error(`${entry.name}: ZIP64 field is short`);
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('ZIP64 value out of range');
  return Number(value);
}
