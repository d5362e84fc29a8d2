import { createHash } from 'node:crypto';
import type { FakeIdentity, TokenKind } from './fakeWorkspace.ts';

/**
 * Files in the fake workspace: what was uploaded (the bytes) and the file object Slack shows for it,
 * field for field as in CONTRACTS.md "Files inside events" and Example D. The object is built when it
 * is shown, so its URLs point at wherever the fake is listening.
 */
export interface StoredFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  filetype: string;
  prettyType: string;
  /** `hosted` for an upload, `snippet` for text created in Slack (with `preview` in events). */
  mode: 'hosted' | 'snippet';
  user: string;
  userTeam: string;
  content: Buffer;
  /** What the file object claims as `size`; the real length unless a test makes it lie. */
  size: number;
  created: number;
  channels: Set<string>;
  deleted: boolean;
}

export interface AddFileInput {
  id?: string;
  /** Uploader; their team decides `user_team` (another team makes it a Slack Connect file). */
  user: string;
  name: string;
  title?: string;
  content: Buffer | Uint8Array | string;
  /** Default from the name's extension, as Slack derives it. */
  mimetype?: string;
  filetype?: string;
  mode?: 'hosted' | 'snippet';
  /** Make `size` say something other than the real length (a file that grows past what it claimed). */
  declaredSize?: number;
  /** Conversations it is shared in; `files.info` lists them. */
  channels?: readonly string[];
}

/** One successful `files.delete`, as tests assert it. */
export interface FileDeletionRecord {
  fileId: string;
  by: TokenKind;
  byUser: string;
  at: number;
}

/** One request to the file host; the token itself is never kept, only what it authenticated as. */
export interface FileDownloadRecord {
  fileId: string;
  route: 'download' | 'view';
  /** What the Authorization header authenticated as: `no_scope` is a valid token without `files:read`. */
  auth: 'bot' | 'admin' | 'user' | 'none' | 'invalid' | 'revoked' | 'no_scope';
  status: number;
  /** What came back: the file, Slack's sign-in page, a not-found page, or an injected fault. */
  served: 'file' | 'login_page' | 'not_found' | 'fault';
  bytesSent: number;
  /** False when the client hung up before the last byte (a size limit cutting the transfer off). */
  completed: boolean;
  at: number;
}

const TYPES: Readonly<Record<string, [mimetype: string, filetype: string, prettyType: string]>> = {
  txt: ['text/plain', 'text', 'Plain Text'],
  csv: ['text/csv', 'csv', 'CSV'],
  json: ['application/json', 'json', 'JSON'],
  md: ['text/markdown', 'markdown', 'Markdown (raw)'],
  html: ['text/html', 'html', 'HTML'],
  pdf: ['application/pdf', 'pdf', 'PDF'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx', 'Word Document'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', 'Excel Spreadsheet'],
  png: ['image/png', 'png', 'PNG'],
  jpg: ['image/jpeg', 'jpg', 'JPEG'],
  jpeg: ['image/jpeg', 'jpg', 'JPEG'],
  zip: ['application/zip', 'zip', 'Zip'],
};

export function fileTypeOf(name: string): [mimetype: string, filetype: string, prettyType: string] {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return TYPES[extension] ?? ['application/octet-stream', 'binary', 'Binary'];
}

export function createStoredFile(id: string, input: AddFileInput, userTeam: string, createdSeconds: number): StoredFile {
  const content = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : Buffer.from(input.content);
  const [mimetype, filetype, prettyType] = fileTypeOf(input.name);
  return {
    id,
    name: input.name,
    title: input.title ?? input.name,
    mimetype: input.mimetype ?? mimetype,
    filetype: input.filetype ?? filetype,
    prettyType,
    mode: input.mode ?? 'hosted',
    user: input.user,
    userTeam,
    content,
    size: input.declaredSize ?? content.length,
    created: createdSeconds,
    channels: new Set(input.channels ?? []),
    deleted: false,
  };
}

/** The path a file is served under: `/files-pri/<team>-<file id>/[download/]<name>`, as on files.slack.com. */
export function filePath(identity: FakeIdentity, file: StoredFile, download: boolean): string {
  return `/files-pri/${identity.teamId}-${file.id}/${download ? 'download/' : ''}${encodeURIComponent(file.name)}`;
}

