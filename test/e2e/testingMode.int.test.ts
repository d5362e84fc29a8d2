import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue, drainQueues } from '../../src/jobs/drainQueue.ts';
import { createService, type Service } from '../../src/main.ts';
import { getItem } from '../../src/store/projections/items.ts';
import { SEED, startFakeSlack, type FakeSlack } from '../fakes/slack/fakeSlack.ts';
import { testConfig } from '../support/testConfig.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/testStores.ts';

const PII_TEXT = 'Reach me at m.okafor@globex-mail.com, card 4539 1488 0343 6467';

/**
 * Testing mode (Oban.Testing's manual mode + drain_queue): the service runs no workers, and the
 * test drains the queues itself, so it asserts on what ran instead of waiting for it.
 */
describe.each(STORE_KINDS)('testing mode (drainQueue) on %s', (kind) => {
  let fake: FakeSlack;
  let store: TestStore;
  let service: Service;

  beforeAll(async () => {
    fake = await startFakeSlack({ signingSecret: 'test-signing-secret' });
    store = await createTestStore(kind);
    service = await createService(
      testConfig({
        DATABASE_URL: store.databaseUrl,
        DATA_DIR: store.dataDir,
        SLACK_API_URL: fake.apiUrl,
        SLACK_BOT_TOKEN: fake.identity.botToken,
        SLACK_ADMIN_TOKEN: fake.identity.adminToken,
      }),
      { workers: false },
    );
    fake.setEventsUrl(`${await service.listen()}/slack/events`);
  });
  afterAll(async () => {
    await service?.stop();
    await fake?.close();
    await store?.dispose();
  });

  it('runs the whole pipeline in the test, in order: scan, delete, notify', async () => {
    const { delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: PII_TEXT });
    expect(delivery.status).toBe(200);
    // Nothing ran on its own: no workers.
    expect((await getItem(service.db, delivery.eventId))?.status).toBe('received');

    const ran = await drainQueues(service, ['events', 'actions']);
    expect(ran.map((r) => [r.queue, r.kind, r.status, r.result])).toEqual([
      ['events', 'scan', 'completed', 'pii_found'],
      ['actions', 'delete', 'completed', 'deleted'],
      ['actions', 'notify', 'completed', 'notified'],
    ]);
    expect(await getItem(service.db, delivery.eventId)).toMatchObject({ status: 'notified', content: null });
    expect(fake.callsTo('chat.delete')).toHaveLength(1);
    expect(await drainQueues(service, ['events', 'actions'])).toEqual([]);
  });

  it('leaves a job that must wait (429 Retry-After) for later, and runs it with withScheduled', async () => {
    fake.failNext('chat.delete', { status: 429, retryAfter: 30 });
    const { delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.sam, text: PII_TEXT });
    const first = await drainQueues(service, ['events', 'actions']);
    expect(first.map((r) => [r.kind, r.result])).toEqual([
      ['scan', 'pii_found'],
      ['delete', 'postponed:30s'],
    ]);
    // The re-queued delete is scheduled 30 s out: a plain drain does not run it.
    expect(await drainQueue(service, 'actions')).toEqual([]);
    const later = await drainQueue(service, 'actions', { withScheduled: true });
    expect(later.map((r) => [r.kind, r.result])).toEqual([
      ['delete', 'deleted'],
      ['notify', 'notified'],
    ]);
    expect((await getItem(service.db, delivery.eventId))?.status).toBe('notified');
  });
});
