import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainQueue } from '../../src/jobs/drainQueue.ts';
import { createService, type Service } from '../../src/main.ts';
import { readStream } from '../../src/store/auditLog.ts';
import { getItem } from '../../src/store/projections/items.ts';
import { loadSlackFixture } from '../fixtures/slack/loadSlackFixture.ts';
import { captureLogs } from '../support/captureLogs.ts';
import { signedSlackRequest } from '../support/signedSlackRequest.ts';
import { testConfig } from '../support/testConfig.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/testStores.ts';

/** The maintenance queue's tasks, run through drainQueue (testing mode) instead of waiting for cron. */
describe.each(STORE_KINDS)('maintenance on %s', (kind) => {
  let store: TestStore;
  let service: Service;
  const logs = captureLogs();

  async function runTask(task: string) {
    await service.boss.send('maintenance', { task });
    const ran = await drainQueue(service, 'maintenance');
    expect(ran).toHaveLength(1);
    return ran[0]!;
  }

  beforeAll(async () => {
    store = await createTestStore(kind);
    service = await createService(testConfig({ DATABASE_URL: store.databaseUrl, DATA_DIR: store.dataDir, CONTENT_RETENTION_SECONDS: '86400' }), {
      workers: false,
      logger: logs.logger,
    });
  });
  afterAll(async () => {
    await service?.stop();
    await store?.dispose();
  });

  it('schedules its tasks on the maintenance queue (MAINTENANCE_CRON, UTC)', async () => {
    const schedules = await service.boss.getSchedules('maintenance');
    expect(schedules.map((s) => [s.key, s.cron, s.data]).sort()).toEqual([
      ['expire_content', '*/10 * * * *', { task: 'expire_content' }],
      ['prune_jobs', '*/10 * * * *', { task: 'prune_jobs' }],
    ]);
  });

  it('prunes jobs past their retention, keeps the rest, and logs what went', async () => {
    const old = (await service.boss.send('events', { itemId: 'EvGoneLongAgo' }))!;
    const recent = (await service.boss.send('events', { itemId: 'EvRecent' }))!;
    await drainQueue(service, 'events');
    // Both dead-lettered at once (no such items): their originals are failed, finished now. Age one
    // past the completed-job retention (7 days).
    await service.db.query(`UPDATE pgboss.job SET completed_on = now() - interval '8 days' WHERE name = 'events' AND id = $1`, [old]);

    const ran = await runTask('prune_jobs');
    expect(ran).toMatchObject({ status: 'completed', result: 'pruned:1' });
    const left = await service.db.query<{ id: string }>(`SELECT id FROM pgboss.job WHERE name = 'events' AND id = ANY($1)`, [[old, recent]]);
    expect(left.rows.map((r) => r.id)).toEqual([recent]);
    const line = await logs.waitFor((l) => l.msg === 'maintenance: pruned jobs past retention' && l.total === 1);
    expect(line).toMatchObject({ task: 'prune_jobs', deleted: { events: { failed: 1 } } });
  });

  it('erases the content of items stuck past CONTENT_RETENTION_SECONDS and of final items, with an audit event each', async () => {
    for (const id of ['EvStuck', 'EvFresh', 'EvFinal']) {
      const body = loadSlackFixture('plain-message-with-pii');
      body.event_id = `${id}${kind}`;
      expect((await service.app.inject(signedSlackRequest(body))).statusCode).toBe(200);
    }
    await service.db.query(`UPDATE items SET updated_at = now() - interval '2 days' WHERE id = $1`, [`EvStuck${kind}`]);
    // A final item that kept its content (final transitions drop it; the sweep is the backstop).
    await service.db.query(`UPDATE items SET status = 'clean' WHERE id = $1`, [`EvFinal${kind}`]);

    const ran = await runTask('expire_content');
    expect(ran).toMatchObject({ status: 'completed', result: 'erased:2' });
    expect(await getItem(service.db, `EvStuck${kind}`)).toMatchObject({ status: 'failed', reason: 'content_expired', content: null });
    expect(await getItem(service.db, `EvFinal${kind}`)).toMatchObject({ status: 'clean', content: null });
    expect((await getItem(service.db, `EvFresh${kind}`))?.content).not.toBeNull();
    expect((await readStream(service.db, `EvStuck${kind}`)).map((e) => [e.type, e.data])).toEqual([
      ['MessageReceived', expect.any(Object)],
      ['ContentErased', { reason: 'retention', previousStatus: 'received' }],
    ]);
    expect((await readStream(service.db, `EvFinal${kind}`)).at(-1)).toMatchObject({ type: 'ContentErased', data: { reason: 'final', previousStatus: 'clean' } });
    expect(await logs.waitFor((l) => l.msg === 'maintenance: erased item content')).toMatchObject({ final: 1, expired: 1 });

    // The scan job of the expired item finds it no longer waiting and does nothing.
    const scans = await drainQueue(service, 'events');
    expect(scans.find((r) => r.result === 'skipped:failed')).toBeDefined();
  });
});
