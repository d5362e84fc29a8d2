import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/main.ts';
import { getItem } from '../../src/store/projections/items.ts';
import { loadSlackFixture } from '../fixtures/slack/loadSlackFixture.ts';
import { signedSlackRequest } from '../support/signedSlackRequest.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.ts';
import { testConfig } from '../support/testConfig.ts';
import { createTestStore, type TestStore } from '../support/testStores.ts';

describe('when the database is unreachable', () => {
  let store: TestStore;
  let proxy: TcpProxy;
  let service: Service;

  beforeAll(async () => {
    store = await createTestStore('postgres');
    const target = new URL(store.databaseUrl ?? '');
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(target);
    viaProxy.port = String(proxy.port);
    // Workers off: this is about what ingest acknowledges, not about processing.
    service = await createService(testConfig({ DATABASE_URL: viaProxy.toString(), DATA_DIR: store.dataDir }), { workers: false });
  });

  afterAll(async () => {
    await proxy?.restore().catch(() => {});
    await service?.stop();
    await proxy?.close();
    await store?.dispose();
  });

  it('answers 503 STORE_UNAVAILABLE and acknowledges nothing; the retry after recovery is stored once', async () => {
    const body = loadSlackFixture('plain-message-with-pii');
    body.event_id = 'EvOutage1';

    await proxy.cut();
    const during = await service.app.inject(signedSlackRequest(body));
    expect(during.statusCode).toBe(503);
    expect(during.json()).toMatchObject({ error: { code: 'STORE_UNAVAILABLE' } });
    // Slack must retry this one, so no X-Slack-No-Retry.
    expect(during.headers['x-slack-no-retry']).toBeUndefined();
    const health = await service.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'unavailable', store: { ok: false } });

    await proxy.restore();
    // Slack's retry of the same event: it was never acknowledged, so it is new now, not a duplicate.
    const retry = await service.app.inject(signedSlackRequest(body, { retryNum: 1 }));
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ duplicate: false });
    expect((await getItem(service.db, 'EvOutage1'))?.status).toBe('received');
    const jobs = await service.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'events' AND data->>'itemId' = 'EvOutage1'`);
    expect(jobs.rows[0]?.n).toBe(1);
  });
});
