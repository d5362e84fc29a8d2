import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { LogLevel, WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebClient } from '@slack/web-api';
import type { Logger } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_SCOPES, SEED, startFakeSlack } from './fakeSlack.ts';
import type { FakeSlack } from './fakeSlack.ts';
import { signSlackRequest } from './signSlackRequest.ts';

const SECRET = 'test-signing-secret';
const { general, finance } = SEED.channels;
const { maya, sam } = SEED.users;

interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  rawBody: string;
  payload: Record<string, unknown> & { event?: Record<string, unknown> };
}

/** Stands in for the service's events endpoint: records every request and answers as told. */
interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  respondWith(status: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  let reply: { status: number; headers: Record<string, string> } = { status: 200, headers: {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      requests.push({ headers: req.headers, rawBody, payload: JSON.parse(rawBody) as ReceivedRequest['payload'] });
      res.writeHead(reply.status, reply.headers).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    requests,
    respondWith: (status, headers = {}) => {
      reply = { status, headers };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// The SDK logs Slack's [WARN]/[ERROR] response messages; the assertions already cover them.
const silent: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

function client(fake: FakeSlack, token: string | undefined, options: { rejectRateLimitedCalls?: boolean } = {}): WebClient {
  return new WebClient(token, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logger: silent, ...options });
}

/** The platform error a call failed with, so assertions can look at `code` and `data`. */
async function platformError(call: Promise<unknown>): Promise<WebAPIPlatformError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebAPIPlatformError);
  return error as WebAPIPlatformError;
}

function isValidSignature(request: ReceivedRequest, secret: string): boolean {
  const timestamp = request.headers['x-slack-request-timestamp'];
  const signature = request.headers['x-slack-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false;
  const expected = Buffer.from(signSlackRequest(secret, timestamp, request.rawBody));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

describe('fake Slack driven through @slack/web-api', () => {
  let fake: FakeSlack;
  let receiver: Receiver;
  let bot: WebClient;
  let admin: WebClient;

  beforeAll(async () => {
    receiver = await startReceiver();
    fake = await startFakeSlack({ signingSecret: SECRET, eventsUrl: receiver.url });
    bot = client(fake, fake.identity.botToken);
    admin = client(fake, fake.identity.adminToken);
  });

  afterAll(async () => {
    await fake.close();
    await receiver.close();
  });

  beforeEach(() => {
    fake.reset();
    receiver.requests.length = 0;
    receiver.respondWith(200);
  });

  afterEach(async () => {
    await fake.idle();
  });

  describe('auth', () => {
    it('auth.test with the bot token returns the bot identity and the granted scopes', async () => {
      const result = await bot.auth.test();
      expect(result).toMatchObject({
        ok: true,
        url: 'https://globex.slack.com/',
        team: 'Globex',
        team_id: 'T024BE7LD',
        user_id: 'U0LAN0Z89',
        bot_id: 'B0LAN0Z7Q',
        app_id: 'A0KRD7HC3',
        is_enterprise_install: false,
      });
      expect(typeof result.user).toBe('string');
      expect(result.response_metadata?.scopes).toContain('chat:write');
      expect(fake.callsTo('auth.test')[0]?.token).toBe('bot');
    });

    it('auth.test with the admin user token has no bot_id', async () => {
      const result = await admin.auth.test();
      expect(result.user_id).toBe(fake.identity.adminUserId);
      expect(result.bot_id).toBeUndefined();
      expect(fake.callsTo('auth.test')[0]?.token).toBe('admin');
    });

    it('answers not_authed without a token and invalid_auth for an unknown one', async () => {
      expect((await platformError(client(fake, undefined).auth.test())).data.error).toBe('not_authed');
      expect((await platformError(client(fake, 'xoxb-nope').auth.test())).data.error).toBe('invalid_auth');
      expect(fake.calls.map((call) => call.token)).toEqual(['none', 'invalid']);
    });

    it('answers token_revoked once a token is revoked', async () => {
      const token = 'xoxp-revocable';
      fake.addUser({ name: 'leaver', token });
      fake.revokeToken(token);
      expect((await platformError(client(fake, token).auth.test())).data.error).toBe('token_revoked');
    });

    it('answers missing_scope with needed and provided', async () => {
      const error = await platformError(bot.conversations.open({ users: `${maya},${sam}` }));
      expect(error.data).toMatchObject({ ok: false, error: 'missing_scope', needed: 'mpim:write' });
      expect(error.data).toHaveProperty('provided', expect.stringContaining('im:write'));
    });

    it('tolerates GET with query args and form posts carrying the token field', async () => {
      const viaGet = await fetch(`${fake.apiUrl}auth.test?token=${fake.identity.botToken}`);
      expect(await viaGet.json()).toMatchObject({ ok: true, user_id: 'U0LAN0Z89' });
      expect(viaGet.headers.get('x-oauth-scopes')).toContain('chat:write');
      const viaForm = await fetch(`${fake.apiUrl}users.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: new URLSearchParams({ token: fake.identity.botToken, user: maya }).toString(),
      });
      expect(viaForm.headers.get('x-accepted-oauth-scopes')).toBe('users:read');
      expect(await viaForm.json()).toMatchObject({ ok: true, user: { id: maya }, warning: 'superfluous_charset' });
      expect(fake.calls.map((call) => [call.httpMethod, call.encoding, call.token])).toEqual([
        ['GET', 'query', 'bot'],
        ['POST', 'form', 'bot'],
      ]);
    });

    it('answers unknown_method for methods the fake does not implement', async () => {
      const error = await platformError(bot.apiCall('chat.doesNotExist'));
      expect(error.data.error).toBe('unknown_method');
    });
  });

  describe('conversations.open', () => {
    it('opens the same DM every time and flags repeats', async () => {
      const first = await bot.conversations.open({ users: maya });
      const second = await bot.conversations.open({ users: maya });
      expect(first.channel?.id).toMatch(/^D[A-Z0-9]+$/);
      expect(second.channel?.id).toBe(first.channel?.id);
      expect(first.already_open).toBeUndefined();
      expect(second).toMatchObject({ no_op: true, already_open: true });
      expect(fake.openDm(maya).id).toBe(first.channel?.id);
    });

    it('returns the full im object with return_im', async () => {
      const result = await bot.conversations.open({ users: sam, return_im: true });
      expect(result.channel).toMatchObject({ is_im: true, user: sam });
    });

    it('rejects unknown users and a missing user list', async () => {
      expect((await platformError(bot.conversations.open({ users: 'U000NOBODY' }))).data.error).toBe('user_not_found');
      expect((await platformError(bot.conversations.open({ users: '' }))).data.error).toBe('users_list_not_supplied');
    });
  });

  describe('chat.postMessage', () => {
    it('stores the bot message with its app identity and echoes it back as an event', async () => {
      const dm = await bot.conversations.open({ users: maya });
      const posted = await bot.chat.postMessage({ channel: dm.channel?.id ?? '', text: 'I removed a message' });
      expect(posted).toMatchObject({ ok: true, channel: dm.channel?.id });
      expect(posted.ts).toMatch(/^\d+\.\d{6}$/);
      expect(posted.message).toMatchObject({
        type: 'message',
        text: 'I removed a message',
        user: 'U0LAN0Z89',
        bot_id: 'B0LAN0Z7Q',
        app_id: 'A0KRD7HC3',
        bot_profile: { id: 'B0LAN0Z7Q', app_id: 'A0KRD7HC3' },
      });
      expect(posted.message?.subtype).toBeUndefined();
      expect(fake.getMessage(posted.channel ?? '', posted.ts ?? '')).toMatchObject({ bot_id: 'B0LAN0Z7Q' });

      await fake.idle();
      const echo = receiver.requests.at(-1)?.payload.event;
      expect(echo).toMatchObject({ type: 'message', bot_id: 'B0LAN0Z7Q', user: 'U0LAN0Z89', channel_type: 'im', ts: posted.ts });
      expect(fake.deliveries.at(-1)?.source).toBe('echo');
    });

    it('posting to a user id lands in the DM with that user', async () => {
      const posted = await bot.chat.postMessage({ channel: sam, text: 'hello' });
      expect(posted.channel).toBe(fake.openDm(sam).id);
    });

    it('decodes form-encoded blocks', async () => {
      const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Removed* a message' } }];
      const posted = await bot.chat.postMessage({ channel: general, text: 'fallback', blocks });
      const call = fake.callsTo('chat.postMessage')[0];
      expect(call?.encoding).toBe('form');
      expect(call?.args.blocks).toEqual(blocks);
      expect(fake.getMessage(general, posted.ts ?? '')?.blocks).toEqual(blocks);
    });

    it('accepts JSON bodies with the token in the header, and ignores a token in a JSON body', async () => {
      const post = (headers: Record<string, string>, body: unknown) =>
        fetch(`${fake.apiUrl}chat.postMessage`, { method: 'POST', headers, body: JSON.stringify(body) }).then(
          (r) => r.json() as Promise<Record<string, unknown>>,
        );
      const viaHeader = await post(
        { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${fake.identity.botToken}` },
        { channel: general, text: 'json' },
      );
      expect(viaHeader).toMatchObject({ ok: true, channel: general });
      expect(fake.calls.at(-1)?.encoding).toBe('json');

      const viaBody = await post({ 'content-type': 'application/json' }, { token: fake.identity.botToken, channel: general, text: 'x' });
      expect(viaBody).toMatchObject({ ok: false, error: 'not_authed', warning: 'missing_charset' });
    });

    it('needs content', async () => {
      expect((await platformError(bot.chat.postMessage({ channel: general, text: '' }))).data.error).toBe('no_text');
    });

    it('truncates text over 40,000 characters with a warning', async () => {
      const posted = await bot.chat.postMessage({ channel: general, text: 'a'.repeat(40_001) });
      expect(posted.warning).toBe('message_truncated');
      expect(posted.response_metadata?.messages?.[0]).toMatch(/^\[WARN\]/);
      expect(fake.getMessage(general, posted.ts ?? '')?.text).toHaveLength(40_000);
    });

    it('rejects a section block over 3,000 characters with invalid_blocks', async () => {
      const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'b'.repeat(3_001) } }];
      const error = await platformError(bot.chat.postMessage({ channel: general, text: 'x', blocks }));
      expect(error.data.error).toBe('invalid_blocks');
      expect(fake.messagesIn(general)).toHaveLength(0);
    });

    it('refuses channels the bot is not in, archived channels and unknown channels', async () => {
      const outside = fake.createChannel({ name: 'random', withBot: false });
      const archived = fake.createChannel({ name: 'old', isArchived: true });
      expect((await platformError(bot.chat.postMessage({ channel: outside.id, text: 'x' }))).data.error).toBe('not_in_channel');
      expect((await platformError(bot.chat.postMessage({ channel: archived.id, text: 'x' }))).data.error).toBe('is_archived');
      expect((await platformError(bot.chat.postMessage({ channel: 'C000MISSING', text: 'x' }))).data.error).toBe(
        'channel_not_found',
      );
    });
  });

  describe('chat.delete', () => {
    it('lets the bot delete its own message, then reports message_not_found', async () => {
      const posted = await bot.chat.postMessage({ channel: general, text: 'oops' });
      const deleted = await bot.chat.delete({ channel: general, ts: posted.ts ?? '' });
      expect(deleted).toMatchObject({ ok: true, channel: general, ts: posted.ts });
      expect(fake.getMessage(general, posted.ts ?? '')).toBeUndefined();
      expect(fake.deletions).toMatchObject([{ channel: general, ts: posted.ts, by: 'bot', tombstoned: false }]);

      await fake.idle();
      const deletedEvent = receiver.requests.map((r) => r.payload.event).find((e) => e?.subtype === 'message_deleted');
      expect(deletedEvent).toMatchObject({ deleted_ts: posted.ts, hidden: true, channel: general });
      expect(deletedEvent?.previous_message).toMatchObject({ text: 'oops', bot_id: 'B0LAN0Z7Q' });
    });

    it("refuses the bot token on a person's message with cant_delete_message", async () => {
      const message = fake.addMessage({ channel: general, user: maya, text: 'my SSN is 078-05-1120' });
      const error = await platformError(bot.chat.delete({ channel: general, ts: message.ts }));
      expect(error.code).toBe('slack_webapi_platform_error');
      expect(error.data.error).toBe('cant_delete_message');
      expect(fake.getMessage(general, message.ts)).toBeDefined();
    });

    it("lets the admin token delete a person's message, once", async () => {
      const message = fake.addMessage({ channel: finance, user: maya, text: 'card 4012 8888 8888 1881' });
      await expect(admin.chat.delete({ channel: finance, ts: message.ts })).resolves.toMatchObject({ ok: true });
      expect(fake.deletions.at(-1)).toMatchObject({ by: 'admin', byUser: fake.identity.adminUserId });
      const again = await platformError(admin.chat.delete({ channel: finance, ts: message.ts }));
      expect(again.data.error).toBe('message_not_found');
    });

    it('keeps an ordinary user to their own messages', async () => {
      const token = 'xoxp-fake-sam';
      fake.addUser({ id: 'U0SAMTOKEN', name: 'sam2', token });
      fake.joinChannel(general, 'U0SAMTOKEN');
      const others = fake.addMessage({ channel: general, user: maya, text: 'hi' });
      const own = fake.addMessage({ channel: general, user: 'U0SAMTOKEN', text: 'mine' });
      const user = client(fake, token);
      expect((await platformError(user.chat.delete({ channel: general, ts: others.ts }))).data.error).toBe('cant_delete_message');
      await expect(user.chat.delete({ channel: general, ts: own.ts })).resolves.toMatchObject({ ok: true });
      expect(fake.deletions.at(-1)?.by).toBe('user');
    });

    it("never lets the admin into other people's DMs", async () => {
      const dm = fake.openDm(maya, sam);
      const message = fake.addMessage({ channel: dm.id, user: sam, text: 'my passport is X1234567' });
      expect((await platformError(admin.chat.delete({ channel: dm.id, ts: message.ts }))).data.error).toBe('channel_not_found');
    });

    it("never deletes the external organisation's messages in a Slack Connect channel", async () => {
      const partner = fake.addUser({ name: 'partner', team: 'T0EXTERNAL' });
      const shared = fake.createChannel({ name: 'ext-acme', isExtShared: true, members: [fake.identity.adminUserId, partner.id] });
      const message = fake.addMessage({ channel: shared.id, user: partner.id, text: 'IBAN DE89 3704 0044 0532 0130 00' });
      expect(message.team).toBe('T0EXTERNAL');
      expect((await platformError(admin.chat.delete({ channel: shared.id, ts: message.ts }))).data.error).toBe(
        'cant_delete_message',
      );
    });

    it('turns a thread parent with replies into a tombstone', async () => {
      const parent = fake.addMessage({ channel: general, user: maya, text: 'parent with PII' });
      fake.addMessage({ channel: general, user: sam, text: 'reply', threadTs: parent.ts });
      await admin.chat.delete({ channel: general, ts: parent.ts });
      expect(fake.getMessage(general, parent.ts)).toMatchObject({ subtype: 'tombstone', user: 'USLACKBOT' });
      await fake.idle();
      const changed = receiver.requests.map((r) => r.payload.event).find((e) => e?.subtype === 'message_changed');
      expect(changed).toMatchObject({ message: { subtype: 'tombstone', ts: parent.ts }, previous_message: { text: 'parent with PII' } });
      expect((await platformError(admin.chat.delete({ channel: general, ts: parent.ts }))).data.error).toBe('message_not_found');
    });
  });

  describe('faults and rate limits', () => {
    it('surfaces an injected 429 as a rate-limit error carrying Retry-After', async () => {
      fake.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
      const strict = client(fake, fake.identity.botToken, { rejectRateLimitedCalls: true });
      const error = await strict.chat.postMessage({ channel: general, text: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebAPIRateLimitedError);
      expect((error as WebAPIRateLimitedError).retryAfter).toBe(7);
      expect(fake.calls[0]).toMatchObject({ status: 429, response: { ok: false, error: 'ratelimited' } });
      // The fault was used up: the next call goes through.
      await expect(strict.chat.postMessage({ channel: general, text: 'x' })).resolves.toMatchObject({ ok: true });
    });

    it('a 429 without Retry-After makes the SDK give up instead of waiting', async () => {
      fake.failNext('auth.test', { status: 429, retryAfter: null });
      await expect(bot.auth.test()).rejects.toThrow(/Retry header did not contain a valid timeout/);
    });

    it('rate-limits a method per minute on the injected clock', async () => {
      let nowMs = 1_714_053_200_000;
      const timed = await startFakeSlack({ now: () => nowMs });
      try {
        timed.setRateLimit('auth.test', 2);
        const strict = client(timed, timed.identity.botToken, { rejectRateLimitedCalls: true });
        await strict.auth.test();
        nowMs += 10_000;
        await strict.auth.test();
        nowMs += 5_000;
        const error = await strict.auth.test().catch((e: unknown) => e);
        expect((error as WebAPIRateLimitedError).retryAfter).toBe(45);
        nowMs += 45_000;
        await expect(strict.auth.test()).resolves.toMatchObject({ ok: true });
      } finally {
        await timed.close();
      }
    });

    it('injects platform errors and HTTP failures for a number of calls', async () => {
      fake.failNext('auth.test', { error: 'account_inactive' }, { count: 2 });
      fake.failNext('auth.test', { status: 500 });
      expect((await platformError(bot.auth.test())).data.error).toBe('account_inactive');
      expect((await platformError(bot.auth.test())).data.error).toBe('account_inactive');
      const error = await bot.auth.test().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebAPIHTTPError);
      expect((error as WebAPIHTTPError).statusCode).toBe(500);
      await expect(bot.auth.test()).resolves.toMatchObject({ ok: true });
    });

    it('can fail after the side effects happened, as a timeout after Slack accepted the post does', async () => {
      fake.failNext('chat.postMessage', { status: 503 }, { afterSideEffects: true });
      await expect(bot.chat.postMessage({ channel: general, text: 'did it post?' })).rejects.toBeInstanceOf(WebAPIHTTPError);
      expect(fake.messagesIn(general).map((m) => m.text)).toEqual(['did it post?']);
    });
  });

  it('never records or exposes a raw token', async () => {
    await bot.auth.test();
    await admin.auth.test();
    await client(fake, 'xoxb-unknown-secret').auth.test().catch(() => undefined);
    await fetch(`${fake.apiUrl}auth.test`, { method: 'POST', body: new URLSearchParams({ token: fake.identity.botToken }) });
    const exposed = JSON.stringify(fake.calls) + (await (await fetch(`${fake.url}/_fake/calls`)).text());
    for (const token of [fake.identity.botToken, fake.identity.adminToken, 'xoxb-unknown-secret']) {
      expect(exposed).not.toContain(token);
    }
    expect(fake.calls.map((call) => call.token)).toEqual(['bot', 'admin', 'invalid', 'bot']);
  });

  describe('event delivery', () => {
    it('delivers a signed event_callback envelope like the contract examples', async () => {
      const result = await fake.deliverEvent({ type: 'message', channel: general, user: maya, text: 'hi', ts: '1714053201.004519' });
      expect(result.status).toBe(200);
      const request = receiver.requests[0];
      expect(request).toBeDefined();
      if (request === undefined) return;
      expect(isValidSignature(request, SECRET)).toBe(true);
      expect(isValidSignature(request, 'wrong-secret')).toBe(false);
      expect(request.rawBody).toBe(JSON.stringify(result.payload));
      expect(request.headers['x-slack-retry-num']).toBeUndefined();
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.payload).toMatchObject({
        token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
        team_id: 'T024BE7LD',
        context_team_id: 'T024BE7LD',
        context_enterprise_id: null,
        api_app_id: 'A0KRD7HC3',
        type: 'event_callback',
        event_id: result.eventId,
        authorizations: [{ enterprise_id: null, team_id: 'T024BE7LD', user_id: 'U0LAN0Z89', is_bot: true, is_enterprise_install: false }],
        is_ext_shared_channel: false,
        // Byte-for-byte the value in CONTRACTS.md Example A.
        event_context:
          '4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMDI0QkU3TEQiLCJhaWQiOiJBMEtSRDdIQzMiLCJjaWQiOiJDMEc5UUY5R1cifQ',
        event: { type: 'message', event_ts: '1714053201.004519' },
      });
      expect(result.eventId).toMatch(/^Ev[A-Z0-9]+$/);
      expect(typeof request.payload.event_time).toBe('number');
    });

    it('carries retry headers, and redelivers the identical body under a fresh signature', async () => {
      const first = await fake.deliverEvent({ type: 'message', channel: general, user: maya, text: 'x' });
      await fake.deliverEvent({ type: 'message', channel: general, user: maya, text: 'y' }, { retryNum: 2, retryReason: 'http_error' });
      await fake.redeliver(first.eventId, { retryNum: 1, retryReason: 'http_timeout' });
      const [, explicit, redelivered] = receiver.requests;
      expect(explicit?.headers['x-slack-retry-num']).toBe('2');
      expect(explicit?.headers['x-slack-retry-reason']).toBe('http_error');
      expect(redelivered?.headers['x-slack-retry-num']).toBe('1');
      expect(redelivered?.headers['x-slack-retry-reason']).toBe('http_timeout');
      expect(redelivered?.rawBody).toBe(receiver.requests[0]?.rawBody);
      expect(redelivered !== undefined && isValidSignature(redelivered, SECRET)).toBe(true);
    });

    it('retries on failure when asked, and stops on X-Slack-No-Retry', async () => {
      receiver.respondWith(500);
      const retried = await fake.deliverEvent({ type: 'message', channel: general, text: 'x' }, { autoRetry: true });
      expect(retried.attempts).toBe(4);
      expect(receiver.requests.map((r) => r.headers['x-slack-retry-num'])).toEqual([undefined, '1', '2', '3']);
      expect(new Set(receiver.requests.map((r) => r.payload.event_id))).toEqual(new Set([retried.eventId]));

      receiver.requests.length = 0;
      receiver.respondWith(500, { 'x-slack-no-retry': '1' });
      const stopped = await fake.deliverEvent({ type: 'message', channel: general, text: 'x' }, { autoRetry: true });
      expect(stopped.attempts).toBe(1);
    });

    it('reports an unreachable events URL instead of throwing', async () => {
      const gone = await startReceiver();
      await gone.close();
      fake.setEventsUrl(gone.url);
      try {
        const result = await fake.deliverEvent({ type: 'message', channel: general, text: 'x' });
        expect(result.status).toBe(0);
        expect(result.error).toBeDefined();
      } finally {
        fake.setEventsUrl(receiver.url);
      }
    });

    it('postUserMessage renders typed text like a Slack client and delivers the message event', async () => {
      const { message, delivery } = await fake.postUserMessage({
        channel: general,
        user: maya,
        text: 'Reach me at m.okafor@example.com & see https://example.com/x.',
      });
      expect(delivery.status).toBe(200);
      expect(message.text).toBe(
        'Reach me at <mailto:m.okafor@example.com|m.okafor@example.com> &amp; see <https://example.com/x>.',
      );
      const event = receiver.requests[0]?.payload.event;
      expect(event).toMatchObject({
        type: 'message',
        user: maya,
        text: message.text,
        ts: message.ts,
        event_ts: message.ts,
        team: 'T024BE7LD',
        channel: general,
        channel_type: 'channel',
      });
      expect(event?.client_msg_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(event?.blocks)).toContain('"url":"mailto:m.okafor@example.com"');
      expect(fake.getMessage(general, message.ts)).toBeDefined();
    });

    it('editUserMessage delivers message_changed with the edit marker', async () => {
      const { message } = await fake.postUserMessage({ channel: finance, user: sam, text: 'account on file' });
      const { delivery } = await fake.editUserMessage({ channel: finance, ts: message.ts, text: 'IBAN DE89 3704 0044 0532 0130 00' });
      const event = delivery.payload.event as Record<string, unknown>;
      expect(event).toMatchObject({
        subtype: 'message_changed',
        channel_type: 'group',
        message: { ts: message.ts, user: sam, edited: { user: sam } },
        previous_message: { text: 'account on file' },
      });
      expect(event.ts).not.toBe(message.ts);
    });

    it('the control endpoint posts a user message and reports the delivery', async () => {
      const response = await fetch(`${fake.url}/_fake/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: general, user: maya, text: 'SSN 078-05-1120' }),
      });
      const body = (await response.json()) as { ok: boolean; delivery: { status: number; eventId: string } };
      expect(body).toMatchObject({ ok: true, delivery: { status: 200 } });
      expect(receiver.requests[0]?.payload.event_id).toBe(body.delivery.eventId);
    });

    it('sends a signed url_verification', async () => {
      const result = await fake.deliverUrlVerification('challenge-123');
      expect(result.payload).toEqual({ token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl', challenge: 'challenge-123', type: 'url_verification' });
      const request = receiver.requests[0];
      expect(request !== undefined && isValidSignature(request, SECRET)).toBe(true);
    });
  });

  describe('store and registry', () => {
    it('issues strictly increasing six-decimal ts values even under a frozen clock', async () => {
      const frozen = await startFakeSlack({ now: () => 1_714_053_201_000, seed: true });
      try {
        const a = frozen.addMessage({ channel: general, user: maya, text: 'a' });
        const b = frozen.addMessage({ channel: general, user: maya, text: 'b' });
        expect(a.ts).toBe('1714053201.000000');
        expect(b.ts).toBe('1714053201.000001');
        expect(frozen.messagesIn(general).map((m) => m.text)).toEqual(['a', 'b']);
      } finally {
        await frozen.close();
      }
    });

    it('users.info hides the e-mail without users:read.email', async () => {
      const info = await bot.users.info({ user: maya });
      expect(info.user).toMatchObject({ id: maya, team_id: 'T024BE7LD', is_bot: false, deleted: false });
      expect(info.user?.profile?.email).toBeUndefined();
      fake.setTokenScopes(fake.identity.botToken, ['users:read', 'users:read.email']);
      try {
        expect((await bot.users.info({ user: maya })).user?.profile?.email).toBe('m.okafor@example.com');
      } finally {
        fake.setTokenScopes(fake.identity.botToken, BOT_SCOPES);
      }
    });
  });
});
