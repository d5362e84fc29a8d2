/**
 * Bytes of a text file to a string, with the encodings people actually upload: UTF-8 (with or without
 * a byte-order mark), UTF-16 from Windows tools (Notepad's "Unicode", Excel's "Unicode text", which
 * often carry a BOM but not always), and legacy single-byte files from older Windows programs.
 *
 * Order of evidence: a BOM is certain; then the NUL pattern of UTF-16, which no other text has; then a
 * declared charset; then strict UTF-8, which random legacy bytes almost never pass; and windows-1252
 * last, since it maps every byte and is the superset of Latin-1 that such files really use.
 */
export interface DecodedText {
  text: string;
  encoding: string;
}

const SAMPLE = 4096;

export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const bom = encodingFromBom(bytes);
  if (bom) return decodeWith(bom, bytes);

  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes);

  const declared = declaredCharset ? normalizeCharset(declaredCharset) : undefined;
  if (declared && declared !== 'utf-8') {
    try {
      return decodeWith(declared, bytes);
    } catch {
      // An unknown label (RangeError from TextDecoder): fall back to sniffing.
    }
  }

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeWith('windows-1252', bytes);
  }
}

function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Text in UTF-16 without a BOM has a NUL in nearly every other byte (the high byte of ASCII letters),
 * on the odd side for little-endian and the even side for big-endian. Text in any 8-bit encoding has
 * none, so a strong one-sided pattern is decisive.
 */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function normalizeCharset(charset: string): string {
  const label = charset.trim().replace(/^["']|["']$/g, '').toLowerCase();
  // ASCII is a subset of UTF-8, and a file labelled ASCII that is not is far likelier UTF-8 than 1252.
  return label === 'utf8' || label === 'us-ascii' || label === 'ascii' ? 'utf-8' : label;
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodedText {
  // The decoder drops a leading BOM of its own encoding; replacement characters mark broken bytes.
  const decoder = new TextDecoder(encoding);
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}
