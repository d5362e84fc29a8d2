import type { ExtractFailure, FileFormat } from './extractResult.ts';

/**
 * Thrown by an extractor when it knows why it cannot deliver text (a password, too many pages), so
 * `extractText` reports that outcome; any other error from a library becomes `unreadable`.
 */
export class ExtractionError extends Error {
  readonly outcome: ExtractFailure;
  readonly format: FileFormat | undefined;

  constructor(outcome: ExtractFailure, reason: string, format?: FileFormat) {
    super(reason);
    this.name = 'ExtractionError';
    this.outcome = outcome;
    this.format = format;
  }
}
