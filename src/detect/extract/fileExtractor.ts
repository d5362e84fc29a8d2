import type { ExtractLimits } from './extractLimits.ts';
import type { FileFormat } from './extractResult.ts';

/**
 * One format's reader. It may stop early and say `truncated` once it has `limits.maxChars` of text,
 * must give up when `signal` aborts (the timeout) wherever its library lets it, and throws an
 * `ExtractionError` for a known failure (a password, too many pages); anything else it throws is
 * reported as `unreadable`.
 */
export type FileExtractor = (bytes: Uint8Array, context: ExtractContext) => Promise<ExtractedText>;

export interface ExtractContext {
  format: FileFormat;
  limits: ExtractLimits;
  signal: AbortSignal;
  /** From the declared MIME type's `charset` parameter, for text. */
  charset?: string;
  /** True when the name or MIME type said "text"; false when the bytes were only sniffed as text. */
  declaredText?: boolean;
}

export interface ExtractedText {
  text: string;
  truncated?: boolean;
  pages?: number;
}
