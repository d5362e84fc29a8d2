import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/main.ts';
import { loadSlackFixture } from '../fixtures/slack/loadSlackFixture.ts';
import { signedSlackRequest } from '../support/signedSlackRequest.ts';
import { testConfig } from '../support/testConfig.ts';
import { createTestStore, type TestStore } from '../support/testStores.ts';

describe('a service started without Slack credentials', () => {
  let store: TestStore;
  let service: Service;

  beforeAll(async () => {
    store = await createTestStore('postgres');
    service = await createService(testConfig({ DATABASE_URL: store.databaseUrl, DATA_DIR: store.dataDir, SLACK_SIGNING_SECRET: '' }));
  });
  afterAll(async () => {
    await service?.stop();
    await store?.dispose();
  });

  it('serves /health, ok, and says Slack is not configured', async () => {
    const health = await service.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({
      status: 'ok',
      store: { kind: 'postgres', ok: true },
      queue: { ok: true, queues: { events: { queued: 0 }, actions: { queued: 0 } } },
      slack: { configured: false, problem: expect.stringContaining('SLACK_SIGNING_SECRET') },
    });
  });

  it('refuses Slack events with 503 SLACK_NOT_CONFIGURED rather than accepting what it cannot verify', async () => {
    const answer = await service.app.inject(signedSlackRequest(loadSlackFixture('plain-message-with-pii')));
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toMatchObject({ error: { code: 'SLACK_NOT_CONFIGURED' } });
  });

  it('answers unknown routes with a coded 404', async () => {
    const answer = await service.app.inject({ method: 'GET', url: '/nope' });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
