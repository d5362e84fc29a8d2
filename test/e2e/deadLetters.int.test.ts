import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue, drainQueues } from '../../src/jobs/drainQueue.ts';
import { createService, type Service } from '../../src/main.ts';
import type { JobView } from '../../src/queue/jobView.ts';
import { getItem } from '../../src/store/projections/items.ts';
import { loadSlackFixture } from '../fixtures/slack/loadSlackFixture.ts';
import { adminCall, TEST_ADMIN_TOKEN } from '../support/adminApi.ts';
import { runCli as cli } from '../support/runCli.ts';
import { signedSlackRequest } from '../support/signedSlackRequest.ts';
import { TEST_ENCRYPTION_KEY, testConfig } from '../support/testConfig.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/testStores.ts';

const PII_TEXT = 'Reach me at m.okafor@globex-mail.com, card 4539 1488 0343 6467';

/**
 * Dead letters on both stores, the service in testing mode (`workers: false` + drainQueue, as
 * Oban's manual mode): jobs run when the test drains them, so nothing here waits on a timer.
 * Slack is a closed port, so every Slack call fails with a network error (retryable).
 */
describe.each(STORE_KINDS)('dead letters on %s', (kind) => {
  let store: TestStore;
  let service: Service;
  let origin: string;
  let exhausted: JobView;

  /** How the CLI reaches this store: the database itself, or, for PGlite, the service's admin API. */
  const cliEnv = (): Record<string, string> =>
    kind === 'postgres'
      ? { DATABASE_URL: store.databaseUrl!, ENCRYPTION_KEY: TEST_ENCRYPTION_KEY, DATA_DIR: store.dataDir }
      : { PII_DETECTOR_URL: origin, ADMIN_API_TOKEN: TEST_ADMIN_TOKEN, DATA_DIR: store.dataDir };

  async function ingest(eventId: string): Promise<void> {
    const body = loadSlackFixture('plain-message-with-pii');
    body.event_id = eventId;
    body.event.text = PII_TEXT;
    const answer = await service.app.inject(signedSlackRequest(body));
    expect(answer.statusCode).toBe(200);
  }

  async function jobs(query: string): Promise<JobView[]> {
    const answer = await adminCall(service, 'GET', `/api/v1/jobs${query}`);
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json().jobs as JobView[];
  }

  beforeAll(async () => {
    store = await createTestStore(kind);
    service = await createService(
      testConfig({
        DATABASE_URL: store.databaseUrl,
        DATA_DIR: store.dataDir,
        SLACK_BOT_TOKEN: 'xoxb-test-bot',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        QUEUE_ACTIONS_RETRY_LIMIT: '1',
        QUEUE_ACTIONS_PRIORITY: '3',
        ADMIN_API_TOKEN: TEST_ADMIN_TOKEN,
      }),
      { workers: false },
    );
    origin = await service.listen();
  });
  afterAll(async () => {
    await service?.stop();
    await store?.dispose();
  });

  it('dead-letters a job that used every attempt, with its error and attempt history', async () => {
    await ingest(`EvExhaust${kind}`);
    const ran = await drainQueues(service, ['events', 'actions'], { withScheduled: true });
    // The scan finds PII; the delete fails twice (network error, QUEUE_ACTIONS_RETRY_LIMIT=1).
    expect(ran.map((r) => [r.kind, r.attempt, r.status])).toEqual([
      ['scan', 1, 'completed'],
      ['delete', 1, 'failed'],
      ['delete', 2, 'failed'],
    ]);
    const dead = await jobs('?state=dead');
    expect(dead).toHaveLength(1);
    exhausted = dead[0]!;
    expect(exhausted).toMatchObject({
      queue: 'dead_letter',
      state: 'dead',
      kind: 'delete',
      data: { itemId: `EvExhaust${kind}`, action: 'delete' },
      attempts: 2,
      // QUEUE_ACTIONS_PRIORITY, applied to the job the scan queued, and kept on its dead letter.
      priority: 3,
      source: { queue: 'actions' },
      error: { code: 'INTERNAL' },
    });
    expect(exhausted.errors.map((e) => [e.attempt, e.code])).toEqual([
      [1, 'INTERNAL'],
      [2, 'INTERNAL'],
    ]);
    // The original stays in its queue as failed, and points at its dead letter.
    const original = await adminCall(service, 'GET', `/api/v1/jobs/${exhausted.source!.jobId}`);
    expect(original.json()).toMatchObject({ queue: 'actions', state: 'failed', attempts: 2, maxAttempts: 2, deadLetterId: exhausted.id });
    // The item waits, its content sealed, for a retry.
    expect((await getItem(service.db, `EvExhaust${kind}`))?.status).toBe('pii_found');
    // Nothing shown carries the message: job views hold ids, codes and our own messages only.
    expect(JSON.stringify([dead, original.json()])).not.toMatch(/okafor|4539/);
  });

  it('dead-letters at once what can never succeed: a missing item, a payload that does not fit', async () => {
    const missing = await service.boss.send('events', { itemId: 'EvNoSuchItem' });
    const malformed = await service.boss.send('actions', { itemId: 'EvAny', action: 'explode' }, { priority: 9 });
    const ran = [...(await drainQueue(service, 'events')), ...(await drainQueue(service, 'actions'))];
    expect(ran).toEqual([
      expect.objectContaining({ jobId: missing, attempt: 1, status: 'deadletter', result: 'ITEM_NOT_FOUND' }),
      expect.objectContaining({ jobId: malformed, attempt: 1, status: 'deadletter', result: 'JOB_DATA_INVALID' }),
    ]);
    const dead = await jobs('?state=dead&queue=events');
    expect(dead.map((j) => [j.source?.jobId, j.attempts, j.error?.code])).toEqual([[missing, 1, 'ITEM_NOT_FOUND']]);
    const invalid = (await jobs('?state=dead&queue=actions')).find((j) => j.source?.jobId === malformed);
    expect(invalid?.error?.message).toContain('action');
    // A priority given with the job wins over the queue's default.
    expect(invalid?.priority).toBe(9);
  });

  it('retries a dead letter: back in its queue as a new job with fresh attempts', async () => {
    const answer = await adminCall(service, 'POST', `/api/v1/jobs/${exhausted.id}/retry`);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ retried: 1, ids: [exhausted.id] });
    expect((await adminCall(service, 'GET', `/api/v1/jobs/${exhausted.id}`)).statusCode).toBe(404);
    const again = await drainQueue(service, 'actions');
    expect(again.map((r) => [r.kind, r.attempt])).toEqual([['delete', 1]]);
    // Retrying what is not dead, failed or cancelled is refused with a code.
    const completedScan = (await jobs('?queue=events&state=completed'))[0]!;
    const refused = await adminCall(service, 'POST', `/api/v1/jobs/${completedScan.id}/retry`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'JOB_NOT_RETRYABLE' } });
  });

  it('discards a waiting job: cancelled, kept, and retryable again', async () => {
    const id = (await service.boss.send('maintenance', { task: 'prune_jobs' }, { startAfter: 3600 }))!;
    expect((await adminCall(service, 'GET', `/api/v1/jobs/${id}`)).json()).toMatchObject({ state: 'scheduled', kind: 'prune_jobs' });
    const discarded = await adminCall(service, 'POST', `/api/v1/jobs/${id}/discard`);
    expect(discarded.json()).toMatchObject({ discarded: 1, ids: [id] });
    expect((await adminCall(service, 'GET', `/api/v1/jobs/${id}`)).json()).toMatchObject({ state: 'cancelled' });
    const twice = await adminCall(service, 'POST', `/api/v1/jobs/${id}/discard`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'JOB_NOT_DISCARDABLE' } });
    expect((await adminCall(service, 'POST', `/api/v1/jobs/${id}/retry`)).json()).toMatchObject({ retried: 1 });
    expect((await adminCall(service, 'GET', `/api/v1/jobs/${id}`)).json()).toMatchObject({ state: 'scheduled' });
  });

  it('answers unknown ids, bad filters and empty bulk bodies with codes', async () => {
    expect((await adminCall(service, 'GET', '/api/v1/jobs/00000000-0000-4000-8000-000000000000')).json()).toMatchObject({ error: { code: 'JOB_NOT_FOUND' } });
    expect((await adminCall(service, 'GET', '/api/v1/jobs/not-a-uuid')).statusCode).toBe(404);
    const bad = await adminCall(service, 'GET', '/api/v1/jobs?state=sleeping');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'PARAMETERS_INVALID', message: expect.stringMatching(/^state: /) } });
    expect((await adminCall(service, 'GET', '/api/v1/jobs?since=yesterday')).json()).toMatchObject({ error: { code: 'PARAMETERS_INVALID' } });
    const empty = await adminCall(service, 'POST', '/api/v1/jobs/retry', {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { code: 'PARAMETERS_INVALID' } });
  });

  it('is operated from the CLI too: list, show, retry a filter, discard, retry --all', { timeout: 60_000 }, async () => {
    // Two fresh dead letters (missing items), then the CLI in a child process.
    await service.boss.send('events', { itemId: 'EvCliOne' });
    await service.boss.send('events', { itemId: 'EvCliTwo' });
    await drainQueue(service, 'events');

    const list = await cli(['jobs', 'list', '--state', 'dead', '--queue', 'events', '--since', '1h', '--json'], cliEnv());
    expect(list.status, list.stderr).toBe(0);
    const listed = (JSON.parse(list.stdout) as { jobs: JobView[] }).jobs;
    const ids = Object.fromEntries(listed.map((j) => [j.data.itemId, j.id]));
    expect(Object.keys(ids)).toEqual(expect.arrayContaining(['EvCliOne', 'EvCliTwo']));

    const show = await cli(['jobs', 'show', ids.EvCliOne!], cliEnv());
    expect(show.status, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/state:\s+dead/);
    expect(show.stdout).toMatch(/attempt 1 .* ITEM_NOT_FOUND/);

    const discard = await cli(['jobs', 'discard', ids.EvCliOne!], cliEnv());
    expect(discard.status, discard.stderr).toBe(0);
    expect(discard.stdout).toContain(`Discarded ${ids.EvCliOne}`);

    const retry = await cli(['jobs', 'retry', '--queue', 'events', '--json'], cliEnv());
    expect(retry.status, retry.stderr).toBe(0);
    // The discarded one is cancelled, not dead: the filter (state dead by default) leaves it.
    expect(JSON.parse(retry.stdout)).toMatchObject({ retried: 2 });
    expect((await jobs('?state=dead&queue=events')).map((j) => j.data.itemId)).toEqual([]);
    expect((await drainQueue(service, 'events')).map((r) => r.status)).toEqual(['deadletter', 'deadletter']);

    const all = await cli(['jobs', 'retry', '--all'], cliEnv());
    expect(all.status, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/^Retried \d+ jobs?\.\n$/);
    expect(await jobs('?state=dead')).toEqual([]);

    const refused = await cli(['jobs', 'show', '00000000-0000-4000-8000-000000000000'], cliEnv());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('JOB_NOT_FOUND');
  });
});
