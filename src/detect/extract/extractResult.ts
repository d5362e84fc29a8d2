/**
 * What a file turned into. `format` names what the bytes were found to be, which can differ from what
 * the file was called: a `report.pdf` that is really a PNG is read as `png`. Every way of not getting
 * text is its own outcome, so the caller can tell "nothing to scan" (an empty text) from "could not
 * look" and say so to the person, rather than letting an unread file pass as clean.
 */
export type ExtractResult =
  | { outcome: 'ok'; text: string; format: FileFormat; truncated: boolean; pages?: number }
  | { outcome: ExtractFailure; format?: FileFormat; reason: string };

export type ExtractFailure =
  /** A format we do not read (a ZIP, a PowerPoint, a legacy .doc, a HEIC photo, a binary blob). */
  | 'unsupported'
  /** Over `maxBytes`, or would unpack or decode to more than the limits allow. */
  | 'too_large'
  /** A PDF with more than `maxPages` pages. */
  | 'too_many_pages'
  /** Took longer than `timeoutMs`; the work was stopped where the library lets us stop it. */
  | 'timeout'
  /** The bytes claim a format but are corrupt, truncated, or not that format at all. */
  | 'unreadable'
  /** An HTML page where another kind of file was expected: Slack's sign-in page on a bad token. */
  | 'html_instead_of_file'
  /** Password-protected: an encrypted PDF, an encrypted Office document or ZIP entry. */
  | 'encrypted';

export type FileFormat =
  | 'pdf'
  | 'docx'
  | 'xlsx'
  | ImageFormat
  | TextFormat
  // Recognised, so the outcome can name them, but not read.
  | 'pptx'
  | 'zip'
  | 'ole'
  | 'heic';

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'tiff' | 'avif';

export type TextFormat = 'txt' | 'csv' | 'tsv' | 'json' | 'md' | 'log' | 'yaml' | 'xml' | 'html';
