import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, WebAPIPlatformError, WebClient } from '@slack/web-api';
import type { Logger } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSlackFixture } from '../../fixtures/slack/loadSlackFixture.ts';
import { BOT_SCOPES, SEED, startFakeSlack } from './fakeSlack.ts';
import type { FakeSlack } from './fakeSlack.ts';

const { general } = SEED.channels;
const { maya } = SEED.users;
const CSV = 'name,email\nSam Ortiz,sam.ortiz@example.org\nLena Braun,lena.braun@example.org\nJo Kim,jo@example.org\n';

const silent: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

async function platformError(call: Promise<unknown>): Promise<WebAPIPlatformError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebAPIPlatformError);
  return error as WebAPIPlatformError;
}

/** Stands in for the service's events endpoint: keeps the inner events it receives. */
async function startReceiver(): Promise<{ url: string; events: Array<Record<string, unknown>>; close(): Promise<void> }> {
  const events: Array<Record<string, unknown>> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      events.push((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { event: Record<string, unknown> }).event);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe('fake Slack files: files.info, files.delete and the file host', () => {
  let fake: FakeSlack;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let bot: WebClient;
  let admin: WebClient;

  beforeAll(async () => {
    receiver = await startReceiver();
    fake = await startFakeSlack({ eventsUrl: receiver.url });
    bot = new WebClient(fake.identity.botToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logger: silent });
    admin = new WebClient(fake.identity.adminToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logger: silent });
  });

  afterAll(async () => {
    await fake.close();
    await receiver.close();
  });

  beforeEach(() => {
    fake.reset();
    receiver.events.length = 0;
  });

  afterEach(async () => {
    await fake.idle();
    fake.setTokenScopes(fake.identity.botToken, BOT_SCOPES);
  });

  function download(url: unknown, token?: string): Promise<Response> {
    return fetch(String(url), token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
  }

  it('delivers a file_share event whose file object has every field of the contract example', async () => {
    const { message, files, delivery } = await fake.postFileMessage({
      channel: general,
      user: maya,
      text: 'Payroll export for Q2, please check',
      files: [{ name: 'payroll-q2.csv', content: CSV, mode: 'snippet' }],
    });
    expect(delivery.status).toBe(200);
    const event = receiver.events[0] ?? {};
    const example = loadSlackFixture('file-share-snippet').event;
    expect(Object.keys(event).sort()).toEqual(expect.arrayContaining(Object.keys(example).sort()));
    expect(event).toMatchObject({ type: 'message', subtype: 'file_share', ts: message.ts, user: maya, upload: false, display_as_bot: false });
    const file = (event.files as Array<Record<string, unknown>>)[0] ?? {};
    expect(Object.keys(file).sort()).toEqual(Object.keys(example.files[0]).sort());
    expect(file).toMatchObject({
      id: files[0]?.id,
      name: 'payroll-q2.csv',
      mimetype: 'text/csv',
      filetype: 'csv',
      pretty_type: 'CSV',
      size: Buffer.byteLength(CSV),
      mode: 'snippet',
      user: maya,
      user_team: fake.identity.teamId,
      file_access: 'visible',
      preview: 'name,email\nSam Ortiz,sam.ortiz@example.org\nLena Braun,lena.braun@example.org',
      lines: 5,
      lines_more: 2,
      preview_is_truncated: true,
    });
    // The file host is the fake itself, with Slack's path layout.
    expect(file.url_private_download).toBe(`${fake.url}/files-pri/${fake.identity.teamId}-${String(file.id)}/download/payroll-q2.csv`);
  });

  it('shows files as Slack Connect stubs in a shared channel, which files.info resolves', async () => {
    const shared = fake.createChannel({ name: 'partner-acme', isExtShared: true, members: [maya, fake.identity.adminUserId] });
    const { files } = await fake.postFileMessage({ channel: shared.id, user: maya, text: '', files: [{ name: 'contract.pdf', content: '%PDF-1.4 fake' }] });
    const event = receiver.events[0] ?? {};
    expect(event.text).toBe('');
    expect(event.files).toEqual([{ id: files[0]?.id, mode: 'file_access', file_access: 'check_file_info', created: 0, timestamp: 0, user: '' }]);

    const info = await bot.files.info({ file: files[0]?.id ?? '' });
    expect(info.file).toMatchObject({ id: files[0]?.id, name: 'contract.pdf', mimetype: 'application/pdf', filetype: 'pdf', channels: [shared.id] });
    expect(info).toMatchObject({ ok: true, comments: [] });
  });

  it('answers files.info with file_not_found, and missing_scope without files:read', async () => {
    expect((await platformError(bot.files.info({ file: 'F0NOTTHERE' }))).data.error).toBe('file_not_found');
    const { id } = fake.addFile({ user: maya, name: 'notes.txt', content: 'hello' });
    fake.setTokenScopes(fake.identity.botToken, BOT_SCOPES.filter((s) => s !== 'files:read'));
    expect((await platformError(bot.files.info({ file: id }))).data).toMatchObject({ error: 'missing_scope', needed: 'files:read' });
  });

  it('serves the file to a token with files:read, with its type and length', async () => {
    const file = fake.addFile({ user: maya, name: 'contacts.csv', content: CSV });
    const answer = await download(file.url_private_download, fake.identity.botToken);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv');
    expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength(CSV)));
    expect(await answer.text()).toBe(CSV);
    await fake.idle();
    expect(fake.downloads).toEqual([expect.objectContaining({ fileId: file.id, route: 'download', auth: 'bot', status: 200, served: 'file', completed: true })]);
  });

  it('answers a missing, wrong or under-scoped token with 200 and the HTML sign-in page, as Slack does', async () => {
    const file = fake.addFile({ user: maya, name: 'contacts.csv', content: CSV });
    fake.setTokenScopes(fake.identity.botToken, BOT_SCOPES.filter((s) => s !== 'files:read'));
    for (const token of [undefined, 'xoxb-not-a-real-token', fake.identity.botToken]) {
      const answer = await download(file.url_private_download, token);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      const body = await answer.text();
      expect(body).toMatch(/^<!DOCTYPE html>/);
      expect(body).not.toContain('sam.ortiz');
    }
    expect(fake.downloads.map((d) => [d.auth, d.served])).toEqual([
      ['none', 'login_page'],
      ['invalid', 'login_page'],
      ['no_scope', 'login_page'],
    ]);
  });

  it('can label the sign-in page as the file type, as Slack has been seen to', async () => {
    const file = fake.addFile({ user: maya, name: 'report.pdf', content: '%PDF-1.4 fake' });
    fake.setLoginPageLabel('file');
    const answer = await download(file.url_private_download, 'xoxb-not-a-real-token');
    expect([answer.status, answer.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(await answer.text()).toMatch(/^<!DOCTYPE html>/);
  });

  it('keeps the bot to its own files, lets the admin delete a member file once, and leaves a tombstone', async () => {
    const { message, files } = await fake.postFileMessage({ channel: general, user: maya, text: 'see attached', files: [{ name: 'a.csv', content: CSV }] });
    const id = files[0]?.id ?? '';
    expect((await platformError(bot.files.delete({ file: id }))).data.error).toBe('missing_scope');
    fake.setTokenScopes(fake.identity.botToken, [...BOT_SCOPES, 'files:write']);
    expect((await platformError(bot.files.delete({ file: id }))).data.error).toBe('cant_delete_file');

    expect(await admin.files.delete({ file: id })).toMatchObject({ ok: true });
    expect(fake.fileDeletions).toEqual([expect.objectContaining({ fileId: id, by: 'admin', byUser: fake.identity.adminUserId })]);
    expect(fake.getFile(id)?.deleted).toBe(true);
    expect((await platformError(admin.files.delete({ file: id }))).data.error).toBe('file_deleted');
    expect((await platformError(bot.files.info({ file: id }))).data.error).toBe('file_deleted');
    expect((await download(files[0]?.url_private_download, fake.identity.botToken)).status).toBe(404);
    expect(fake.getMessage(general, message.ts)?.files).toEqual([{ id, mode: 'tombstone' }]);
  });

  it("never deletes the external organisation's files", async () => {
    const partner = fake.addUser({ name: 'ext.partner', team: 'T0EXTERNAL' });
    const { id } = fake.addFile({ user: partner.id, name: 'their.csv', content: CSV });
    expect((await platformError(admin.files.delete({ file: id }))).data.error).toBe('cant_delete_file');
    expect(fake.getFile(id)?.deleted).toBe(false);
  });

  it('injects faults and rate limits on the file host as files.download', async () => {
    const file = fake.addFile({ user: maya, name: 'contacts.csv', content: CSV });
    fake.failNext('files.download', { status: 429, retryAfter: 7 });
    fake.failNext('files.download', { status: 503 });
    const limited = await download(file.url_private_download, fake.identity.botToken);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await download(file.url_private_download, fake.identity.botToken)).status).toBe(503);
    expect((await download(file.url_private_download, fake.identity.botToken)).status).toBe(200);
    expect(fake.downloads.map((d) => d.served)).toEqual(['fault', 'fault', 'file']);
  });

  it('notices a client that hangs up: the transfer is recorded as not completed', async () => {
    const big = Buffer.alloc(32 * 1024 * 1024, 'a');
    const file = fake.addFile({ user: maya, name: 'big.txt', content: big });
    const answer = await download(file.url_private_download, fake.identity.botToken);
    const reader = answer.body?.getReader();
    await reader?.read();
    await reader?.cancel();
    await fake.idle();
    const record = fake.downloads[0];
    expect(record).toMatchObject({ served: 'file', completed: false });
    expect(record?.bytesSent).toBeLessThan(big.length);
  });

  it('the control endpoint shares a file with a comment', async () => {
    const answer = await fetch(`${fake.url}/_fake/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: general, user: maya, text: 'Q2 payroll', file: { name: 'payroll.csv', content: CSV } }),
    });
    expect(answer.status).toBe(200);
    expect(receiver.events[0]).toMatchObject({ subtype: 'file_share', text: 'Q2 payroll', files: [{ name: 'payroll.csv', mimetype: 'text/csv' }] });
    const bad = await fetch(`${fake.url}/_fake/messages`, {
      method: 'POST',
      body: JSON.stringify({ channel: general, user: maya, text: '', file: { name: 1 } }),
    });
    expect(bad.status).toBe(400);
  });

  it('reset() forgets files and downloads', async () => {
    const file = fake.addFile({ user: maya, name: 'x.txt', content: 'x' });
    await (await download(file.url_private_download, fake.identity.botToken)).text();
    await fake.idle();
    fake.reset();
    expect(fake.getFile(file.id)).toBeUndefined();
    expect(fake.downloads).toEqual([]);
  });
});
