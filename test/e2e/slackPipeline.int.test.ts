import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../src/main.ts';
import { readStream } from '../../src/store/auditLog.ts';
import { getItem } from '../../src/store/projections/items.ts';
import { loadSlackFixture } from '../fixtures/slack/loadSlackFixture.ts';
import { SEED, startFakeSlack, type FakeSlack } from '../fakes/slack/fakeSlack.ts';
import { signedSlackRequest } from '../support/signedSlackRequest.ts';
import { testConfig } from '../support/testConfig.ts';
import { createTestStore, STORE_KINDS, type TestStore } from '../support/testStores.ts';
import { isFinal, waitForItem } from '../support/waitForItem.ts';

const PII_TEXT = 'Reach me at m.okafor@globex-mail.com, card 4539 1488 0343 6467';

describe.each(STORE_KINDS)('Slack pipeline end to end on %s', (kind) => {
  let fake: FakeSlack;
  let store: TestStore;
  let service: Service;

  async function countRows(): Promise<{ items: number; jobs: number }> {
    const items = await service.db.query<{ n: number }>('SELECT count(*)::int AS n FROM items');
    const jobs = await service.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'events'`);
    return { items: items.rows[0]?.n ?? -1, jobs: jobs.rows[0]?.n ?? -1 };
  }

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
      { queueSpies: true },
    );
    const origin = await service.listen();
    fake.setEventsUrl(`${origin}/slack/events`);
  });

  afterAll(async () => {
    await service?.stop();
    await fake?.close();
    await store?.dispose();
  });

  beforeEach(async () => {
    // Echo events of the previous test must be answered before its calls are cleared.
    await fake.idle();
    fake.reset();
  });

  it('learns its own identity with auth.test at start', () => {
    expect(service.identity()).toMatchObject({ botUserId: fake.identity.botUserId, botId: fake.identity.botId });
  });

  it('deletes a message with PII exactly once and DMs its author their text and what was found', async () => {
    const { message, delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: PII_TEXT });
    expect(delivery.status).toBe(200);

    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ status: 'notified', labels: ['CREDIT_CARD', 'EMAIL'], messageTs: message.ts, content: null });

    const deletes = fake.callsTo('chat.delete');
    expect(deletes).toHaveLength(1);
    expect(deletes[0]).toMatchObject({ token: 'admin', args: { channel: SEED.channels.general, ts: message.ts }, response: { ok: true } });
    expect(fake.getMessage(SEED.channels.general, message.ts)).toBeUndefined();

    const dms = fake.callsTo('chat.postMessage');
    expect(dms).toHaveLength(1);
    expect(fake.callsTo('conversations.open')[0]?.args).toMatchObject({ users: SEED.users.maya });
    const dmText = String(dms[0]?.args.text);
    // The author gets back what they typed, decoded from mrkdwn (no <mailto:…|…> noise).
    expect(dmText).toContain('>Reach me at m.okafor@globex-mail.com, card 4539 1488 0343 6467');
    expect(dmText).toContain('email address');
    expect(dmText).toContain('credit card number');

    const trail = await readStream(service.db, delivery.eventId);
    expect(trail.map((e) => e.type)).toEqual(['MessageReceived', 'MessageScanned', 'MessageDeleted', 'AuthorNotified']);
    expect(trail.every((e) => e.correlationId === delivery.eventId)).toBe(true);
  });

  it('makes no call at all for a clean message', async () => {
    const { delivery } = await fake.postUserMessage({
      channel: SEED.channels.general,
      user: SEED.users.sam,
      text: 'Release v2.3.14 is out; standup moved to 10:30, room 4521. Call me at 3pm.',
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item.status).toBe('clean');
    expect(fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect((await readStream(service.db, delivery.eventId)).map((e) => e.type)).toEqual(['MessageReceived', 'MessageScanned']);
  });

  it('leaves a message that only names a colleague and a city alone, but acts on a birth date', async () => {
    const { delivery } = await fake.postUserMessage({
      channel: SEED.channels.general,
      user: SEED.users.sam,
      text: 'Maria Gonzalez reviewed the PR; I grew up in Lisbon, ask her anything.',
    });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item.status).toBe('clean');
    expect(fake.callsTo('chat.delete')).toEqual([]);

    const dob = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.sam, text: 'for the form: my DOB is 14/03/1987' });
    const dobItem = await waitForItem(service, dob.delivery.eventId, isFinal);
    expect(dobItem).toMatchObject({ status: 'notified', labels: ['DATE_OF_BIRTH'] });
  });

  it('acknowledges a retried delivery (X-Slack-Retry-Num) without a second scan or delete', async () => {
    const { delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: PII_TEXT });
    const retry = await fake.redeliver(delivery.eventId, { retryNum: 1, retryReason: 'http_timeout' });
    expect(retry.status).toBe(200);
    expect(JSON.parse(retry.body)).toMatchObject({ duplicate: true });
    await waitForItem(service, delivery.eventId, isFinal);
    expect(fake.callsTo('chat.delete')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('accepts concurrent duplicates (Slack retries at 3 s without waiting) as one item', async () => {
    const body = loadSlackFixture('thread-reply-private-channel');
    body.event_id = `EvConcurrent${kind}`;
    // The contract's example card (4012 8888 8888 1881) is a processor test value, which is not PII.
    body.event.text = 'Card for the conference booking: 4539 1488 0343 6467 exp 11/26';
    fake.addMessage({ channel: body.event.channel, user: body.event.user, text: body.event.text, ts: body.event.ts, threadTs: body.event.thread_ts } as never);
    const answers = await Promise.all([0, 1, 2].map((n) => service.app.inject(signedSlackRequest(body, n === 0 ? {} : { retryNum: n }))));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(answers.filter((a) => a.json().duplicate === false)).toHaveLength(1);
    const item = await waitForItem(service, body.event_id, isFinal);
    // The reply itself is deleted, by its own ts, never the thread parent.
    expect(fake.callsTo('chat.delete').map((c) => c.args.ts)).toEqual(['1714055012.118209']);
    expect(item.status).toBe('notified');
  });

  it('scans an edit as its new text and deletes message.ts, not the change event ts', async () => {
    const { message } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.sam, text: 'Send the refund to the account on file' });
    await fake.idle();
    const { delivery } = await fake.editUserMessage({ channel: SEED.channels.general, ts: message.ts, text: 'Send the refund to IBAN DE89 3704 0044 0532 0130 00 please' });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ kind: 'edit', status: 'notified', labels: ['IBAN'], messageTs: message.ts });
    expect(fake.callsTo('chat.delete').map((c) => c.args.ts)).toEqual([message.ts]);
  });

  it('ignores our own DM echo: the notice that quotes the PII never loops', async () => {
    const { delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: PII_TEXT });
    await waitForItem(service, delivery.eventId, isFinal);
    await fake.idle();
    const echoes = fake.deliveries.filter((d) => d.source === 'echo');
    expect(echoes.length).toBeGreaterThan(0);
    expect(echoes.every((d) => d.status === 200)).toBe(true);
    const { items } = await countRows();
    const fixture = await service.app.inject(signedSlackRequest(loadSlackFixture('own-dm-echo')));
    expect(fixture.json()).toMatchObject({ ignored: 'own_message' });
    expect((await countRows()).items).toBe(items);
    expect(await getItem(service.db, 'Ev06D2Y5XW3R')).toBeNull();
  });

  it('rejects bad input with the right status and code and enqueues nothing', async () => {
    const before = await countRows();
    const body = loadSlackFixture('plain-message-with-pii');
    const now = Math.floor(Date.now() / 1000);
    const cases: Array<[string, InjectOptions, number, string]> = [
      ['bad signature', signedSlackRequest(body, { secret: 'wrong-secret' }), 401, 'SIGNATURE_INVALID'],
      ['stale timestamp', signedSlackRequest(body, { timestampSeconds: now - 301 }), 401, 'SIGNATURE_STALE'],
      // A minute past the window: `now` is read before the requests run, and a loaded machine can take
      // seconds to reach this one, which would bring a +301 s timestamp back inside the window.
      ['future timestamp', signedSlackRequest(body, { timestampSeconds: now + 360 }), 401, 'SIGNATURE_STALE'],
      ['no signature', { method: 'POST', url: '/slack/events', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) }, 401, 'SIGNATURE_MISSING'],
      ['malformed JSON', signedSlackRequest(null, { rawBody: '{"type":"event_callback",' }), 400, 'BODY_MALFORMED'],
      ['wrong shape', signedSlackRequest({ type: 'event_callback', event_id: 'Ev1' }), 400, 'BODY_MALFORMED'],
      ['oversized body', signedSlackRequest(null, { rawBody: JSON.stringify({ ...body, padding: 'x'.repeat(1024 * 1024) }) }), 413, 'BODY_TOO_LARGE'],
    ];
    for (const [name, request, status, code] of cases) {
      const answer = await service.app.inject(request);
      expect(answer.statusCode, name).toBe(status);
      expect(answer.json(), name).toMatchObject({ error: { code } });
      if (status < 500) expect(answer.headers['x-slack-no-retry'], name).toBe('1');
    }
    expect(await countRows()).toEqual(before);
  });

  it('answers the url_verification handshake', async () => {
    const answer = await fake.deliverUrlVerification('challenge-xyz');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ challenge: 'challenge-xyz' });
  });

  it('waits out a 429 from chat.delete (Retry-After) without using up an attempt', async () => {
    fake.failNext('chat.delete', { status: 429, retryAfter: 1 });
    const { delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: PII_TEXT });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item.status).toBe('notified');
    const deletes = fake.callsTo('chat.delete');
    expect(deletes.map((c) => c.status)).toEqual([429, 200]);
    const trail = await readStream(service.db, delivery.eventId);
    expect(trail.map((e) => e.type)).toEqual(['MessageReceived', 'MessageScanned', 'ActionPostponed', 'MessageDeleted', 'AuthorNotified']);
  });

  it('records a delete Slack refuses (cant_delete_message) as failed with its reason, without a DM', async () => {
    fake.failNext('chat.delete', { error: 'cant_delete_message' });
    const { delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: PII_TEXT });
    const item = await waitForItem(service, delivery.eventId, isFinal);
    expect(item).toMatchObject({ status: 'failed', reason: 'cant_delete_message' });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect((await readStream(service.db, delivery.eventId)).at(-1)).toMatchObject({ type: 'DeleteFailed', data: { error: 'cant_delete_message' } });
  });

  it('sends a job that can never succeed straight to the dead-letter queue, with its error', async () => {
    const jobId = await service.boss.send('events', { itemId: 'EvDoesNotExist' });
    expect(jobId).not.toBeNull();
    // The spy resolves once pg-boss has settled the job, after which its dead-letter copy exists.
    await service.boss.getSpy('events').waitForJobWithId(jobId ?? '', 'failed');
    const dead = await service.db.query<{ state: string; retry_count: number }>(
      `SELECT state, retry_count FROM pgboss.job WHERE name = 'dead_letter' AND data->>'itemId' = 'EvDoesNotExist'`,
    );
    // Exactly one copy, kept for inspection and retry, after a single attempt (no retries burnt).
    expect(dead.rows).toHaveLength(1);
    const original = await service.db.query<{ state: string; retry_count: number; output: { code: string } }>(
      'SELECT state, retry_count, output FROM pgboss.job WHERE id = $1',
      [jobId],
    );
    expect(original.rows[0]).toMatchObject({ state: 'failed', retry_count: 0, output: { code: 'ITEM_NOT_FOUND' } });
  });

  it('keeps tokens and message text out of job payloads and the audit log', async () => {
    const secretText = 'my card is 4539 1488 0343 6467 and mail m.okafor@globex-mail.com';
    const { delivery } = await fake.postUserMessage({ channel: SEED.channels.general, user: SEED.users.maya, text: secretText });
    await waitForItem(service, delivery.eventId, isFinal);
    const jobs = await service.db.query<{ data: unknown; output: unknown }>('SELECT data, output FROM pgboss.job');
    const audit = await service.db.query<{ data: unknown }>('SELECT data FROM audit_log');
    const everything = JSON.stringify([jobs.rows, audit.rows]);
    for (const secret of [fake.identity.botToken, fake.identity.adminToken, 'test-signing-secret', '4539 1488', '4539148803436467', 'm.okafor@globex-mail.com', 'my card is']) {
      expect(everything, secret).not.toContain(secret);
    }
    expect(jobs.rows.length).toBeGreaterThan(0);
  });
});
