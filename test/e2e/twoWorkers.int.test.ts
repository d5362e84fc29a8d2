import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, startFakeSlack, type FakeSlack } from '../fakes/slack/fakeSlack.ts';
import { reportFigures } from '../support/reportFigures.ts';
import { startServiceProcess, type ServiceProcess } from '../support/serviceProcess.ts';
import { TEST_ENCRYPTION_KEY, TEST_SIGNING_SECRET } from '../support/testConfig.ts';
import { createTestStore, type TestStore } from '../support/testStores.ts';

/**
 * Messages per run; `npm run soak` raises it. Kept small here: with one job per fetch (needed for
 * the proof below) pg-boss does not fetch again at once after a job, so once no new job arrives
 * each process takes one job per NOTIFY backstop poll (2 s).
 */
const MESSAGES = Number(process.env.TWO_WORKERS_MESSAGES ?? 6);

/** Resolves once the log lines matching `predicate`, summed over every process, reach `count`. */
function waitForTotal(processes: readonly ServiceProcess[], predicate: (line: Record<string, unknown>) => boolean, count: number): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe: Array<() => void> = [];
    const check = () => {
      if (processes.reduce((sum, p) => sum + p.logs.filter(predicate).length, 0) < count) return;
      for (const stop of unsubscribe) stop();
      resolve();
    };
    for (const p of processes) unsubscribe.push(p.onLog(check));
    check();
  });
}

/**
 * Two `pii-detector start` processes on one Postgres store, deliveries spread over both: each job
 * runs once (at Slack: one delete per message, one DM per message), and both processes work. Each
 * process runs one action at a time, so two deletes waiting at Slack's gate at once can only be one
 * from each: the proof that both work does not depend on luck.
 */
describe('two worker processes on the same store', () => {
  let fake: FakeSlack;
  let store: TestStore;
  let processes: ServiceProcess[] = [];

  beforeAll(async () => {
    fake = await startFakeSlack({ signingSecret: TEST_SIGNING_SECRET });
    store = await createTestStore('postgres');
    const env = {
      DATABASE_URL: store.databaseUrl ?? '',
      DATA_DIR: store.dataDir,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: fake.identity.botToken,
      SLACK_ADMIN_TOKEN: fake.identity.adminToken,
      SLACK_API_URL: fake.apiUrl,
      QUEUE_ACTIONS_CONCURRENCY: '1',
      QUEUE_ACTIONS_BATCH_SIZE: '1',
    };
    processes = await Promise.all([startServiceProcess(env), startServiceProcess(env)]);
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await fake?.close();
    await store?.dispose();
  });

  it('runs every job exactly once, and both processes do work', { timeout: 120_000 }, async () => {
    const gate = fake.hold('chat.delete');
    const posted = [];
    for (let i = 0; i < MESSAGES; i++) {
      fake.setEventsUrl(`${processes[i % 2]?.origin}/slack/events`);
      const user = i % 3 === 0 ? SEED.users.sam : SEED.users.maya;
      posted.push({ user, marker: `order-${i}-x`, ...(await fake.postUserMessage({ channel: SEED.channels.general, user, text: `order-${i}-x: reach me at buyer${i}@globex-mail.com` })) });
    }
    expect(posted.every((p) => p.delivery.status === 200)).toBe(true);
    await gate.whenWaiting(2);
    gate.release();
    const released = performance.now();
    await waitForTotal(processes, (l) => l.event === 'job.stop' && l.result === 'notified', MESSAGES);

    // At Slack: one delete per message, never a second one, and one DM per message to its author.
    const deletes = fake.callsTo('chat.delete');
    expect(deletes).toHaveLength(MESSAGES);
    expect(deletes.every((c) => c.response.ok === true)).toBe(true);
    expect(deletes.map((c) => String(c.args.ts)).sort()).toEqual(posted.map((p) => p.message.ts).sort());
    const opened = fake.callsTo('conversations.open').map((c) => String(c.args.users));
    const dms = fake.callsTo('chat.postMessage').filter((c) => c.response.ok === true).map((c) => String(c.args.text));
    expect(dms).toHaveLength(MESSAGES);
    for (const p of posted) expect(dms.filter((text) => text.includes(p.marker)), p.marker).toHaveLength(1);
    for (const user of [SEED.users.maya, SEED.users.sam]) expect(opened.filter((u) => u === user)).toHaveLength(posted.filter((p) => p.user === user).length);

    // Both did work; no job ran twice (a second run would have shown as a second start of the same job).
    const starts = processes.flatMap((p) => p.logs.filter((l) => l.event === 'job.start').map((l) => String(l.jobId)));
    expect(new Set(starts).size).toBe(starts.length);
    const perProcess = processes.map((p) => p.logs.filter((l) => l.event === 'job.stop' && l.queue === 'actions').length);
    expect(perProcess.every((n) => n > 0)).toBe(true);
    // Neither process wrote a token, the secret or any of the addresses to its output (debug level).
    for (const p of processes) {
      for (const secret of [fake.identity.botToken, fake.identity.adminToken, TEST_SIGNING_SECRET, TEST_ENCRYPTION_KEY, 'globex-mail.com']) expect(p.output()).not.toContain(secret);
    }
    reportFigures('two workers', {
      messages: MESSAGES,
      actionJobsPerProcess: perProcess,
      scansPerProcess: processes.map((p) => p.logs.filter((l) => l.event === 'job.stop' && l.queue === 'events').length),
      secondsFromReleaseToLastDm: Math.round((performance.now() - released) / 100) / 10,
    });
  });
});
