import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadSlackFile, type FileDownloadRequest } from './downloadSlackFile.ts';
import { isAllowedFileUrl } from './isAllowedFileUrl.ts';

const TOKEN = 'xoxb-test-download-token';

interface Host {
  origin: string;
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  /** Set per test: how to answer. */
  handler: (path: string, res: ServerResponse) => void;
  /** Resolves when the current response's connection closes, with whether it finished. */
  transferEnded: Promise<boolean>;
  close(): Promise<void>;
}

async function startHost(): Promise<Host> {
  let endTransfer: (finished: boolean) => void = () => {};
  const host: Host = {
    origin: '',
    requests: [],
    handler: (_path, res) => res.end(),
    transferEnded: Promise.resolve(true),
    close: async () => {},
  };
  const server = createServer((req, res) => {
    host.requests.push({ path: req.url ?? '', headers: req.headers });
    host.transferEnded = new Promise<boolean>((resolve) => (endTransfer = resolve));
    res.once('close', () => endTransfer(res.writableFinished));
    host.handler(req.url ?? '', res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return host;
}

/** Writes `total` bytes in chunks, as long as the client keeps reading; no Content-Length. */
async function streamChunks(res: ServerResponse, total: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const closed = new Promise((resolve) => res.once('close', resolve));
  for (let sent = 0; sent < total && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) await Promise.race([new Promise((resolve) => res.once('drain', resolve)), closed]);
  }
  if (!res.destroyed) res.end();
}

describe('downloadSlackFile', () => {
  let slack: Host;
  let foreign: Host;

  beforeAll(async () => {
    slack = await startHost();
    foreign = await startHost();
  });

  afterAll(async () => {
    await slack.close();
    await foreign.close();
  });

  beforeEach(() => {
    slack.requests.length = 0;
    foreign.requests.length = 0;
  });

  function request(path: string, overrides: Partial<FileDownloadRequest> = {}): FileDownloadRequest {
    return { url: `${slack.origin}${path}`, token: TOKEN, allowedHosts: [slack.origin], maxBytes: 1024, timeoutMs: 5_000, expectHtml: false, ...overrides };
  }

  it('downloads with the bot token in the Authorization header', async () => {
    slack.handler = (_path, res) => res.writeHead(200, { 'content-type': 'text/csv' }).end('a,b\n1,2\n');
    const outcome = await downloadSlackFile(request('/files-pri/T1-F1/download/a.csv'));
    expect(outcome).toMatchObject({ kind: 'done', contentType: 'text/csv' });
    expect(outcome.kind === 'done' && Buffer.from(outcome.bytes).toString()).toBe('a,b\n1,2\n');
    expect(slack.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('never contacts a host that is not allowed', async () => {
    const outcome = await downloadSlackFile(request('', { url: `${foreign.origin}/files-pri/T1-F1/download/a.csv` }));
    expect(outcome).toEqual({ kind: 'refused', code: 'FILE_HOST_NOT_ALLOWED', detail: 'url_host' });
    expect(foreign.requests).toEqual([]);
  });

  it('follows a redirect on an allowed host, and refuses one to another host without sending the token there', async () => {
    slack.handler = (path, res) => {
      if (path === '/moved') res.writeHead(302, { location: '/files-pri/T1-F1/download/a.csv' }).end();
      else if (path === '/away') res.writeHead(302, { location: `${foreign.origin}/steal` }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('moved content');
    };
    expect(await downloadSlackFile(request('/moved'))).toMatchObject({ kind: 'done' });
    expect(await downloadSlackFile(request('/away'))).toEqual({ kind: 'refused', code: 'FILE_HOST_NOT_ALLOWED', detail: 'redirect_host' });
    expect(foreign.requests).toEqual([]);
  });

  it('reads 200 text/html for another kind of file as the sign-in page of a token without files:read', async () => {
    slack.handler = (_path, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><title>Slack</title>');
    expect(await downloadSlackFile(request('/x.pdf'))).toEqual({ kind: 'refused', code: 'FILE_DOWNLOAD_UNAUTHORIZED', detail: 'html_sign_in_page' });
    // An HTML file is allowed to be HTML.
    expect(await downloadSlackFile(request('/x.html', { expectHtml: true }))).toMatchObject({ kind: 'done' });
  });

  it('maps statuses: 401/403 unauthorized, 404 not downloadable, 429 wait, 5xx retry', async () => {
    const answers: Record<string, () => [number, Record<string, string>]> = {
      '/401': () => [401, {}],
      '/403': () => [403, {}],
      '/404': () => [404, {}],
      '/429': () => [429, { 'retry-after': '12' }],
      '/503': () => [503, {}],
    };
    slack.handler = (path, res) => {
      const [status, headers] = answers[path]?.() ?? [500, {}];
      res.writeHead(status, headers).end('no');
    };
    expect(await downloadSlackFile(request('/401'))).toMatchObject({ kind: 'refused', code: 'FILE_DOWNLOAD_UNAUTHORIZED', detail: 'http_401' });
    expect(await downloadSlackFile(request('/403'))).toMatchObject({ kind: 'refused', code: 'FILE_DOWNLOAD_UNAUTHORIZED', detail: 'http_403' });
    expect(await downloadSlackFile(request('/404'))).toMatchObject({ kind: 'refused', code: 'FILE_NOT_DOWNLOADABLE', detail: 'http_404' });
    expect(await downloadSlackFile(request('/429'))).toEqual({ kind: 'retry-after', seconds: 12, error: 'ratelimited' });
    await expect(downloadSlackFile(request('/503'))).rejects.toMatchObject({ code: 'FILE_DOWNLOAD_FAILED', retryable: true });
  });

  it('refuses a Content-Length over the limit before reading the body', async () => {
    slack.handler = (_path, res) => void streamWithLength(res, 32 * 1024 * 1024);
    expect(await downloadSlackFile(request('/big'))).toEqual({ kind: 'refused', code: 'FILE_TOO_LARGE', detail: 'content_length' });
    expect(await slack.transferEnded).toBe(false);
  });

  it('cuts off a body that grows past the limit while it streams', async () => {
    slack.handler = (_path, res) => void streamChunks(res, 32 * 1024 * 1024);
    expect(await downloadSlackFile(request('/chunked', { maxBytes: 100_000 }))).toEqual({ kind: 'refused', code: 'FILE_TOO_LARGE', detail: 'stream' });
    // The server saw the client hang up long before its 32 MiB were through.
    expect(await slack.transferEnded).toBe(false);
  });

  it('gives up after the timeout as a retryable failure', async () => {
    slack.handler = () => {};
    await expect(downloadSlackFile(request('/silent', { timeoutMs: 200 }))).rejects.toMatchObject({ code: 'FILE_DOWNLOAD_FAILED', retryable: true });
  });

  it('keeps the URL (it holds the file name) out of what it reports', async () => {
    slack.handler = (_path, res) => res.writeHead(503).end();
    const error = await downloadSlackFile(request('/files-pri/T1-F1/download/payslip-maria-lopez.pdf')).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain('maria');
  });
});

function streamWithLength(res: ServerResponse, total: number): Promise<void> {
  res.setHeader('content-length', String(total));
  return streamChunks(res, total);
}

describe('isAllowedFileUrl', () => {
  const hosts = ['files.slack.com', 'http://127.0.0.1:3001'];
  it.each([
    ['https://files.slack.com/files-pri/T1-F1/download/a.csv', true],
    ['http://files.slack.com/files-pri/T1-F1/download/a.csv', false],
    ['https://evil.files.slack.com/x', false],
    ['https://files.slack.com.evil.example/x', false],
    ['https://files.slack.com:8443/x', false],
    ['https://user:pw@files.slack.com/x', false],
    ['http://127.0.0.1:3001/files-pri/T1-F1/a.csv', true],
    ['http://127.0.0.1:3002/files-pri/T1-F1/a.csv', false],
    ['https://127.0.0.1:3001/x', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedFileUrl(new URL(url), hosts)).toBe(allowed);
  });
});
