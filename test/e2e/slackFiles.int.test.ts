import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/main.ts';
import { readStream, type RecordedAuditEvent } from '../../src/store/auditLog.ts';
import { createLogger } from '../../src/telemetry/logger.ts';
import { BOT_SCOPES, SEED, startFakeSlack, type FakeSlack } from '../fakes/slack/fakeSlack.ts';
import { EMAIL, readFixture, SSN } from '../fixtures/files/fixtureText.ts';
import { testConfig } from '../support/testConfig.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/testStores.ts';
import { isFinal, waitForItem } from '../support/waitForItem.ts';

/** Small, so the size-limit cases stay cheap; every fixture is far below it. */
const MAX_FILE_BYTES = 256 * 1024;
const CLEAN_COMMENT = 'Payroll export for Q2, please check';
const CSV_WITH_PII = readFixture('contacts.csv');

interface ForeignHost {
  url: string;
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** A server that is not Slack's file host: whatever reaches it is recorded. */
async function startForeignHost(): Promise<ForeignHost> {
  const requests: ForeignHost['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/csv' }).end(`email\n${EMAIL}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function scannedEvent(trail: RecordedAuditEvent[]): { result: string; files?: Array<Record<string, unknown>>; findings?: Array<Record<string, unknown>> } {
  const event = trail.find((e) => e.type === 'MessageScanned');
  expect(event).toBeDefined();
  return event?.data as never;
}

describe.each(STORE_KINDS)('Slack files end to end on %s', (kind) => {
  let fake: FakeSlack;
  let foreign: ForeignHost;
  let store: TestStore;
  let service: Service;
  const logLines: string[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack({ signingSecret: 'test-signing-secret' });
    foreign = await startForeignHost();
    store = await createTestStore(kind);
    const logs = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    });
    service = await createService(
      testConfig({
        DATABASE_URL: store.databaseUrl,
        DATA_DIR: store.dataDir,
        SLACK_API_URL: fake.apiUrl,
        SLACK_BOT_TOKEN: fake.identity.botToken,
        SLACK_ADMIN_TOKEN: fake.identity.adminToken,
        SLACK_FILE_HOSTS: fake.url,
        SLACK_FILE_MAX_BYTES: String(MAX_FILE_BYTES),
      }),
      { logger: createLogger('debug', logs) },
    );
    fake.setEventsUrl(`${await service.listen()}/slack/events`);
  });

  afterAll(async () => {
    await service?.stop();
    await fake?.close();
    await foreign?.close();
    await store?.dispose();
  });

  beforeEach(async () => {
    await fake.idle();
    fake.reset();
    foreign.requests.length = 0;
  });

  afterEach(() => {
    fake.setTokenScopes(fake.identity.botToken, BOT_SCOPES);
  });

  it('deletes a CSV with PII and its file_share message, file first, tells the author and records the file', async () => {
    const { message, files, delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.maya,
      text: CLEAN_COMMENT,
      files: [{ name: 'payroll-q2.csv', content: CSV_WITH_PII }],
    });
    const fileId = files[0]?.id ?? '';
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item.status).toBe('notified');
    expect(item.labels).toEqual(expect.arrayContaining(['EMAIL', 'US_SSN']));

    // Downloaded once, with the bot token; deleted with the admin token, before the message.
    expect(fake.downloads).toEqual([expect.objectContaining({ fileId, route: 'download', auth: 'bot', served: 'file', completed: true })]);
    expect(fake.fileDeletions).toEqual([expect.objectContaining({ fileId, by: 'admin' })]);
    expect(fake.getFile(fileId)?.deleted).toBe(true);
    expect(fake.getMessage(SEED.channels.general, message.ts)).toBeUndefined();
    expect(fake.calls.map((c) => c.method).filter((m) => m === 'files.delete' || m === 'chat.delete')).toEqual(['files.delete', 'chat.delete']);

    const dm = String(fake.callsTo('chat.postMessage')[0]?.args.text);
    expect(dm).toContain('I also deleted your file “payroll-q2.csv”');
    expect(dm).toContain('>Payroll export for Q2, please check');

    const trail = await readStream(service.db, delivery.eventId);
    expect(trail.map((e) => e.type)).toEqual(['MessageReceived', 'MessageScanned', 'FileDeleted', 'MessageDeleted', 'AuthorNotified']);
    const scanned = scannedEvent(trail);
    expect(scanned.files).toEqual([expect.objectContaining({ fileId, outcome: 'scanned', format: 'csv', truncated: false })]);
    expect(scanned.files?.[0]?.counts).toMatchObject({ EMAIL: 1, US_SSN: 1 });
    // Each finding says where it was: here only in the file, none in the clean comment.
    expect(scanned.findings?.every((f) => f.where === 'file' && f.fileId === fileId)).toBe(true);
    expect(trail.find((e) => e.type === 'FileDeleted')?.data).toEqual({ fileId, alreadyGone: false, token: 'admin' });
  });

  it('leaves a message with a clean file alone: no delete of either', async () => {
    const { files, delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.sam,
      text: 'Stock count for the warehouse',
      files: [{ name: 'stock.csv', content: 'sku,qty,bin\nA-100,4,17\nB-220,12,3\n' }],
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ status: 'clean', reason: null });
    expect(fake.downloads).toHaveLength(1);
    expect(fake.callsTo('files.delete')).toEqual([]);
    expect(fake.callsTo('chat.delete')).toEqual([]);
    expect(fake.getFile(files[0]?.id ?? '')?.deleted).toBe(false);
    expect(scannedEvent(await readStream(service.db, delivery.eventId))).toMatchObject({
      result: 'clean',
      files: [{ fileId: files[0]?.id, outcome: 'scanned', format: 'csv', counts: {} }],
    });
  });

  it('reads a PDF and a DOCX shared without a comment, and deletes both', async () => {
    const { message, files, delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.maya,
      files: [
        { name: 'contact.pdf', content: readFixture('contact.pdf') },
        { name: 'contact.docx', content: readFixture('contact.docx') },
      ],
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item.status).toBe('notified');
    expect(fake.fileDeletions.map((d) => d.fileId).sort()).toEqual(files.map((f) => f.id).sort());
    expect(fake.getMessage(SEED.channels.general, message.ts)).toBeUndefined();
    const scanned = scannedEvent(await readStream(service.db, delivery.eventId));
    expect(scanned.files?.map((f) => [f.outcome, f.format])).toEqual([
      ['scanned', 'pdf'],
      ['scanned', 'docx'],
    ]);
    for (const file of scanned.files ?? []) expect(file.counts).toMatchObject({ EMAIL: 1, US_SSN: 1 });
    // No text to hand back: the DM names the files and quotes nothing.
    const dm = String(fake.callsTo('chat.postMessage')[0]?.args.text);
    expect(dm).toContain('“contact.pdf”');
    expect(dm).toContain('“contact.docx”');
    expect(dm).not.toContain('original text');
  });

  it('resolves a Slack Connect stub with files.info before downloading it', async () => {
    const shared = fake.createChannel({ name: `partner-acme-${kind}`, isExtShared: true, members: [SEED.users.maya, fake.identity.adminUserId] });
    const { files, delivery } = await fake.postFileMessage({
      channel: shared.id,
      user: SEED.users.maya,
      text: 'the signed form',
      files: [{ name: 'intake-form.csv', content: CSV_WITH_PII }],
    });
    const fileId = files[0]?.id ?? '';
    expect(delivery.payload).toMatchObject({ is_ext_shared_channel: true, event: { files: [{ id: fileId, file_access: 'check_file_info' }] } });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item.status).toBe('notified');
    expect(fake.callsTo('files.info')).toEqual([expect.objectContaining({ token: 'bot', args: { file: fileId }, response: expect.objectContaining({ ok: true }) })]);
    expect(fake.downloads).toEqual([expect.objectContaining({ fileId, auth: 'bot', served: 'file' })]);
    expect(fake.getFile(fileId)?.deleted).toBe(true);
    // The name was not in the event: it came from files.info, sealed until the DM.
    expect(String(fake.callsTo('chat.postMessage')[0]?.args.text)).toContain('“intake-form.csv”');
  });

  it('records FILE_DOWNLOAD_UNAUTHORIZED when Slack serves its sign-in page, and still acts on the text', async () => {
    fake.setTokenScopes(fake.identity.botToken, BOT_SCOPES.filter((s) => s !== 'files:read'));
    const { files, delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.maya,
      text: 'Write to me at m.okafor@globex-mail.com about the attached',
      files: [{ name: 'payroll-q2.csv', content: CSV_WITH_PII }],
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ status: 'notified', reason: 'files_not_scanned' });
    expect(item.labels).toContain('EMAIL');
    expect(fake.downloads).toEqual([expect.objectContaining({ auth: 'no_scope', status: 200, served: 'login_page' })]);
    // The file was never read, so nothing says it holds PII: it is not deleted, the message is.
    expect(fake.callsTo('files.delete')).toEqual([]);
    expect(fake.getFile(files[0]?.id ?? '')?.deleted).toBe(false);
    expect(fake.callsTo('chat.delete')).toHaveLength(1);
    const scanned = scannedEvent(await readStream(service.db, delivery.eventId));
    expect(scanned.files).toEqual([
      { fileId: files[0]?.id, outcome: 'not_downloadable', reason: 'FILE_DOWNLOAD_UNAUTHORIZED', detail: 'html_sign_in_page' },
    ]);
    expect(logLines.some((line) => line.includes('FILE_DOWNLOAD_UNAUTHORIZED') && line.includes('files:read'))).toBe(true);
  });

  it('sees the sign-in page by its bytes even when it comes labelled as the file type', async () => {
    fake.setTokenScopes(fake.identity.botToken, BOT_SCOPES.filter((s) => s !== 'files:read'));
    fake.setLoginPageLabel('file');
    const { files, delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.sam,
      text: 'Quarterly numbers',
      files: [{ name: 'q2.pdf', content: readFixture('contact.pdf') }],
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ status: 'clean', reason: 'files_not_scanned' });
    expect(fake.downloads).toEqual([expect.objectContaining({ served: 'login_page' })]);
    expect(scannedEvent(await readStream(service.db, delivery.eventId)).files).toEqual([
      { fileId: files[0]?.id, outcome: 'not_downloadable', reason: 'FILE_DOWNLOAD_UNAUTHORIZED', detail: 'html_sign_in_page' },
    ]);
  });

  it('never sends the token to a download URL on another host', async () => {
    const { ts } = fake.addMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: 'see file' });
    const file = {
      id: 'F0FOREIGN1',
      name: 'totally-legit.csv',
      mimetype: 'text/csv',
      filetype: 'csv',
      size: 40,
      mode: 'hosted',
      user: SEED.users.maya,
      url_private: `${foreign.url}/files-pri/T024BE7LD-F0FOREIGN1/totally-legit.csv`,
      url_private_download: `${foreign.url}/files-pri/T024BE7LD-F0FOREIGN1/download/totally-legit.csv`,
      file_access: 'visible',
    };
    const delivery = await fake.deliverEvent({
      type: 'message',
      subtype: 'file_share',
      channel: SEED.channels.general,
      channel_type: 'channel',
      user: SEED.users.maya,
      text: 'see file',
      ts,
      files: [file],
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ status: 'clean', reason: 'files_not_scanned' });
    expect(foreign.requests).toEqual([]);
    expect(foreign.requests.some((r) => r.headers.authorization !== undefined)).toBe(false);
    expect(scannedEvent(await readStream(service.db, delivery.eventId)).files).toEqual([
      { fileId: 'F0FOREIGN1', outcome: 'not_downloadable', reason: 'FILE_HOST_NOT_ALLOWED', detail: 'url_host' },
    ]);
  });

  it('records files over the size limit as too large without downloading them in full', async () => {
    const bigContent = Buffer.alloc(32 * 1024 * 1024, 'x');
    const { files, delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.sam,
      text: 'two exports',
      files: [
        // Says so: never requested.
        { name: 'declared-big.csv', content: CSV_WITH_PII, declaredSize: MAX_FILE_BYTES + 1 },
        // Claims to be small: the Content-Length gives it away, and the transfer is cut off.
        { name: 'lying-size.txt', content: bigContent, declaredSize: 1000 },
      ],
    });
    const [declared, lying] = files;
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ status: 'clean', reason: 'files_not_scanned' });
    await fake.idle();
    expect(fake.downloads.filter((d) => d.fileId === declared?.id)).toEqual([]);
    const transfer = fake.downloads.find((d) => d.fileId === lying?.id);
    expect(transfer).toMatchObject({ served: 'file', completed: false });
    expect(transfer?.bytesSent).toBeLessThan(bigContent.length);
    expect(scannedEvent(await readStream(service.db, delivery.eventId)).files).toEqual([
      { fileId: declared?.id, outcome: 'too_large', reason: 'FILE_TOO_LARGE', detail: 'declared_size' },
      { fileId: lying?.id, outcome: 'too_large', reason: 'FILE_TOO_LARGE', detail: 'content_length' },
    ]);
  });

  it('waits out a 429 from the file host without using up an attempt', async () => {
    fake.failNext('files.download', { status: 429, retryAfter: 1 });
    const { delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.maya,
      text: CLEAN_COMMENT,
      files: [{ name: 'payroll-q2.csv', content: CSV_WITH_PII }],
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item.status).toBe('notified');
    expect(fake.downloads.map((d) => d.status)).toEqual([429, 200]);
    const trail = await readStream(service.db, delivery.eventId);
    expect(trail.map((e) => e.type).slice(0, 3)).toEqual(['MessageReceived', 'ActionPostponed', 'MessageScanned']);
    expect(trail[1]?.data).toEqual({ action: 'scan', retryAfterSeconds: 1, error: 'ratelimited' });
  });

  it('retries the scan after a 5xx from the file host', async () => {
    fake.failNext('files.download', { status: 503 });
    const { delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.maya,
      text: CLEAN_COMMENT,
      files: [{ name: 'payroll-q2.csv', content: CSV_WITH_PII }],
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item.status).toBe('notified');
    expect(fake.downloads.map((d) => d.status)).toEqual([503, 200]);
    const jobs = await service.db.query<{ retry_count: number }>(`SELECT retry_count FROM pgboss.job WHERE name = 'events' AND data->>'itemId' = $1`, [
      delivery.eventId,
    ]);
    expect(jobs.rows.map((r) => r.retry_count)).toEqual([1]);
  });

  it('counts a file deleted meanwhile as done, and records a file Slack will not let us delete', async () => {
    // In order: the first file is already gone, the second Slack refuses.
    fake.failNext('files.delete', { error: 'file_not_found' });
    fake.failNext('files.delete', { error: 'cant_delete_file' });
    const { delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.maya,
      text: CLEAN_COMMENT,
      files: [
        { name: 'first.csv', content: CSV_WITH_PII },
        { name: 'second.csv', content: CSV_WITH_PII },
      ],
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ status: 'notified', reason: 'file_delete_failed:cant_delete_file' });
    const trail = await readStream(service.db, delivery.eventId);
    expect(trail.filter((e) => e.type.startsWith('File')).map((e) => [e.type, e.data.alreadyGone ?? e.data.error])).toEqual([
      ['FileDeleted', true],
      ['FileDeleteFailed', 'cant_delete_file'],
    ]);
    const dm = String(fake.callsTo('chat.postMessage')[0]?.args.text);
    expect(dm).toContain('I also deleted your file “first.csv”');
    expect(dm).toContain('“second.csv” (email address');
    expect(dm).toContain('please delete it yourself');
  });

  it('keeps file names, URLs and contents out of job payloads, the audit log and the logs', async () => {
    const name = 'payslip-maria-lopez-2024.csv';
    const { files, delivery } = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.maya,
      text: CLEAN_COMMENT,
      files: [{ name, content: CSV_WITH_PII }],
    });
    await waitForItem(service, delivery.eventId, isFinal);
    const jobs = await service.db.query<{ data: unknown; output: unknown }>('SELECT data, output FROM pgboss.job');
    const audit = await service.db.query<{ data: unknown }>('SELECT data FROM audit_log');
    const items = await service.db.query<{ reason: string | null; labels: string[] }>('SELECT reason, labels FROM items');
    const stored = JSON.stringify([jobs.rows, audit.rows, items.rows]);
    const logs = logLines.join('');
    const url = String(files[0]?.url_private_download);
    for (const secret of [name, 'payslip-maria', url, EMAIL, SSN, 'Lopez, Maria', fake.identity.botToken, fake.identity.adminToken]) {
      expect(stored, secret).not.toContain(secret);
      expect(logs, secret).not.toContain(secret);
    }
    expect(stored).toContain(String(files[0]?.id));
    // Nor any other file of this suite, including those whose download failed or was refused.
    for (const other of ['payroll-q2.csv', 'contact.pdf', 'intake-form.csv', 'totally-legit.csv', 'lying-size.txt', 'files-pri']) {
      expect(logs, other).not.toContain(other);
      expect(stored, other).not.toContain(other);
    }
  });
});
