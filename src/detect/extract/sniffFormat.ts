import type { ExtractFailure, FileFormat, ImageFormat, TextFormat } from './extractResult.ts';
import { isZipEncrypted, readZipDirectory } from './readZip.ts';

/**
 * Decides what a file is. The bytes decide first: a name or a MIME type is only what the uploader's
 * computer or Slack guessed, and a download that went wrong (Slack answers a bad token with 200 and its
 * sign-in page) still carries the name and type of the file that was asked for. The name, then the
 * declared type, decide only for text, which has no signature.
 */
export type SniffedFormat =
  | { read: true; format: FileFormat; charset?: string; declaredText: boolean }
  | { read: false; outcome: ExtractFailure; format?: FileFormat; reason: string };

export interface SniffInput {
  bytes: Uint8Array;
  fileName?: string;
  declaredMimeType?: string;
}

const TEXT_FORMATS: ReadonlySet<FileFormat> = new Set<TextFormat>(['txt', 'csv', 'tsv', 'json', 'md', 'log', 'yaml', 'xml', 'html']);

const TEXT_EXTENSIONS: Readonly<Record<string, TextFormat>> = {
  txt: 'txt', text: 'txt',
  csv: 'csv',
  tsv: 'tsv', tab: 'tsv',
  json: 'json', jsonl: 'json', ndjson: 'json', geojson: 'json',
  md: 'md', markdown: 'md',
  log: 'log',
  yaml: 'yaml', yml: 'yaml',
  xml: 'xml', svg: 'xml',
  html: 'html', htm: 'html', xhtml: 'html',
};

const TEXT_MIME_TYPES: Readonly<Record<string, TextFormat>> = {
  'text/plain': 'txt',
  'text/csv': 'csv', 'application/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/json': 'json', 'text/json': 'json', 'application/x-ndjson': 'json',
  'text/markdown': 'md', 'text/x-markdown': 'md',
  'application/yaml': 'yaml', 'application/x-yaml': 'yaml', 'text/yaml': 'yaml', 'text/x-yaml': 'yaml',
  'application/xml': 'xml', 'text/xml': 'xml', 'image/svg+xml': 'xml',
  'text/html': 'html', 'application/xhtml+xml': 'html',
};

/** Formats with a signature: declared as one of these, bytes without it are not that file. */
const BINARY_EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  pdf: 'pdf',
  docx: 'docx', docm: 'docx', dotx: 'docx',
  xlsx: 'xlsx', xlsm: 'xlsx', xltx: 'xlsx',
  pptx: 'pptx',
  png: 'png', jpg: 'jpeg', jpeg: 'jpeg', gif: 'gif', webp: 'webp', bmp: 'bmp', tif: 'tiff', tiff: 'tiff',
  avif: 'avif', heic: 'heic', heif: 'heic',
  zip: 'zip',
  doc: 'ole', xls: 'ole', ppt: 'ole', msg: 'ole',
};

const BINARY_MIME_TYPES: Readonly<Record<string, FileFormat>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/bmp': 'bmp',
  'image/tiff': 'tiff', 'image/avif': 'avif', 'image/heic': 'heic', 'image/heif': 'heic',
  'application/zip': 'zip',
  'application/msword': 'ole', 'application/vnd.ms-excel': 'ole', 'application/vnd.ms-powerpoint': 'ole',
};

