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
  // The admin API (/api/v1/jobs, /api/v1/queues) and the jobs/queues CLI.
  ADMIN_API_DISABLED: { status: 503, retryable: false, message: 'The admin API is disabled: set ADMIN_API_TOKEN to enable it' },
  ADMIN_TOKEN_MISSING: { status: 401, retryable: false, message: 'An admin bearer token is required (Authorization: Bearer <ADMIN_API_TOKEN>)' },
  ADMIN_TOKEN_INVALID: { status: 401, retryable: false, message: 'The admin bearer token is not valid' },
  PARAMETERS_INVALID: { status: 400, retryable: false, message: 'A query, path or body parameter is not valid' },
  JOB_NOT_FOUND: { status: 404, retryable: false, message: 'No such job in the queues' },
  JOB_NOT_RETRYABLE: { status: 409, retryable: false, message: 'The job is not dead, failed or cancelled, so there is nothing to retry' },
  JOB_NOT_DISCARDABLE: { status: 409, retryable: false, message: 'The job is running or already final, so it cannot be discarded' },
  QUEUE_NOT_FOUND: { status: 404, retryable: false, message: 'No such queue' },
  CLI_ARGUMENTS_INVALID: { status: 400, retryable: false, message: 'pii-detector jobs/queues: the arguments are not valid' },
  ADMIN_API_UNREACHABLE: { status: 502, retryable: true, message: 'The service at --url did not answer' },
  // How a job attempt ended, recorded in its output (docs/job-lifecycle.md), not answered to a request.
  JOB_DATA_INVALID: { status: 500, retryable: false, message: "A job's payload does not have the shape its queue expects" },
  STALE_ITEM: { status: 409, retryable: true, message: 'The item changed while the job ran; the job is retried and re-reads it' },
  WORKER_LOST: { status: 500, retryable: true, message: 'The worker running the job stopped sending heartbeats (crashed or killed); the job was retried' },
  JOB_EXPIRED: { status: 500, retryable: true, message: 'The job ran longer than its expiry (QUEUE_<QUEUE>_EXPIRE_SECONDS); it was retried' },
  // HTTP that never became a request: Node's parser gave up (api/httpTelemetry.ts).
  REQUEST_MALFORMED: { status: 400, retryable: false, message: 'The request is not valid HTTP' },
  HEADERS_TOO_LARGE: { status: 431, retryable: false, message: 'The request headers exceed the size limit' },
  REQUEST_TIMEOUT: { status: 408, retryable: false, message: 'The request did not arrive in time' },
  // Slack refused the token itself: no retry can help until an operator fixes it (act/slack/classifySlackError.ts).
  SLACK_AUTH_FAILED: {
    status: 502,
    retryable: false,
    message: 'Slack refused the token (invalid_auth, token_revoked, missing_scope, …): fix SLACK_BOT_TOKEN / SLACK_ADMIN_TOKEN, then retry the dead-lettered jobs',
  },
  INTERNAL: { status: 500, retryable: true, message: 'Internal error' },
} as const satisfies Record<string, { status: number; retryable: boolean; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
