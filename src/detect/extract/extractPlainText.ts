import { decodeText } from './decodeText.ts';
import { ExtractionError } from './extractionError.ts';
import type { ExtractContext, ExtractedText } from './fileExtractor.ts';

/**
 * txt, csv, tsv, json, md, log, yaml, xml and html, read as they are: markup and delimiters do not
 * hide personal data from the recognizers, and keeping the text unchanged keeps offsets meaningful to
 * a person looking at the file.
 *
 * A file that was only sniffed as text (no text name or type) must look like text, or it is some
 * binary format we do not know; a file declared as text that does not is a broken or mislabelled file.
 */
const SAMPLE_CHARS = 65_536;
const MAX_CONTROL_SHARE = 0.01;

export async function extractPlainText(bytes: Uint8Array, context: ExtractContext): Promise<ExtractedText> {
  const { text } = decodeText(bytes, context.charset);
  if (looksBinary(text)) {
    throw context.declaredText
      ? new ExtractionError('unreadable', `declared as ${context.format} text but the content is binary`, context.format)
      : new ExtractionError('unsupported', 'not a known file format, and not text');
  }
  return { text };
}

/**
 * NUL never occurs in text; other control characters (besides tab, newlines, form feed, escape) and
 * U+FFFD (bytes that did not decode) are rare. More than 1% of them in the first 64K characters is binary.
 */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_CHARS);
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    const c0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;
    // C1 controls come from binary bytes 0x80-0x9f read as windows-1252's undefined slots.
    const c1 = code >= 0x80 && code <= 0x9f;
    if (c0 || c1 || code === 0xfffd) {
      suspicious++;
    }
  }
  return suspicious > length * MAX_CONTROL_SHARE;
}
