import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/main.ts';
import { adminCall, TEST_ADMIN_TOKEN } from '../support/adminApi.ts';
import { captureLogs, type CapturedLogs } from '../support/captureLogs.ts';
import { runCli } from '../support/runCli.ts';
import { TEST_ENCRYPTION_KEY, testConfig } from '../support/testConfig.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/testStores.ts';
import { waitForJobStop } from '../support/waitForJob.ts';

/** pg-boss workers this process has on a queue that still fetch (not stopping or stopped). */
function fetchingWorkers(service: Service, queue: string): number {
  return service.boss.getWipData().filter((w) => w.name === queue && (w.state === 'active' || w.state === 'created')).length;
}

describe.each(STORE_KINDS)('queue controls on %s', (kind) => {
  let store: TestStore;
  let service: Service;
  let logs: CapturedLogs;
  let origin: string;
  const env = () => ({
    DATABASE_URL: store.databaseUrl,
    DATA_DIR: store.dataDir,
    ADMIN_API_TOKEN: TEST_ADMIN_TOKEN,
    QUEUE_CONTROL_POLL_SECONDS: '1',
    QUEUE_EVENTS_CONCURRENCY: '2',
  });

  beforeAll(async () => {
    store = await createTestStore(kind);
    logs = captureLogs();
    service = await createService(testConfig(env()), { logger: logs.logger });
    origin = await service.listen();
  });
  afterAll(async () => {
    await service?.stop();
    await store?.dispose();
  });

  it('pause (from the CLI): new jobs wait while other queues run; resume: they run', async () => {
    // The CLI as an operator runs it: on the database itself, or through the service's admin API
    // for the embedded store, which only the service may open.
    const cliEnv: Record<string, string> =
      kind === 'postgres'
        ? { DATABASE_URL: store.databaseUrl!, ENCRYPTION_KEY: TEST_ENCRYPTION_KEY, DATA_DIR: store.dataDir }
        : { PII_DETECTOR_URL: origin, ADMIN_API_TOKEN: TEST_ADMIN_TOKEN, DATA_DIR: store.dataDir };
    const paused = await runCli(['queues', 'pause', 'maintenance', '--json'], cliEnv);
    expect(paused.status, paused.stderr).toBe(0);
    expect(JSON.parse(paused.stdout)).toMatchObject({ name: 'maintenance', paused: true, control: { updatedBy: kind === 'postgres' ? 'cli' : 'api' } });
    // This process learns it from the shared table (at once when the change came through its API).
    await logs.waitFor((l) => l.msg === 'queue workers paused' && l.queue === 'maintenance');
    expect(service.workers?.running().maintenance).toBe(0);
    expect(fetchingWorkers(service, 'maintenance')).toBe(0);

    const waiting = (await service.boss.send('maintenance', { task: 'prune_jobs' }))!;
    // A job sent afterwards on a running queue runs to its end; the paused queue's job is still waiting.
    const other = (await service.boss.send('events', { itemId: 'EvNoSuchItem' }))!;
    await waitForJobStop(service, other);
    expect((await adminCall(service, 'GET', `/api/v1/jobs/${waiting}`)).json()).toMatchObject({ state: 'available' });
    expect((await adminCall(service, 'GET', '/health')).json()).toMatchObject({ queue: { queues: { maintenance: { paused: true, running: 0 } } } });

    const ran = waitForJobStop(service, waiting);
    const resumed = await adminCall(service, 'POST', '/api/v1/queues/maintenance/resume');
    expect(resumed.json()).toMatchObject({ paused: false, concurrency: 1, control: { updatedBy: 'api' } });
    expect(await ran).toMatchObject({ status: 'completed', result: expect.stringMatching(/^pruned:/) });
  });

  it('scale: the queue runs with the new concurrency, then back with null', async () => {
    expect(fetchingWorkers(service, 'events')).toBe(2);
    const scaled = await adminCall(service, 'POST', '/api/v1/queues/events/scale', { concurrency: 5 });
    expect(scaled.json()).toMatchObject({ name: 'events', concurrency: 5, configuredConcurrency: 2 });
    expect(service.workers?.running().events).toBe(5);
    expect(fetchingWorkers(service, 'events')).toBe(5);
    // The rescaled queue still works.
    const id = (await service.boss.send('events', { itemId: 'EvNoSuchItem' }))!;
    expect(await waitForJobStop(service, id)).toMatchObject({ status: 'deadletter' });

    const back = await adminCall(service, 'POST', '/api/v1/queues/events/scale', { concurrency: null });
    expect(back.json()).toMatchObject({ concurrency: 2 });
    expect(fetchingWorkers(service, 'events')).toBe(2);
    const bad = await adminCall(service, 'POST', '/api/v1/queues/events/scale', { concurrency: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'PARAMETERS_INVALID' } });
    expect((await adminCall(service, 'POST', '/api/v1/queues/dead_letter/pause')).json()).toMatchObject({ error: { code: 'QUEUE_NOT_FOUND' } });
  });

  it('runs a job scheduled for later once its time has come, not before', async () => {
    const id = (await service.boss.send('maintenance', { task: 'prune_jobs' }, { startAfter: 2 }))!;
    const ran = waitForJobStop(service, id);
    expect((await adminCall(service, 'GET', `/api/v1/jobs/${id}`)).json()).toMatchObject({ state: 'scheduled' });
    expect(await ran).toMatchObject({ status: 'completed' });
    // (job:stop comes just before pg-boss records the completion, so the row may still say executing.)
    const job = (await adminCall(service, 'GET', `/api/v1/jobs/${id}`)).json();
    expect(job).toMatchObject({ attempts: 1 });
    expect(Date.parse(job.startedAt)).toBeGreaterThanOrEqual(Date.parse(job.runAfter));
  });

  it('keeps a pause across a restart, and shows it in /health', async () => {
    await adminCall(service, 'POST', '/api/v1/queues/actions/pause');
    await service.stop();
    service = await createService(testConfig(env()), { logger: logs.logger });
    expect(service.workers?.running()).toMatchObject({ actions: 0, events: 2, maintenance: 1 });
    expect(fetchingWorkers(service, 'actions')).toBe(0);
    const health = await adminCall(service, 'GET', '/health', undefined, null);
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ queue: { queues: { actions: { paused: true, running: 0 }, events: { paused: false, concurrency: 2, running: 2 } } } });
    await adminCall(service, 'POST', '/api/v1/queues/actions/resume');
    expect(fetchingWorkers(service, 'actions')).toBe(4);
  });

  it('refuses the admin API without the right token: 401 with a code', async () => {
    const missing = await adminCall(service, 'GET', '/api/v1/queues', undefined, null);
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ error: { code: 'ADMIN_TOKEN_MISSING' } });
    const wrong = await adminCall(service, 'POST', '/api/v1/queues/events/pause', undefined, `${TEST_ADMIN_TOKEN}x`);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: { code: 'ADMIN_TOKEN_INVALID' } });
    expect(service.workers?.running().events).toBe(2);
  });
});

