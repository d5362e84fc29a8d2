import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED, startFakeSlack, type FakeSlack } from '../../test/fakes/slack/fakeSlack.ts';
import { readFixture } from '../../test/fixtures/files/fixtureText.ts';
import { createSlackClient } from '../act/slack/createSlackClient.ts';
import { createDetector } from '../detect/detector.ts';
import { toSlackFileRef, type SlackFileRef } from '../ingest/slack/slackFileRef.ts';
import { createLogger } from '../telemetry/logger.ts';
import type { JobDeps } from './jobDeps.ts';
import { scanSlackFiles } from './scanSlackFiles.ts';

/** scanSlackFiles against the fake Slack over HTTP; it touches no store, so none is opened. */
describe('scanSlackFiles', () => {
  let fake: FakeSlack;
  let deps: JobDeps;

  beforeAll(async () => {
    fake = await startFakeSlack();
    deps = {
      detector: createDetector(),
      logger: createLogger('silent'),
      slack: {
        client: createSlackClient(fake.apiUrl),
        botToken: fake.identity.botToken,
        adminToken: fake.identity.adminToken,
        identity: () => ({ botUserId: fake.identity.botUserId, botId: fake.identity.botId, appId: fake.identity.appId }),
        files: { hosts: [fake.url], maxBytes: 1024 * 1024, timeoutMs: 5_000 },
      },
    } as unknown as JobDeps;
  });

  afterAll(async () => {
    await fake.close();
  });

  beforeEach(async () => {
    await fake.idle();
    fake.reset();
  });

  function upload(name: string, content: string | Uint8Array): SlackFileRef {
    const ref = toSlackFileRef(fake.addFile({ user: SEED.users.maya, name, content, channels: [SEED.channels.general] }));
    if (ref === null) throw new Error('the fake returned no file object');
    return ref;
  }

  it('retries a transient download failure, and records it on the last attempt instead', async () => {
    const file = upload('a.csv', 'email\nm.okafor@globex-mail.com\n');
    fake.failNext('files.download', { status: 503 });
    await expect(scanSlackFiles(deps, [file], { retryCount: 0, lastAttempt: false })).rejects.toMatchObject({ code: 'FILE_DOWNLOAD_FAILED' });
    fake.failNext('files.download', { status: 503 });
    expect(await scanSlackFiles(deps, [file], { retryCount: 8, lastAttempt: true })).toEqual({
      kind: 'done',
      files: [{ outcome: 'not_downloadable', file, reason: 'FILE_DOWNLOAD_FAILED', detail: 'FILE_DOWNLOAD_FAILED' }],
    });
  });

  it('keeps going past a file it cannot read: each file has its own outcome', async () => {
    const encrypted = upload('locked.pdf', readFixture('contact-encrypted.pdf'));
    const external: SlackFileRef = { ...upload('drive-doc.gdoc', 'x'), mode: 'external' };
    const readable = upload('notes.txt', 'call m.okafor@globex-mail.com');
    const result = await scanSlackFiles(deps, [encrypted, external, readable], { retryCount: 0, lastAttempt: false });
    expect(result.kind === 'done' && result.files.map((f) => [f.outcome, 'reason' in f ? f.reason : f.findings.map((x) => x.label)])).toEqual([
      ['unreadable', 'encrypted'],
      ['not_downloadable', 'FILE_NOT_DOWNLOADABLE'],
      ['scanned', ['EMAIL']],
    ]);
    // The external file was never requested.
    expect(fake.downloads.map((d) => d.fileId)).toEqual([encrypted.id, readable.id]);
  });

  it('looks a file without a URL up with files.info, and reports one that is gone', async () => {
    const file = upload('a.csv', 'email\nm.okafor@globex-mail.com\n');
    const bare: SlackFileRef = { id: file.id, mode: null, fileAccess: null, mimetype: null, filetype: null, name: null, size: null, urlPrivateDownload: null, urlPrivate: null, userId: null };
    const gone: SlackFileRef = { ...bare, id: 'F0GONE' };
    const result = await scanSlackFiles(deps, [bare, gone], { retryCount: 0, lastAttempt: false });
    expect(result.kind === 'done' && result.files.map((f) => [f.outcome, f.file.name, 'detail' in f ? f.detail : undefined])).toEqual([
      ['scanned', 'a.csv', undefined],
      ['not_downloadable', null, 'files.info:file_not_found'],
    ]);
  });

  it('asks to postpone on a 429 from files.info', async () => {
    const file = upload('a.csv', 'x');
    fake.failNext('files.info', { status: 429, retryAfter: 9 });
    const stub: SlackFileRef = { ...file, mode: 'file_access', fileAccess: 'check_file_info', urlPrivate: null, urlPrivateDownload: null };
    expect(await scanSlackFiles(deps, [stub], { retryCount: 0, lastAttempt: false })).toEqual({ kind: 'retry-after', seconds: 9, error: 'ratelimited' });
  });
});
