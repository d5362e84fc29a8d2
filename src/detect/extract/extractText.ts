import { extractDocxText } from './extractDocxText.ts';
import { extractImageText } from './extractImageText.ts';
import { resolveExtractLimits } from './extractLimits.ts';
import type { ExtractLimits } from './extractLimits.ts';
import { ExtractionError } from './extractionError.ts';
import { extractPdfText } from './extractPdfText.ts';
import { extractPlainText } from './extractPlainText.ts';
import type { ExtractResult, FileFormat } from './extractResult.ts';
import { extractXlsxText } from './extractXlsxText.ts';
import type { ExtractedText, FileExtractor } from './fileExtractor.ts';
import { sniffFormat } from './sniffFormat.ts';

/**
 * A file's bytes to the text the detector scans, or the reason there is none. Never throws for
 * anything about the file: every failure is an outcome (see `ExtractResult`), because a file that
 * could not be read must not be mistaken for a file without personal data.
 *
 * The bytes decide the format (see `sniffFormat`), then one extractor per format reads it under the
 * limits; its text is cut at `maxChars` and marked `truncated`.
 */
export interface ExtractInput {
  bytes: Uint8Array;
  fileName?: string;
  declaredMimeType?: string;
}

export type Extractors = Readonly<Record<'pdf' | 'docx' | 'xlsx' | 'image' | 'text', FileExtractor>>;

export const DEFAULT_EXTRACTORS: Extractors = {
  pdf: extractPdfText,
  docx: extractDocxText,
  xlsx: extractXlsxText,
  image: extractImageText,
  text: extractPlainText,
};

/** The same with other extractors: tests use this to stand in a slow or failing one. */
export function createTextExtractor(extractors: Extractors) {
  return async function extractText(input: ExtractInput, limits?: Partial<ExtractLimits>): Promise<ExtractResult> {
    const resolved = resolveExtractLimits(limits);
    const { bytes } = input;
    // Sniffing reads signatures and a ZIP's directory, not the content, so it is cheap at any size,
    // and an HTML page or a password comes first: it is the real reason whatever the size.
    const sniffed = sniffFormat(input);
    if (bytes.length === 0) {
      // Nothing to scan in an empty text file; an empty PDF or image is a broken one.
      return sniffed.read
        ? { outcome: 'ok', text: '', format: sniffed.format, truncated: false }
        : { outcome: 'unreadable', format: sniffed.format, reason: 'the file is empty' };
    }
    if (!sniffed.read) return { outcome: sniffed.outcome, format: sniffed.format, reason: sniffed.reason };
    if (bytes.length > resolved.maxBytes) {
      return {
        outcome: 'too_large',
        format: sniffed.format,
        reason: `the file is ${bytes.length} bytes, more than the limit of ${resolved.maxBytes}`,
      };
    }
    const { format } = sniffed;

    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const error = new ExtractionError('timeout', `extraction took longer than ${resolved.timeoutMs} ms`, format);
        // Tell the extractor to stop (where its library can), and answer now rather than when it does.
        controller.abort(error);
        reject(error);
      }, resolved.timeoutMs);
    });
    const extractor = extractors[extractorFor(format)];
    const context = { format, limits: resolved, signal: controller.signal, charset: sniffed.charset, declaredText: sniffed.declaredText };
    // Through a promise, so an extractor that throws synchronously is handled like one that rejects.
    const extraction = new Promise<ExtractedText>((resolve) => resolve(extractor(bytes, context)));
    // Whatever the extraction does after a timeout (reject with the abort reason, or finish late) is
    // of no interest; without this a late rejection would be an unhandled one.
    extraction.catch(() => undefined);

    try {
      const { text, truncated = false, pages } = await Promise.race([extraction, timedOut]);
      const cut = cutText(text, resolved.maxChars);
      return {
        outcome: 'ok',
        text: cut,
        format,
        truncated: truncated || cut.length < text.length,
        ...(pages === undefined ? {} : { pages }),
      };
    } catch (error) {
      if (error instanceof ExtractionError) {
        return { outcome: error.outcome, format: error.format, reason: error.message };
      }
      return { outcome: 'unreadable', format, reason: `the ${format} file could not be read: ${describe(error)}` };
    } finally {
      clearTimeout(timer);
    }
  };
}

export const extractText = createTextExtractor(DEFAULT_EXTRACTORS);

function extractorFor(format: FileFormat): keyof Extractors {
  switch (format) {
    case 'pdf':
    case 'docx':
    case 'xlsx':
      return format;
    case 'png':
    case 'jpeg':
    case 'gif':
    case 'webp':
    case 'bmp':
    case 'tiff':
    case 'avif':
      return 'image';
    default:
      return 'text';
  }
}

/** At most `maxChars` UTF-16 units, never ending in half a surrogate pair. */
function cutText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
