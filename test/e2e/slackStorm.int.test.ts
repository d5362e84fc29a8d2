import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/main.ts';
import { readStream } from '../../src/store/auditLog.ts';
import { getItem } from '../../src/store/projections/items.ts';
import { SEED, startFakeSlack, type FakeSlack, type RecordedCall } from '../fakes/slack/fakeSlack.ts';
import { captureLogs, type CapturedLogs } from '../support/captureLogs.ts';
import { reportFigures } from '../support/reportFigures.ts';
import { testConfig } from '../support/testConfig.ts';
import { createTestStore, type TestStore } from '../support/testStores.ts';
import { waitForJobEvent } from '../support/waitForJobEvent.ts';
import { isFinal, waitForItem } from '../support/waitForItem.ts';

const RETRY_AFTER_SECONDS = 2;
const pii = (n: number) => `case ${n}: reach me at storm${n}@globex-mail.com`;

/**
 * Slack misbehaving, against the real service and a real (fake) Slack server: rate limits with
 * Retry-After, 5xx, calls that never answer (the SDK's own timeout, SLACK_API_TIMEOUT_SECONDS=1),
 * then recovery; and the errors no retry can fix. Waits on the service's own events, never on time.
 */
describe('Slack storms', () => {
  let fake: FakeSlack;
  let store: TestStore;
  let logs: CapturedLogs;
  let service: Service;

  beforeAll(async () => {
    fake = await startFakeSlack({ signingSecret: 'test-signing-secret' });
    store = await createTestStore('postgres');
    logs = captureLogs('info');
    service = await createService(
      testConfig({
        DATABASE_URL: store.databaseUrl,
        DATA_DIR: store.dataDir,
        SLACK_API_URL: fake.apiUrl,
        SLACK_BOT_TOKEN: fake.identity.botToken,
        SLACK_ADMIN_TOKEN: fake.identity.adminToken,
        SLACK_API_TIMEOUT_SECONDS: '1',
      }),
      // Spies let the test wait until pg-boss has settled a job (and written its dead-letter copy).
      { logger: logs.logger, queueSpies: true },
    );
    fake.setEventsUrl(`${await service.listen()}/slack/events`);
  });

  afterAll(async () => {
    await service?.stop();
    await fake?.close();
    await store?.dispose();
  });

  beforeEach(async () => {
    await fake.idle();
    fake.reset();
  });

  type JobRow = { state: string; retry_count: number; data: { action?: string }; output: Failure | null; source_output: Failure | null };
  type Failure = { code?: string; message?: string };

  async function jobsOf(itemId: string, queue = 'actions'): Promise<JobRow[]> {
    const { rows } = await service.db.query<JobRow>(
      `SELECT state, retry_count, data, output, source_output FROM pgboss.job WHERE name = $1 AND data->>'itemId' = $2 ORDER BY created_on`,
      [queue, itemId],
    );
    return rows;
  }

  it('waits out 429s, retries 5xx and timeouts with backoff, and does everything once when Slack recovers', { timeout: 60_000 }, async () => {
    // The storm, consumed in order by whichever calls come first.
    fake.failNext('chat.delete', { status: 429, retryAfter: RETRY_AFTER_SECONDS });
    fake.failNext('chat.delete', { status: 500 }, { count: 2 });
    fake.failNext('chat.delete', { hang: true });
    fake.failNext('conversations.open', { status: 503 });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    fake.failNext('chat.postMessage', { hang: true });

    const started = performance.now();
    const authors = [SEED.users.maya, SEED.users.sam, SEED.users.maya];
    const posted = [];
    for (const [n, user] of authors.entries()) {
      posted.push(await fake.postUserMessage({ channel: SEED.channels.general, user, text: pii(n) }));
    }
    expect(posted.map((p) => p.delivery.status)).toEqual([200, 200, 200]);
    const items = await Promise.all(posted.map((p) => waitForItem(service, p.delivery.eventId, isFinal)));
    expect(items.map((i) => i.status)).toEqual(['notified', 'notified', 'notified']);
    const recoveredSeconds = Math.round((performance.now() - started) / 100) / 10;

    // What Slack saw: the whole storm, then exactly one successful delete per message and one DM per message.
    const deletes = fake.callsTo('chat.delete');
    expect(deletes.map((c) => c.status).slice(0, 4)).toEqual([429, 500, 500, 0]);
    const okDeletes = deletes.filter((c) => c.response.ok === true).map((c) => String(c.args.ts));
    expect(okDeletes.sort()).toEqual(posted.map((p) => p.message.ts).sort());
    const dms = fake.callsTo('chat.postMessage');
    expect(dms.map((c) => c.status).slice(0, 2)).toEqual([429, 0]);
    const okDms = dms.filter((c) => c.response.ok === true).map((c) => String(c.args.text));
    expect(okDms).toHaveLength(3);
    for (const n of [0, 1, 2]) expect(okDms.filter((text) => text.includes(`storm${n}@`)), `message ${n}`).toHaveLength(1);

    // Retry-After is honoured: the rate-limited message was not called again before it ran out.
    const limited = deletes[0] as RecordedCall;
    const next = deletes.find((c) => c !== limited && c.args.ts === limited.args.ts) as RecordedCall;
    expect(next.at - limited.at).toBeGreaterThanOrEqual(RETRY_AFTER_SECONDS * 1000);
    const limitedItem = posted.find((p) => p.message.ts === limited.args.ts)!;
    expect((await readStream(service.db, limitedItem.delivery.eventId)).find((e) => e.type === 'ActionPostponed')?.data).toMatchObject({
      action: 'delete',
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
    // A 429 uses no attempt (the job is re-queued); each 5xx and the timeout used one.
    const deleteJobs = (await Promise.all(posted.map((p) => jobsOf(p.delivery.eventId)))).flat().filter((j) => j.data.action === 'delete');
    expect(deleteJobs.reduce((sum, j) => sum + j.retry_count, 0)).toBe(3);
    reportFigures('slack storm', {
      messages: posted.length,
      slackCalls: fake.calls.filter((c) => c.method !== 'auth.test').length,
      failedCalls: fake.calls.filter((c) => c.status !== 200 || c.response.ok !== true).length,
      secondsUntilAllNotified: recoveredSeconds,
    });
  });

  it('ends a permanent error (channel_not_found) at once, recorded on the item, with no retry and no DM', async () => {
    fake.failNext('chat.delete', { error: 'channel_not_found' });
    const run = waitForJobEvent(service.jobEvents, 'job:stop', (e) => e.name === 'delete');
    const { delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: pii(10) });
    // The job's one run completes: the failure is the item's, recorded, not the job's to retry.
    expect(await run).toMatchObject({ attempt: 1, status: 'completed', result: 'failed:channel_not_found' });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ status: 'failed', reason: 'channel_not_found', content: null });
    expect((await readStream(service.db, delivery.eventId)).at(-1)).toMatchObject({ type: 'DeleteFailed', data: { error: 'channel_not_found', permanent: true } });
    expect(fake.callsTo('chat.delete')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect((await jobsOf(delivery.eventId)).map((j) => j.retry_count)).toEqual([0]);
  });

  it('fails fast on a refused token (invalid_auth, token_revoked): dead-lettered with the reason, no retries, an error line', async () => {
    const errorsBefore = logs.lines.filter((l) => l.event === 'slack.auth_failed').length;

    fake.failNext('chat.delete', { error: 'invalid_auth' });
    const deadDelete = waitForJobEvent(service.jobEvents, 'job:stop', (e) => e.name === 'delete' && e.status === 'deadletter');
    const first = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: pii(20) });
    await service.boss.getSpy('actions').waitForJobWithId((await deadDelete).jobId, 'failed');

    fake.failNext('conversations.open', { error: 'token_revoked' });
    const deadNotify = waitForJobEvent(service.jobEvents, 'job:stop', (e) => e.name === 'notify' && e.status === 'deadletter');
    const second = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.sam, text: pii(21) });
    await service.boss.getSpy('actions').waitForJobWithId((await deadNotify).jobId, 'failed');

    for (const [delivery, action, slackError, status] of [
      [first.delivery, 'delete', 'invalid_auth', 'pii_found'],
      [second.delivery, 'notify', 'token_revoked', 'deleted'],
    ] as const) {
      const [job] = (await jobsOf(delivery.eventId)).filter((j) => j.data.action === action);
      // One attempt only: a retry cannot fix a token.
      expect(job).toMatchObject({ state: 'failed', retry_count: 0, output: { code: 'SLACK_AUTH_FAILED' } });
      expect(job?.output?.message).toContain(slackError);
      const dead = await jobsOf(delivery.eventId, 'dead_letter');
      expect(dead).toHaveLength(1);
      expect(dead[0]?.source_output).toMatchObject({ code: 'SLACK_AUTH_FAILED' });
      // The item is left as it was, content and all, so retrying the job once the token is fixed works.
      const item = await getItem(service.db, delivery.eventId);
      expect(item?.status).toBe(status);
      expect(item?.content).not.toBeNull();
    }
    expect(fake.callsTo('chat.delete').filter((c) => c.args.ts === first.message.ts)).toHaveLength(1);
    expect(fake.callsTo('conversations.open')).toHaveLength(1);

    const alerts = logs.lines.filter((l) => l.event === 'slack.auth_failed').slice(errorsBefore);
    expect(alerts).toHaveLength(2);
    expect(alerts.every((l) => l.level === 50)).toBe(true);
  });
});
