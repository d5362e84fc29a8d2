import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSlackFixture } from '../fixtures/slack/loadSlackFixture.ts';
import { signSlackRequest } from '../fakes/slack/signSlackRequest.ts';
import { startServiceProcess, type ServiceProcess } from '../support/serviceProcess.ts';
import { TEST_ENCRYPTION_KEY, TEST_SIGNING_SECRET } from '../support/testConfig.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/testStores.ts';

/**
 * A Slack Web API stand-in that answers everything except, while `hang` is set, chat.delete, which
 * it holds open: the delete job is then mid-flight for as long as the test likes.
 */
async function startSlackStub(): Promise<{ server: Server; apiUrl: string; hang: boolean; deleteArrived: Promise<void>; deletes: number }> {
  let arrived!: () => void;
  const stub = {
    server: undefined as unknown as Server,
    apiUrl: '',
    hang: true,
    deleteArrived: new Promise<void>((resolve) => (arrived = resolve)),
    deletes: 0,
  };
  stub.server = createServer((req, res) => {
    req.resume();
    const method = req.url?.split('/').pop() ?? '';
    const ok = (body: Record<string, unknown>) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, ...body }));
    if (method === 'chat.delete') {
      stub.deletes++;
      if (stub.hang) {
        arrived();
        return; // never answered: the worker holding this job will be killed
      }
      return ok({});
    }
    if (method === 'auth.test') return ok({ user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' });
    if (method === 'conversations.open') return ok({ channel: { id: 'D1' } });
    if (method === 'chat.postMessage') return ok({ ts: '1.1', channel: 'D1' });
    return ok({});
  });
  await new Promise<void>((resolve) => stub.server.listen(0, '127.0.0.1', resolve));
  stub.apiUrl = `http://127.0.0.1:${(stub.server.address() as AddressInfo).port}/api/`;
  return stub;
}

/**
 * Orphan rescue by heartbeat: the process running a job is killed with SIGKILL mid-call; after a
 * restart the job is retried because its heartbeat stopped (QUEUE_ACTIONS_HEARTBEAT_SECONDS), long
 * before its expiry (JOB_EXPIRE_SECONDS=300, past this test's timeout) could have done it.
 */
describe.concurrent.each(STORE_KINDS)('a worker killed mid-job on %s', (kind) => {
  let store: TestStore;
  let stub: Awaited<ReturnType<typeof startSlackStub>>;
  let service: ServiceProcess | undefined;

  beforeAll(async () => {
    store = await createTestStore(kind);
    stub = await startSlackStub();
  });
  afterAll(async () => {
    await service?.stop();
    stub?.server.closeAllConnections();
    await new Promise((resolve) => stub?.server.close(resolve));
    await store?.dispose();
  });

  it('is rescued by the heartbeat and finished by the next process', { timeout: 90_000 }, async () => {
    const env: Record<string, string> = {
      ...(store.databaseUrl === undefined ? {} : { DATABASE_URL: store.databaseUrl }),
      DATA_DIR: store.dataDir,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-stub',
      SLACK_ADMIN_TOKEN: 'xoxp-stub',
      SLACK_API_URL: stub.apiUrl,
      JOB_EXPIRE_SECONDS: '300',
      QUEUE_ACTIONS_HEARTBEAT_SECONDS: '10',
      QUEUE_SUPERVISE_SECONDS: '1',
      JOB_RETRY_DELAY_SECONDS: '1',
      JOB_RETRY_DELAY_MAX_SECONDS: '1',
    };
    service = await startServiceProcess(env);
    const body = loadSlackFixture('plain-message-with-pii');
    body.event_id = `EvRescue${kind}`;
    body.event.text = 'Reach me at m.okafor@globex-mail.com, card 4539 1488 0343 6467';
    const raw = JSON.stringify(body);
    const ts = Math.floor(Date.now() / 1000);
    const answer = await fetch(`${service.origin}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signSlackRequest(TEST_SIGNING_SECRET, ts, raw) },
      body: raw,
    });
    expect(answer.status, await answer.clone().text()).toBe(200);

    // The delete job is active, inside its chat.delete call, when the process dies.
    await stub.deleteArrived;
    await service.kill9();

    stub.hang = false;
    service = await startServiceProcess(env);
    await service.waitForLogs((l) => l.msg === 'job rescued after its worker was lost' && l.reason === 'WORKER_LOST' && l.name === 'delete', 1);
    await service.waitForLogs((l) => l.msg === 'job stop' && l.result === 'notified', 1);
    // One delete call in each life: the lost one and the rescue.
    expect(stub.deletes).toBe(2);
  });
});
