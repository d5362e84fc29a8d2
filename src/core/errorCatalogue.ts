/**
 * Every error code the service can answer with or record. Documented in docs/errors.md; keep the
 * two in step. `retryable` tells the job engine whether another attempt could succeed.
 */
export const errorCatalogue = {
  CONFIG_INVALID: { status: 500, retryable: false, message: 'Configuration is invalid' },
  SIGNATURE_MISSING: { status: 401, retryable: false, message: 'Request signature headers are missing' },
  SIGNATURE_INVALID: { status: 401, retryable: false, message: 'Request signature does not match' },
  SIGNATURE_STALE: { status: 401, retryable: false, message: 'Request timestamp is outside the 5-minute window' },
  SLACK_NOT_CONFIGURED: { status: 503, retryable: false, message: 'Slack is not configured (SLACK_SIGNING_SECRET is unset)' },
  BODY_MALFORMED: { status: 400, retryable: false, message: 'Request body is not valid JSON of the expected shape' },
  BODY_TOO_LARGE: { status: 413, retryable: false, message: 'Request body exceeds the size limit' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, retryable: false, message: 'Content-Type is not supported' },
  STORE_UNAVAILABLE: { status: 503, retryable: true, message: 'The store is unreachable; nothing was accepted' },
  NOT_FOUND: { status: 404, retryable: false, message: 'Not found' },
  ITEM_NOT_FOUND: { status: 404, retryable: false, message: 'The item a job refers to does not exist' },
  CONTENT_UNAVAILABLE: { status: 500, retryable: false, message: 'The item content is gone or cannot be decrypted' },
  SCAN_ARGUMENTS_INVALID: { status: 400, retryable: false, message: 'pii-detector scan: the arguments are not valid' },
  SCAN_INPUT_UNREADABLE: { status: 400, retryable: false, message: 'pii-detector scan: the input cannot be read' },
  SCAN_JSONL_INVALID: { status: 400, retryable: false, message: 'pii-detector scan --jsonl: a line is not {"id", "text"}' },
  EVAL_CORPUS_INVALID: { status: 500, retryable: false, message: 'The evaluation corpus is missing or not in the corpus format' },
  // Outcomes of one file of a Slack message, recorded per file in the audit log (docs/files.md).
  FILE_DOWNLOAD_UNAUTHORIZED: {
    status: 502,
    retryable: false,
    message: 'Slack answered the file download with an HTML sign-in page: the bot token is wrong or lacks files:read',
  },
  FILE_HOST_NOT_ALLOWED: { status: 502, retryable: false, message: 'The file URL is not on an allowed Slack file host (SLACK_FILE_HOSTS); the token was not sent' },
  FILE_TOO_LARGE: { status: 413, retryable: false, message: 'The file is larger than SLACK_FILE_MAX_BYTES; it was not downloaded in full' },
  FILE_NOT_DOWNLOADABLE: { status: 502, retryable: false, message: 'The file cannot be downloaded (deleted, external, hidden, or Slack refused it)' },
  FILE_DOWNLOAD_FAILED: { status: 502, retryable: true, message: 'Downloading a file from Slack failed (network error, timeout or HTTP 5xx)' },
  INTERNAL: { status: 500, retryable: true, message: 'Internal error' },
} as const satisfies Record<string, { status: number; retryable: boolean; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