export function sniffFormat(input: SniffInput): SniffedFormat {
  const { bytes } = input;
  const declared = parseDeclared(input);

  if (indexOf(bytes, '%PDF-', 1024) !== -1) return { read: true, format: 'pdf', declaredText: false };
  if (startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')) return sniffZip(bytes);
  if (startsWith(bytes, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return sniffCompoundFile(bytes, declared.binary);
  const image = sniffImage(bytes);
  if (image === 'heic') {
    return { read: false, outcome: 'unsupported', format: 'heic', reason: 'HEIC/HEIF images are not decoded' };
  }
  if (image) return { read: true, format: image, declaredText: false };

  if (looksLikeHtml(bytes)) {
    if (declared.text === 'html' || (!declared.text && !declared.binary)) {
      return { read: true, format: 'html', charset: declared.charset, declaredText: declared.text === 'html' };
    }
    return {
      read: false,
      outcome: 'html_instead_of_file',
      format: declared.binary ?? declared.text,
      reason: `expected ${declared.description} but received an HTML page (a sign-in or error page?)`,
    };
  }

  if (declared.binary) {
    return {
      read: false,
      outcome: 'unreadable',
      format: declared.binary,
      reason: `declared as ${declared.description} but the content has no ${declared.binary.toUpperCase()} signature`,
    };
  }
  if (declared.text) return { read: true, format: declared.text, charset: declared.charset, declaredText: true };
  // No signature and no text type declared: try it as text; the text extractor refuses binary content.
  return { read: true, format: 'txt', charset: declared.charset, declaredText: false };
}

interface Declared {
  text?: TextFormat;
  binary?: FileFormat;
  charset?: string;
  /** For messages: "report.pdf (application/pdf)". */
  description: string;
}

function parseDeclared({ fileName, declaredMimeType }: SniffInput): Declared {
  const dot = fileName?.lastIndexOf('.') ?? -1;
  const extension = fileName && dot > 0 ? fileName.slice(dot + 1).toLowerCase() : undefined;
  const [type = '', ...params] = (declaredMimeType ?? '').split(';').map((part) => part.trim());
  const mime = type.toLowerCase();
  const charset = params.find((p) => /^charset=/i.test(p))?.slice('charset='.length);

  const byExtension = extension ? (TEXT_EXTENSIONS[extension] ?? BINARY_EXTENSIONS[extension]) : undefined;
  const byMime = TEXT_MIME_TYPES[mime] ?? BINARY_MIME_TYPES[mime] ?? (mime.startsWith('text/') ? 'txt' : undefined);
  // The name first: Slack derives the MIME type from it, and it is the more specific of the two.
  const format = byExtension ?? byMime;
  const isText = format !== undefined && TEXT_FORMATS.has(format);
  const description = [fileName, declaredMimeType && `(${declaredMimeType})`].filter(Boolean).join(' ') || 'a file';
  return {
    text: isText ? (format as TextFormat) : undefined,
    binary: isText ? undefined : format,
    charset,
    description,
  };
}

function sniffZip(bytes: Uint8Array): SniffedFormat {
  let names: string[];
  let encrypted: boolean;
  try {
    const entries = readZipDirectory(bytes);
    names = entries.map((entry) => entry.name);
    encrypted = entries.some(isZipEncrypted);
  } catch (error) {
    return { read: false, outcome: 'unreadable', format: 'zip', reason: `corrupt ZIP archive: ${(error as Error).message}` };
  }
  const isOoxml = names.includes('[Content_Types].xml');
  const format: FileFormat = !isOoxml
    ? 'zip'
    : names.some((name) => name.startsWith('word/'))
      ? 'docx'
      : names.some((name) => name.startsWith('xl/'))
        ? 'xlsx'
        : names.some((name) => name.startsWith('ppt/'))
          ? 'pptx'
          : 'zip';
  if (encrypted) return { read: false, outcome: 'encrypted', format, reason: 'the archive has password-protected entries' };
  if (format === 'docx' || format === 'xlsx') return { read: true, format, declaredText: false };
  return {
    read: false,
    outcome: 'unsupported',
    format,
    reason: format === 'pptx' ? 'PowerPoint files are not read' : 'ZIP archives are not unpacked',
  };
}

/**
 * The OLE compound file: legacy .doc/.xls/.ppt/.msg, and also the wrapper that Office puts around a
 * password-protected DOCX/XLSX/PPTX (streams named EncryptionInfo and EncryptedPackage).
 */
function sniffCompoundFile(bytes: Uint8Array, declaredFormat: FileFormat | undefined): SniffedFormat {
  const encryptedPackage = new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le'));
  if (indexOfBytes(bytes, encryptedPackage) !== -1) {
    const format = declaredFormat === 'docx' || declaredFormat === 'xlsx' || declaredFormat === 'pptx' ? declaredFormat : undefined;
    return { read: false, outcome: 'encrypted', format, reason: 'password-protected Office document' };
  }
  return { read: false, outcome: 'unsupported', format: 'ole', reason: 'legacy Office (OLE compound) files are not read' };
}

function sniffImage(bytes: Uint8Array): ImageFormat | 'heic' | undefined {
  if (startsWith(bytes, '\x89PNG\r\n\x1a\n')) return 'png';
  if (startsWith(bytes, '\xff\xd8\xff')) return 'jpeg';
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'gif';
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return 'webp';
  if (startsWith(bytes, 'II*\x00') || startsWith(bytes, 'MM\x00*')) return 'tiff';
  // "BM" alone is too weak (a text file may start "BMW"): also require a known DIB header size.
  if (startsWith(bytes, 'BM') && bytes.length > 18 && [12, 40, 52, 56, 108, 124].includes(readUint32LE(bytes, 14))) {
    return 'bmp';
  }
  if (startsWith(bytes, 'ftyp', 4)) {
    // ISO media: the major brand and the compatible brands name the codec.
    const boxSize = Math.min(readUint32BE(bytes, 0), bytes.length, 256);
    const brands = new Set<string>();
    for (let at = 8; at + 4 <= boxSize; at += 4) brands.add(latin1(bytes.subarray(at, at + 4)));
    if (brands.has('avif') || brands.has('avis')) return 'avif';
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'mif1', 'msf1'].some((brand) => brands.has(brand))) return 'heic';
  }
  return undefined;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 512))
    .replace(/^\xef\xbb\xbf/, '')
    .replace(/^(?:\s|<!--[\s\S]*?-->)*/, '')
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function startsWith(bytes: Uint8Array, signature: string, at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[at + i] !== signature.charCodeAt(i)) return false;
  return true;
}

function indexOf(bytes: Uint8Array, signature: string, within: number): number {
  return indexOfBytes(bytes.subarray(0, within + signature.length), new Uint8Array(Buffer.from(signature, 'latin1')));
}

function indexOfBytes(bytes: Uint8Array, needle: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle);
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function readUint32LE(bytes: Uint8Array, at: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(at);
}

function readUint32BE(bytes: Uint8Array, at: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32BE(at);
}
