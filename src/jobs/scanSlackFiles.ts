import { downloadSlackFile } from '../act/slack/downloadSlackFile.ts';
import { fetchSlackFileInfo } from '../act/slack/fetchSlackFileInfo.ts';
import { isAppError } from '../core/appError.ts';
import type { ExtractFailure, FileFormat } from '../detect/extract/extractResult.ts';
import { extractText } from '../detect/extract/extractText.ts';
import { sniffFormat } from '../detect/extract/sniffFormat.ts';
import type { Finding } from '../detect/finding.ts';
import { toSlackFileRef, type SlackFileRef } from '../ingest/slack/slackFileRef.ts';
import type { JobAttempt, JobDeps } from './jobDeps.ts';

/**
 * The files of one message, each to text and findings, or to the reason it could not be read.
 *
 * For each file, in order: a Slack Connect stub (`file_access: "check_file_info"`) or a file without a
 * download URL is looked up with `files.info`; a file that is external, deleted or declared larger
 * than SLACK_FILE_MAX_BYTES is recorded and not downloaded; the rest is downloaded with the bot token
 * (only from an allowed file host, see `downloadSlackFile`), its bytes checked for Slack's HTML
 * sign-in page, its text extracted (`extractText`, with its limits) and scanned.
 *
 * A file that cannot be read is an outcome, not an error, so it never holds up the message's own
 * result. A transient failure (network, 5xx, timeout) is thrown, so the scan job retries; on the
 * job's last attempt it is recorded instead. A 429 asks the caller to postpone the whole scan.
 */
export type FileScan =
  | { outcome: 'scanned'; file: SlackFileRef; text: string; findings: Finding[]; format: FileFormat; truncated: boolean; pages?: number; bytes: number }
  /** Downloaded, but no text came out of it: `reason` is extractText's outcome (`encrypted`, `unsupported`, …). */
  | { outcome: 'unreadable'; file: SlackFileRef; reason: ExtractFailure; format?: FileFormat; bytes: number }
  | { outcome: 'too_large'; file: SlackFileRef; reason: 'FILE_TOO_LARGE'; detail: string }
  | { outcome: 'not_downloadable'; file: SlackFileRef; reason: NotDownloadable; detail: string };

type NotDownloadable = 'FILE_DOWNLOAD_UNAUTHORIZED' | 'FILE_HOST_NOT_ALLOWED' | 'FILE_NOT_DOWNLOADABLE' | 'FILE_DOWNLOAD_FAILED';

export type FilesScan = { kind: 'done'; files: FileScan[] } | { kind: 'retry-after'; seconds: number; error: string };

/** Modes whose content is not on Slack's file host, or not there any more. */
const UNDOWNLOADABLE_MODES: Readonly<Record<string, string>> = {
  external: 'external_file',
  tombstone: 'file_deleted',
  hidden_by_limit: 'hidden_by_limit',
};

export async function scanSlackFiles(deps: JobDeps, files: readonly SlackFileRef[], attempt: JobAttempt): Promise<FilesScan> {
  const scans: FileScan[] = [];
  for (const file of files) {
    let scan: FileScan | { kind: 'retry-after'; seconds: number; error: string };
    try {
      scan = await scanOneFile(deps, file, attempt);
    } catch (error) {
      // Retried while attempts remain; on the last one, record it so the message still gets its result.
      if (!attempt.lastAttempt) throw error;
      scan = { outcome: 'not_downloadable', file, reason: 'FILE_DOWNLOAD_FAILED', detail: isAppError(error) ? error.code : 'slack_api_error' };
    }
    if ('kind' in scan) return scan;
    logOutcome(deps, scan);
    scans.push(scan);
  }
  return { kind: 'done', files: scans };
}

