import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/main.ts';
import { SEED, startFakeSlack, type FakeSlack } from '../fakes/slack/fakeSlack.ts';
import { captureLogs, type CapturedLogs } from '../support/captureLogs.ts';
import { signedSlackRequest } from '../support/signedSlackRequest.ts';
import { TEST_ENCRYPTION_KEY, TEST_SIGNING_SECRET, testConfig } from '../support/testConfig.ts';
import { createTestStore, type TestStore } from '../support/testStores.ts';
import { waitForJobEvent } from '../support/waitForJobEvent.ts';
import { isFinal, waitForItem } from '../support/waitForItem.ts';

/** Values that must never be found in the clear, in any form we can think of. */
const CARD = '4539 1488 0343 6467';
const IBAN = 'DE89 3704 0044 0532 0130 00';
const EMAIL = 'dana.whitfield@globex-mail.com';
const SSN = '536-22-8410';
const PHRASE = 'please wire the deposit today';
const FILE_NAME = 'payroll-dana-whitfield.csv';
const FILE_EMAIL = 'r.okonkwo@initech-mail.com';

/**
 * After a run that goes through every path (delivery, duplicate, forged request, scan API, a file
 * with PII, Slack errors that are retried and one that is not), nothing secret is in the clear:
 * not in the logs (captured at trace level, the most verbose), not in any table of the queue's
 * schema or ours (job payloads and outputs, dead letters, the audit log, the items).
 */
describe('no leaks', () => {
  let fake: FakeSlack;
  let store: TestStore;
  let logs: CapturedLogs;
  let service: Service;
  const text = `${PHRASE}: card ${CARD}, IBAN ${IBAN}, mail ${EMAIL}, SSN ${SSN}`;

  beforeAll(async () => {
    fake = await startFakeSlack({ signingSecret: TEST_SIGNING_SECRET });
    store = await createTestStore('postgres');
    logs = captureLogs('trace');
    service = await createService(
      testConfig({
        DATABASE_URL: store.databaseUrl,
        DATA_DIR: store.dataDir,
        SLACK_API_URL: fake.apiUrl,
        SLACK_BOT_TOKEN: fake.identity.botToken,
        SLACK_ADMIN_TOKEN: fake.identity.adminToken,
        SLACK_FILE_HOSTS: fake.url,
        LOG_LEVEL: 'trace',
      }),
      { logger: logs.logger, queueSpies: true },
    );
    fake.setEventsUrl(`${await service.listen()}/slack/events`);
  });

  afterAll(async () => {
    await service?.stop();
    await fake?.close();
    await store?.dispose();
  });

  it('keeps tokens, secrets, message text, file names and PII out of the logs, the job tables and the audit log', { timeout: 60_000 }, async () => {
    // The plain path, and a retried delivery of it.
    const plain = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text });
    expect((await fake.redeliver(plain.delivery.eventId, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    await waitForItem(service, plain.delivery.eventId, isFinal);

    // Slack failing: a 5xx (retried, its error logged) and a refused token (dead-lettered, an alert).
    fake.failNext('chat.delete', { status: 500 });
    const retried = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.sam, text });
    await waitForItem(service, retried.delivery.eventId, isFinal);
    fake.failNext('conversations.open', { error: 'invalid_auth' });
    const refused = waitForJobEvent(service.jobEvents, 'job:stop', (e) => e.name === 'notify' && e.status === 'deadletter');
    await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text });
    await service.boss.getSpy('actions').waitForJobWithId((await refused).jobId, 'failed');

    // A file with PII, whose name is personal data too.
    const shared = await fake.postFileMessage({
      channel: SEED.channels.general,
      user: SEED.users.maya,
      text: PHRASE,
      files: [{ name: FILE_NAME, content: `name,email\nRosa Okonkwo,${FILE_EMAIL}\n` }],
    });
    await waitForItem(service, shared.delivery.eventId, isFinal);

    // The scan API, and a forged delivery carrying the text.
    const scan = await service.app.inject({ method: 'POST', url: '/api/v1/scan', payload: { text } });
    expect(scan.statusCode).toBe(200);
    expect(scan.body).not.toContain(EMAIL);
    const forged = await service.app.inject(signedSlackRequest({ type: 'event_callback', event_id: 'EvForged', event: { type: 'message', text } }, { secret: 'wrong' }));
    expect(forged.statusCode).toBe(401);

    const tables = await service.db.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_schema IN ('public', 'pgboss') AND table_type = 'BASE TABLE'`,
    );
    const dumps: string[] = [];
    for (const { schema, name } of tables.rows) {
      const rows = await service.db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${schema}"."${name}" t`);
      dumps.push(...rows.rows.map((r) => `${schema}.${name} ${r.row}`));
    }
    expect(dumps.some((d) => d.startsWith('pgboss.job ') && d.includes('dead_letter'))).toBe(true);
    expect(dumps.some((d) => d.startsWith('public.audit_log '))).toBe(true);

    const needles = [
      fake.identity.botToken,
      fake.identity.adminToken,
      TEST_SIGNING_SECRET,
      TEST_ENCRYPTION_KEY,
      CARD,
      CARD.replaceAll(' ', ''),
      IBAN,
      IBAN.replaceAll(' ', ''),
      EMAIL,
      SSN,
      SSN.replaceAll('-', ''),
      PHRASE,
      FILE_NAME,
      'dana-whitfield',
      FILE_EMAIL,
      // Stored as bytes without sealing, a value would show up hex-encoded in row_to_json.
      Buffer.from(EMAIL).toString('hex'),
      Buffer.from(PHRASE).toString('base64'),
    ];
    // The control: these values did go through the service (back to their authors, in the DMs).
    const dms = fake.callsTo('chat.postMessage').map((c) => String(c.args.text)).join('\n');
    for (const sent of [EMAIL, CARD, PHRASE, FILE_NAME]) expect(dms).toContain(sent);
    const logText = logs.lines.map((l) => JSON.stringify(l)).join('\n');
    const tableText = dumps.join('\n');
    expect(logs.lines.length).toBeGreaterThan(50);
    for (const needle of needles) {
      expect(logText.includes(needle), `logs contain ${needle.slice(0, 12)}…`).toBe(false);
      expect(tableText.includes(needle), `tables contain ${needle.slice(0, 12)}…`).toBe(false);
    }
  });
});
