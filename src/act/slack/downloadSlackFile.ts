import { AppError } from '../../core/appError.ts';
import { isAllowedFileUrl } from './isAllowedFileUrl.ts';

/**
 * One authenticated GET of a Slack file (`url_private_download`), with the bot token, under limits.
 *
 * What can happen, in the order it is checked:
 * - the URL (or a redirect's target) is not on an allowed file host → refused, and the token is never
 *   sent there; redirects are followed by hand for exactly this reason;
 * - HTTP 429 → wait `Retry-After` (the caller postpones, as for any Slack 429);
 * - HTTP 5xx, a network error or the timeout → thrown as FILE_DOWNLOAD_FAILED (retryable): the job
 *   retries with backoff;
 * - 401/403, or **200 with an HTML page** where a file was expected → FILE_DOWNLOAD_UNAUTHORIZED.
 *   Slack answers a missing or wrong token, or one without `files:read`, with its sign-in page and
 *   status 200, so the status alone says nothing;
 * - other 4xx (deleted, never existed) → FILE_NOT_DOWNLOADABLE;
 * - `Content-Length` over the limit, or the body growing past it while it streams → FILE_TOO_LARGE,
 *   and the transfer is cut off there.
 *
 * Nothing it returns or throws carries the URL, which holds the file name.
 */
export interface FileDownloadRequest {
  url: string;
  token: string;
  /** SLACK_FILE_HOSTS, as the config normalised it. */
  allowedHosts: readonly string[];
  maxBytes: number;
  timeoutMs: number;
  /** The file is itself HTML, so a text/html answer is not by that alone Slack's sign-in page. */
  expectHtml: boolean;
  /** The job's own signal (it aborts when the job expires). */
  signal?: AbortSignal;
}

export type FileRefusal = 'FILE_HOST_NOT_ALLOWED' | 'FILE_DOWNLOAD_UNAUTHORIZED' | 'FILE_NOT_DOWNLOADABLE' | 'FILE_TOO_LARGE';

export type FileDownloadOutcome =
  | { kind: 'done'; bytes: Uint8Array; contentType: string | null }
  | { kind: 'retry-after'; seconds: number; error: string }
  /** `detail` is for the audit log: an HTTP status or which check refused, never a URL or a name. */
  | { kind: 'refused'; code: FileRefusal; detail: string };

const MAX_REDIRECTS = 3;

export async function downloadSlackFile(request: FileDownloadRequest): Promise<FileDownloadOutcome> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal === undefined ? timeout : AbortSignal.any([timeout, request.signal]);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refused('FILE_NOT_DOWNLOADABLE', 'invalid_url');
  }
  for (let hop = 0; ; hop++) {
    if (!isAllowedFileUrl(url, request.allowedHosts)) return refused('FILE_HOST_NOT_ALLOWED', hop === 0 ? 'url_host' : 'redirect_host');
    let response: Response;
    try {
      response = await fetch(url, { headers: { authorization: `Bearer ${request.token}` }, redirect: 'manual', signal });
    } catch (error) {
      throw transient(error, timeout.aborted ? `no answer within ${request.timeoutMs} ms` : 'network error');
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await discard(response);
      const location = response.headers.get('location');
      if (location === null) return refused('FILE_NOT_DOWNLOADABLE', `http_${response.status}_without_location`);
      if (hop >= MAX_REDIRECTS) return refused('FILE_NOT_DOWNLOADABLE', 'too_many_redirects');
      url = new URL(location, url);
      continue;
    }
    return readBody(response, request, timeout);
  }
}

async function readBody(response: Response, request: FileDownloadRequest, timeout: AbortSignal): Promise<FileDownloadOutcome> {
  const { status } = response;
  if (status === 429) {
    await discard(response);
    const seconds = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
    return { kind: 'retry-after', seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 1, error: 'ratelimited' };
  }
  if (status >= 500) {
    await discard(response);
    throw transient(undefined, `HTTP ${status}`);
  }
  if (status === 401 || status === 403) {
    await discard(response);
    return refused('FILE_DOWNLOAD_UNAUTHORIZED', `http_${status}`);
  }
  if (status < 200 || status >= 300) {
    await discard(response);
    return refused('FILE_NOT_DOWNLOADABLE', `http_${status}`);
  }
  const contentType = response.headers.get('content-type');
  if (!request.expectHtml && isHtml(contentType)) {
    // No need to read Slack's 55 KB sign-in page to know what it is.
    await discard(response);
    return refused('FILE_DOWNLOAD_UNAUTHORIZED', 'html_sign_in_page');
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > request.maxBytes) {
    await discard(response);
    return refused('FILE_TOO_LARGE', 'content_length');
  }

  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  try {
    while (reader !== undefined) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > request.maxBytes) {
        // Stop the transfer here: the rest of the file is never fetched.
        await reader.cancel().catch(() => undefined);
        return refused('FILE_TOO_LARGE', 'stream');
      }
      chunks.push(value);
    }
  } catch (error) {
    throw transient(error, timeout.aborted ? `download not finished within ${request.timeoutMs} ms` : 'connection lost during the download');
  }
  return { kind: 'done', bytes: concat(chunks, received), contentType };
}

function isHtml(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'text/html' || type === 'application/xhtml+xml';
}

function refused(code: FileRefusal, detail: string): FileDownloadOutcome {
  return { kind: 'refused', code, detail };
}

function transient(cause: unknown, what: string): AppError {
  return new AppError('FILE_DOWNLOAD_FAILED', `File download failed: ${what}`, cause === undefined ? undefined : { cause });
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
