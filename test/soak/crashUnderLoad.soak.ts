import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, startFakeSlack, type FakeSlack, type DeliveryResult } from '../fakes/slack/fakeSlack.ts';
import { reportFigures } from '../support/reportFigures.ts';
import { startServiceProcess, type ServiceProcess } from '../support/serviceProcess.ts';
import { TEST_ENCRYPTION_KEY, TEST_SIGNING_SECRET } from '../support/testConfig.ts';
import { createTestStore, type StoreKind, type TestStore } from '../support/testStores.ts';

const EVENTS = Number(process.env.SOAK_EVENTS ?? 1000);
const KILLS = Number(process.env.SOAK_KILLS ?? 3);
const CONCURRENCY = 20;
const STORES = (process.env.SOAK_STORES ?? 'postgres,pglite').split(',') as StoreKind[];

/**
 * `npm run soak`: the kill -9 test at full size. EVENTS signed messages with PII are posted
 * CONCURRENCY at a time while the service processes them against a reachable Slack; after a random
 * number of acknowledged deliveries (drawn anew each life, so the kill lands at a random point of
 * ingest and processing) the process is killed with SIGKILL and started again, KILLS times.
 * Deliveries that got no 200 are delivered again after each restart, as Slack's retries would. At
 * the end every acknowledged event must be processed, each message deleted once at Slack and each
 * author sent one DM per message. The figures are printed for docs/reliability.md.
 */
describe.each(STORES)('kill -9 at random moments under load on %s', (kind) => {
  let fake: FakeSlack;
  let store: TestStore;
  let life: ServiceProcess | undefined;

  beforeAll(async () => {
    fake = await startFakeSlack({ signingSecret: TEST_SIGNING_SECRET, sideEffectEvents: false });
    store = await createTestStore(kind);
  });
  afterAll(async () => {
    await life?.kill9();
    await fake?.close();
    await store?.dispose();
  });

  const env = (): Record<string, string> => ({
    ...(store.databaseUrl === undefined ? {} : { DATABASE_URL: store.databaseUrl }),
    DATA_DIR: store.dataDir,
    ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: fake.identity.botToken,
    SLACK_ADMIN_TOKEN: fake.identity.adminToken,
    SLACK_API_URL: fake.apiUrl,
    JOB_RETRY_DELAY_SECONDS: '1',
    JOB_RETRY_DELAY_MAX_SECONDS: '2',
    LOG_LEVEL: 'info',
  });

  /** Re-evaluates `condition` after each log line of the process (one evaluation at a time). */
  function waitUntil(service: ServiceProcess, condition: () => Promise<boolean>): Promise<void> {
    return new Promise((resolve, reject) => {
      let running = false;
      let again = false;
      const check = () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        condition().then(
          (done) => {
            running = false;
            if (done) {
              stop();
              resolve();
            } else if (again) {
              again = false;
              check();
            }
          },
          (error: unknown) => {
            stop();
            reject(error);
          },
        );
      };
      const stop = service.onLog(check);
      check();
    });
  }

  it('processes every acknowledged event, deletes each message once and DMs each author once per message', { timeout: 30 * 60_000 }, async () => {
    const started = performance.now();
    const acked = new Set<string>();
    const unacked = new Map<string, string>(); // eventId → why
    const posted: Array<{ ts: string; user: string; marker: string; eventId: string }> = [];
    let duplicates = 0;
    let next = 0;
    const record = (eventId: string, result: DeliveryResult) => {
      if (result.status === 200) {
        acked.add(eventId);
        unacked.delete(eventId);
        if ((JSON.parse(result.body) as { duplicate?: boolean }).duplicate === true) duplicates += 1;
      } else unacked.set(eventId, result.error ?? String(result.status));
    };
    const recoveries: number[] = [];

    for (let round = 0; round <= KILLS; round++) {
      const restartAt = performance.now();
      life = await startServiceProcess(env());
      fake.setEventsUrl(`${life.origin}/slack/events`);
      recoveries.push(performance.now() - restartAt);
      // Slack's retries of what the last life never acknowledged.
      for (const eventId of [...unacked.keys()]) record(eventId, await fake.redeliver(eventId, { retryNum: 1, retryReason: 'http_error' }));
      expect(unacked.size).toBe(0);

      const last = round === KILLS;
      const killAfter = last ? Number.POSITIVE_INFINITY : acked.size + randomInt(50, Math.max(51, Math.floor(EVENTS / KILLS)));
      const current = life;
      let killing: Promise<void> | undefined;
      const worker = async () => {
        while (next < EVENTS && killing === undefined) {
          const i = next++;
          const user = i % 2 === 0 ? SEED.users.maya : SEED.users.sam;
          const marker = `soak${i}x@globex-mail.com`;
          const { message, delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user, text: `order ${i}: mail ${marker}` });
          posted.push({ ts: message.ts, user, marker, eventId: delivery.eventId });
          record(delivery.eventId, delivery);
          if (acked.size >= killAfter && killing === undefined) killing = current.kill9();
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      if (killing !== undefined) await killing;
    }

    // The last life drains everything.
    const finalLife = life as ServiceProcess;
    const drainStarted = performance.now();
    // Done when every message's DM is at Slack: re-checked on each log line (each action logs its outcome).
    await waitUntil(finalLife, async () => {
      const sent = fake.callsTo('chat.postMessage').filter((c) => c.response.ok === true).map((c) => String(c.args.text)).join('\n');
      return posted.every((p) => sent.includes(p.marker));
    });
    const drainSeconds = (performance.now() - drainStarted) / 1000;

    const deletes = fake.callsTo('chat.delete');
    const okDeletes = deletes.filter((c) => c.response.ok === true).map((c) => String(c.args.ts));
    const dms = fake.callsTo('chat.postMessage').filter((c) => c.response.ok === true).map((c) => String(c.args.text));
    const dmCounts = posted.map((p) => dms.filter((t) => t.includes(p.marker)).length);
    const figures = {
      store: kind,
      events: EVENTS,
      kills: KILLS,
      acknowledged: acked.size,
      duplicateDeliveries: duplicates,
      deletesOk: okDeletes.length,
      deleteRepeats: deletes.length - okDeletes.length,
      dms: dms.length,
      messagesWithoutDm: dmCounts.filter((n) => n === 0).length,
      messagesWithTwoOrMoreDms: dmCounts.filter((n) => n > 1).length,
      restartSeconds: recoveries.map((ms) => Math.round(ms / 100) / 10),
      drainAfterLastRestartSeconds: Math.round(drainSeconds * 10) / 10,
      totalSeconds: Math.round((performance.now() - started) / 1000),
    };
    reportFigures('crash soak', figures);

    expect(acked.size).toBe(EVENTS);
    expect([...okDeletes].sort()).toEqual(posted.map((p) => p.ts).sort());
    expect(new Set(okDeletes).size).toBe(okDeletes.length);
    expect(figures.messagesWithoutDm).toBe(0);
    expect(figures.messagesWithTwoOrMoreDms).toBe(0);
  });
});
