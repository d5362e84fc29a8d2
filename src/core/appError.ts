import { errorCatalogue, type ErrorCode } from './errorCatalogue.ts';

/**
 * The one error type that crosses module boundaries. Its `code` is machine-readable and stable (it is
 * what an API client or an operator greps for); `status` is the HTTP answer; `retryable` steers the
 * job engine: a non-retryable error fails its job at once instead of burning attempts.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    const entry = errorCatalogue[code];
    super(message ?? entry.message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = entry.status;
    this.retryable = entry.retryable;
    this.details = options?.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