describe('queue controls across processes (postgres)', () => {
  let store: TestStore;
  let web: Service;
  let worker: Service;
  const logs = captureLogs();

  beforeAll(async () => {
    store = await createTestStore('postgres');
    const env = { DATABASE_URL: store.databaseUrl, DATA_DIR: store.dataDir, ADMIN_API_TOKEN: TEST_ADMIN_TOKEN, QUEUE_CONTROL_POLL_SECONDS: '1' };
    // Two services on one database, as a web and a worker deployment: the pause goes through the
    // web one, the worker one learns it from the shared table.
    web = await createService(testConfig(env), { workers: false });
    worker = await createService(testConfig(env), { logger: logs.logger });
  });
  afterAll(async () => {
    await web?.stop();
    await worker?.stop();
    await store?.dispose();
  });

  it('a pause and a scale made through one process reach the workers of another', async () => {
    await adminCall(web, 'POST', '/api/v1/queues/events/pause');
    await logs.waitFor((l) => l.msg === 'queue workers paused' && l.queue === 'events');
    expect(worker.workers?.running().events).toBe(0);

    await adminCall(web, 'POST', '/api/v1/queues/events/scale', { concurrency: 3 });
    await adminCall(web, 'POST', '/api/v1/queues/events/resume');
    await logs.waitFor((l) => l.msg === 'queue workers resumed' && l.queue === 'events');
    expect(worker.workers?.running().events).toBe(3);
  });
});