async function scanOneFile(
  deps: JobDeps,
  given: SlackFileRef,
  attempt: JobAttempt,
): Promise<FileScan | { kind: 'retry-after'; seconds: number; error: string }> {
  const { botToken } = deps.slack;
  const settings = deps.slack.files;
  if (botToken === undefined) return notDownloadable(given, 'FILE_NOT_DOWNLOADABLE', 'slack_not_configured');

  const gone = given.mode === null ? undefined : UNDOWNLOADABLE_MODES[given.mode];
  if (gone !== undefined) return notDownloadable(given, 'FILE_NOT_DOWNLOADABLE', gone);
  let file = given;
  if (needsFileInfo(file)) {
    const info = await fetchSlackFileInfo(deps.slack.client, botToken, file.id);
    if (info.kind === 'retry-after') return { kind: 'retry-after', seconds: info.seconds, error: info.error };
    if (info.kind === 'permanent') return notDownloadable(file, 'FILE_NOT_DOWNLOADABLE', `files.info:${info.error}`);
    const resolved = toSlackFileRef(info.detail.file);
    if (resolved === null) return notDownloadable(file, 'FILE_NOT_DOWNLOADABLE', 'files.info:no_file_object');
    file = { ...resolved, id: file.id };
  }

  // Again: a stub may turn out to be an external file.
  const unavailable = file.mode === null ? undefined : UNDOWNLOADABLE_MODES[file.mode];
  if (unavailable !== undefined) return notDownloadable(file, 'FILE_NOT_DOWNLOADABLE', unavailable);
  if (file.size !== null && file.size > settings.maxBytes) {
    return { outcome: 'too_large', file, reason: 'FILE_TOO_LARGE', detail: 'declared_size' };
  }
  const url = file.urlPrivateDownload ?? file.urlPrivate;
  if (url === null) return notDownloadable(file, 'FILE_NOT_DOWNLOADABLE', 'no_download_url');

  const download = await downloadSlackFile({
    url,
    token: botToken,
    allowedHosts: settings.hosts,
    maxBytes: settings.maxBytes,
    timeoutMs: settings.timeoutMs,
    expectHtml: isHtmlFile(file),
    ...(attempt.signal === undefined ? {} : { signal: attempt.signal }),
  });
  if (download.kind === 'retry-after') return download;
  if (download.kind === 'refused') {
    return download.code === 'FILE_TOO_LARGE'
      ? { outcome: 'too_large', file, reason: 'FILE_TOO_LARGE', detail: download.detail }
      : notDownloadable(file, download.code, download.detail);
  }

  const declaredMimeType = file.mimetype ?? download.contentType;
  const input = {
    bytes: download.bytes,
    ...(file.name === null ? {} : { fileName: file.name }),
    ...(declaredMimeType === null ? {} : { declaredMimeType }),
  };
  // The magic bytes, whatever the Content-Type said: Slack's sign-in page has also been seen served
  // under the file's own MIME type.
  const sniffed = sniffFormat(input);
  if (!sniffed.read && sniffed.outcome === 'html_instead_of_file') {
    return notDownloadable(file, 'FILE_DOWNLOAD_UNAUTHORIZED', 'html_sign_in_page');
  }
  const extracted = await extractText(input, { maxBytes: settings.maxBytes });
  const bytes = download.bytes.byteLength;
  if (extracted.outcome === 'too_large') return { outcome: 'too_large', file, reason: 'FILE_TOO_LARGE', detail: 'extraction' };
  if (extracted.outcome !== 'ok') {
    return { outcome: 'unreadable', file, reason: extracted.outcome, ...(extracted.format === undefined ? {} : { format: extracted.format }), bytes };
  }
  return {
    outcome: 'scanned',
    file,
    text: extracted.text,
    findings: deps.detector.detect(extracted.text),
    format: extracted.format,
    truncated: extracted.truncated,
    ...(extracted.pages === undefined ? {} : { pages: extracted.pages }),
    bytes,
  };
}

/** A Slack Connect stub carries only its id; a file without a URL cannot be fetched without a look-up. */
function needsFileInfo(file: SlackFileRef): boolean {
  return file.fileAccess === 'check_file_info' || file.mode === 'file_access' || (file.urlPrivateDownload === null && file.urlPrivate === null);
}

function isHtmlFile(file: SlackFileRef): boolean {
  return file.filetype === 'html' || file.mimetype === 'text/html' || /\.x?html?$/i.test(file.name ?? '');
}

function notDownloadable(file: SlackFileRef, reason: NotDownloadable, detail: string): FileScan {
  return { outcome: 'not_downloadable', file, reason, detail };
}

/** File id, outcome and code: never the name or the URL. */
function logOutcome(deps: JobDeps, scan: FileScan): void {
  if (scan.outcome === 'scanned') return;
  const fields = { fileId: scan.file.id, outcome: scan.outcome, reason: scan.reason, ...('detail' in scan ? { detail: scan.detail } : {}) };
  if (scan.reason === 'FILE_DOWNLOAD_UNAUTHORIZED') {
    deps.logger.error(fields, 'Slack answered a file download with its sign-in page: give the bot token the files:read scope');
  } else {
    deps.logger.warn(fields, 'a file of a message could not be scanned');
  }
}
