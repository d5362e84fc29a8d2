import { decodeText } from './decodeText.ts';
import { ExtractionError } from './extractionError.ts';
import type { ExtractContext, ExtractedText } from './fileExtractor.ts';
import { readZipDirectory, readZipEntry } from './readZip.ts';
import type { ZipEntry } from './readZip.ts';
import { decodeXmlEntities, wordXmlToText } from './wordXmlToText.ts';

/**
 * Word documents. Read from the package's XML rather than through a converter such as mammoth, which
 * renders the body for display and so leaves out headers, footers, comments and tracked deletions:
 * all places where a name, an e-mail address or an account number is found in documents people share.
 *
 * Parts are found through `[Content_Types].xml`, as the format defines, in reading order: body, then
 * headers, footers, footnotes, endnotes, comments. Their unpacked size together is held to
 * `maxUnpackedBytes`, whatever the archive claims.
 */
const PART_ORDER: ReadonlyArray<RegExp> = [
  /\.(?:document|template)(?:\.macroEnabled)?\.main\+xml$/,
  /\.header\+xml$/,
  /\.footer\+xml$/,
  /\.footnotes\+xml$/,
  /\.endnotes\+xml$/,
  /\.comments\+xml$/,
];

export async function extractDocxText(bytes: Uint8Array, context: ExtractContext): Promise<ExtractedText> {
  const entries = new Map(readZipDirectory(bytes).map((entry) => [entry.name, entry]));
  let budget = context.limits.maxUnpackedBytes;
  const read = (entry: ZipEntry): string => {
    let data: Uint8Array;
    try {
      data = readZipEntry(bytes, entry, budget);
    } catch (error) {
      if (error instanceof RangeError) {
        throw new ExtractionError('too_large', `the document unpacks to more than ${context.limits.maxUnpackedBytes} bytes`, 'docx');
      }
      throw error;
    }
    budget -= data.length;
    return decodeText(data).text;
  };

  const contentTypes = entries.get('[Content_Types].xml');
  if (!contentTypes) throw new Error('[Content_Types].xml is missing');
  const parts = listParts(read(contentTypes));
  const texts: string[] = [];
  let length = 0;
  for (const pattern of PART_ORDER) {
    for (const part of parts.filter((p) => pattern.test(p.contentType))) {
      context.signal.throwIfAborted();
      const entry = entries.get(part.name);
      if (!entry) continue; // declared but absent: Word tolerates it, so do we
      const text = wordXmlToText(read(entry)).trim();
      if (text) texts.push(text);
      length += text.length;
      if (length > context.limits.maxChars) return { text: texts.join('\n\n'), truncated: true };
    }
  }
  if (!texts.length && !parts.some((part) => PART_ORDER[0]?.test(part.contentType))) {
    throw new Error('no main document part in [Content_Types].xml');
  }
  return { text: texts.join('\n\n') };
}

/** `<Override PartName="/word/document.xml" ContentType="..."/>`, with the leading slash dropped. */
function listParts(contentTypes: string): Array<{ name: string; contentType: string }> {
  const parts: Array<{ name: string; contentType: string }> = [];
  for (const [override] of contentTypes.matchAll(/<(?:\w+:)?Override\b[^<>]*>/g)) {
    const name = /\bPartName\s*=\s*["']([^"']*)["']/.exec(override)?.[1];
    const contentType = /\bContentType\s*=\s*["']([^"']*)["']/.exec(override)?.[1];
    if (name && contentType) parts.push({ name: decodeXmlEntities(name).replace(/^\//, ''), contentType });
  }
  // Within one kind, numbered parts in number order (header1, header2, ...).
  return parts.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}
