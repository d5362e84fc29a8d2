/**
 * Bounds on the work one file may cause. Slack allows uploads of up to 1 GB, and a small file can
 * still unpack (a ZIP bomb), decode (a 30,000 × 30,000 PNG of one colour) or parse (a PDF of 10,000
 * blank pages) into far more, so each axis has its own limit.
 */
export interface ExtractLimits {
  /** Size of the file itself. */
  maxBytes: number;
  /** PDF pages; a longer document is refused rather than read in part. */
  maxPages: number;
  /** Length of the text handed back (UTF-16 code units); longer text is cut and marked `truncated`. */
  maxChars: number;
  /** Wall-clock time for one extraction. */
  timeoutMs: number;
  /** Sum of the unpacked sizes of the parts read from a DOCX or XLSX package (ZIP bomb guard). */
  maxUnpackedBytes: number;
  /** Width × height of an image before OCR; decoding one costs 4 bytes a pixel and more in OCR. */
  maxImagePixels: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxBytes: 25 * 1024 * 1024,
  maxPages: 200,
  maxChars: 1_000_000,
  timeoutMs: 30_000,
  maxUnpackedBytes: 100 * 1024 * 1024,
  // A 5K screen is 14.7 MP; OCR is first scaled down (see extractImageText), so this only bounds decoding.
  maxImagePixels: 40_000_000,
});

export function resolveExtractLimits(limits: Partial<ExtractLimits> = {}): ExtractLimits {
  const resolved = { ...DEFAULT_EXTRACT_LIMITS };
  for (const key of Object.keys(resolved) as Array<keyof ExtractLimits>) {
    const value = limits[key];
    if (value === undefined) continue;
    if (!(value > 0)) throw new RangeError(`extract limit ${key} must be a positive number, got ${value}`);
    resolved[key] = value;
  }
  return resolved;
}
