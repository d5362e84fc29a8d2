import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, startFakeSlack, type FakeSlack } from '../fakes/slack/fakeSlack.ts';
import { startServiceProcess, type ServiceProcess } from '../support/serviceProcess.ts';
import { TEST_ENCRYPTION_KEY, TEST_SIGNING_SECRET } from '../support/testConfig.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/testStores.ts';

const MESSAGES = 12;

describe.each(STORE_KINDS)('kill -9 and restart on %s', (kind) => {
  let fake: FakeSlack;
  let store: TestStore;
  let service: ServiceProcess | undefined;

  beforeAll(async () => {
    fake = await startFakeSlack({ signingSecret: TEST_SIGNING_SECRET });
    store = await createTestStore(kind);
  });
  afterAll(async () => {
    await service?.stop();
    await fake?.close();
    await store?.dispose();
  });

  it('loses no acknowledged event and deletes each message exactly once after the restart', { timeout: 120_000 }, async () => {
    const env = (slackApiUrl: string): Record<string, string> => ({
      ...(store.databaseUrl === undefined ? {} : { DATABASE_URL: store.databaseUrl }),
      DATA_DIR: store.dataDir,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: fake.identity.botToken,
      SLACK_ADMIN_TOKEN: fake.identity.adminToken,
      SLACK_API_URL: slackApiUrl,
      JOB_RETRY_DELAY_SECONDS: '1',
      JOB_RETRY_DELAY_MAX_SECONDS: '1',
      JOB_EXPIRE_SECONDS: '10',
      // The shortest heartbeat pg-boss takes: jobs the killed process held are rescued ~10 s after it died.
      JOB_HEARTBEAT_SECONDS: '10',
      QUEUE_SUPERVISE_SECONDS: '2',
    });

    // First life: Slack is unreachable, so accepted work piles up (queued, active, in retry).
    service = await startServiceProcess(env('http://127.0.0.1:9/api/'));
    fake.setEventsUrl(`${service.origin}/slack/events`);
    const posted = [];
    for (let i = 0; i < MESSAGES; i++) {
      const user = i % 2 === 0 ? SEED.users.maya : SEED.users.sam;
      posted.push(await fake.postUserMessage({ channel: SEED.channels.general, user, text: `ticket ${i}: reach me at person${i}@globex-mail.com` }));
    }
    expect(posted.map((p) => p.delivery.status)).toEqual(Array(MESSAGES).fill(200));
    await service.kill9();

    // Second life: the same store, Slack reachable. Everything acknowledged must now be done, once.
    service = await startServiceProcess(env(fake.apiUrl));
    fake.setEventsUrl(`${service.origin}/slack/events`);
    await service.waitForLogs((l) => l.msg === 'job stop' && l.result === 'notified', MESSAGES);

    // Slack was unreachable in the first life, so every call the fake saw is the second life's:
    // exactly one delete per message, each answered ok (no second attempt, not even a harmless one).
    const deletes = fake.callsTo('chat.delete');
    expect(deletes.every((c) => c.response.ok === true)).toBe(true);
    expect(deletes.map((c) => String(c.args.ts)).sort()).toEqual(posted.map((p) => p.message.ts).sort());
    // Exactly one DM per message, to its author: each quotes its own message's address once.
    const dms = fake.callsTo('chat.postMessage');
    expect(dms).toHaveLength(MESSAGES);
    const dmChannels = new Map(fake.callsTo('conversations.open').map((c) => [String((c.response.channel as { id?: string } | undefined)?.id), String(c.args.users)]));
    for (const [i, p] of posted.entries()) {
      const mine = dms.filter((c) => String(c.args.text).includes(`person${i}@globex-mail.com`));
      expect(mine, `message ${i}`).toHaveLength(1);
      expect(dmChannels.get(String(mine[0]?.args.channel)), `author of message ${i}`).toBe(p.message.user);
    }
  });
});