/** The file id in a file-host path, or undefined when the path is not one. */
export function fileIdOfPath(pathname: string): { fileId: string; route: 'download' | 'view' } | undefined {
  const match = /^\/files-pri\/[A-Z0-9]+-(F[A-Z0-9]+)\/(download\/)?[^/]+$/.exec(pathname);
  if (match?.[1] === undefined) return undefined;
  return { fileId: match[1], route: match[2] === undefined ? 'view' : 'download' };
}

/** The file object of events and `files.info`, as in CONTRACTS.md Example D. */
export function fileObject(identity: FakeIdentity, file: StoredFile, fileOrigin: string): Record<string, unknown> {
  const permalink = `https://${identity.teamDomain}.slack.com/files/${file.user}/${file.id}/${encodeURIComponent(file.name)}`;
  const publicSuffix = createHash('sha256').update(file.id).digest('hex').slice(0, 10);
  return {
    id: file.id,
    created: file.created,
    timestamp: file.created,
    name: file.name,
    title: file.title,
    mimetype: file.mimetype,
    filetype: file.filetype,
    pretty_type: file.prettyType,
    user: file.user,
    user_team: file.userTeam,
    editable: file.mode === 'snippet',
    size: file.size,
    mode: file.mode,
    is_external: false,
    external_type: '',
    is_public: [...file.channels].some((c) => c.startsWith('C')),
    public_url_shared: false,
    display_as_bot: false,
    username: '',
    url_private: `${fileOrigin}${filePath(identity, file, false)}`,
    url_private_download: `${fileOrigin}${filePath(identity, file, true)}`,
    permalink,
    permalink_public: `https://slack-files.com/${identity.teamId}-${file.id}-${publicSuffix}`,
    ...(file.mode === 'snippet' ? snippetFields(file, permalink) : {}),
    has_rich_preview: false,
    file_access: 'visible',
  };
}

/** Snippets show their first lines inline in the event (contract fact 10: content leaks there too). */
function snippetFields(file: StoredFile, permalink: string): Record<string, unknown> {
  const lines = file.content.toString('utf8').split('\n');
  const shown = lines.slice(0, 3);
  return {
    edit_link: `${permalink}/edit`,
    preview: shown.join('\n'),
    preview_highlight: `<div class="CodeMirror cm-s-default CodeMirrorServer">\n<div class="CodeMirror-code">\n${shown
      .map((line) => `<div><pre>${escapeHtml(line)}</pre></div>`)
      .join('\n')}\n</div>\n</div>\n`,
    lines: lines.length,
    lines_more: Math.max(0, lines.length - shown.length),
    preview_is_truncated: lines.length > shown.length,
  };
}

/**
 * How a Slack Connect channel may show a file in `files[]` (CONTRACTS.md fact 12; the shape of the
 * captured `message_file_share_slack_connect` payload): only its id, and a pointer to `files.info`.
 */
export function fileStub(file: StoredFile): Record<string, unknown> {
  return { id: file.id, mode: 'file_access', file_access: 'check_file_info', created: 0, timestamp: 0, user: '' };
}

/** What a deleted file leaves in the messages that shared it. */
export function fileTombstone(fileId: string): Record<string, unknown> {
  return { id: fileId, mode: 'tombstone' };
}

/**
 * What Slack serves instead of a file when the token is missing, wrong or lacks `files:read`:
 * status 200 and its sign-in page (CONTRACTS.md fact 11).
 */
export const SLACK_LOGIN_PAGE = `<!DOCTYPE html>
<html lang="en-US" class="">
<head>
<meta charset="utf-8">
<title>Slack</title>
<meta name="referrer" content="no-referrer">
</head>
<body class="full_height">
<div id="page"><h1>Sign in to Slack</h1>
<p>We suggest using the email address you use at work.</p>
<form id="signin_form" action="/signin" method="post">
<input type="email" name="email" placeholder="name@work-email.com">
<button type="submit">Sign In With Email</button>
</form></div>
</body>
</html>
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
