import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../src/core/errorCatalogue.ts';
import { loadSlackFixture } from '../fixtures/slack/loadSlackFixture.ts';
import { signSlackRequest } from '../fakes/slack/fakeSlack.ts';
import { ADVERSARIAL_INPUTS } from '../support/adversarialInputs.ts';
import { parsePrometheusText, sampleValue } from '../support/prometheusText.ts';
import { reportFigures } from '../support/reportFigures.ts';
import { rawRequest, sendRaw, type RawAnswer } from '../support/rawHttp.ts';
import { startServiceProcess, type ServiceProcess } from '../support/serviceProcess.ts';
import { TEST_ENCRYPTION_KEY, TEST_SIGNING_SECRET } from '../support/testConfig.ts';
import { createTestStore, type TestStore } from '../support/testStores.ts';

/** Cases per property: bounded, so the file stays a few seconds of `npm test`. */
export const RUNS = Number(process.env.HOSTILE_RUNS ?? 200);
const MAX_BODY_BYTES = 256 * 1024;

/**
 * Every receiver of the real `pii-detector start`, fed what attackers and broken proxies send:
 * malformed, truncated, deeply nested and huge JSON, the wrong content types, duplicate and oversized
 * headers, bytes that are not HTTP. Each case goes over its own TCP connection, byte for byte. The
 * answer must be a 4xx with a code from the catalogue (or a 200 for what is in fact well-formed),
 * never a 5xx, never a dropped connection, and the process must be healthy afterwards.
 */
describe('hostile input on every receiver', () => {
  let store: TestStore;
  let service: ServiceProcess;
  let tried = 0;

  beforeAll(async () => {
    store = await createTestStore('postgres');
    // No Slack tokens: a delivery that happens to be a valid message is stored and scanned, and its
    // actions fail as `slack_not_configured`; nothing here is about Slack.
    service = await startServiceProcess({
      DATABASE_URL: store.databaseUrl ?? '',
      DATA_DIR: store.dataDir,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      MAX_BODY_BYTES: String(MAX_BODY_BYTES),
      LOG_LEVEL: 'info',
    });
  });

  afterAll(async () => {
    await service?.stop();
    await store?.dispose();
  });

  async function send(bytes: Buffer, options: { halfClose?: boolean } = {}): Promise<RawAnswer> {
    tried += 1;
    return sendRaw(service.origin, bytes, options);
  }

  /** A 4xx with a catalogued code, or (when `ok` allows it) a 200; anything else fails the property. */
  function expectRefusedOrOk(answer: RawAnswer, ok: boolean): void {
    expect(answer.status, answer.body).toBeGreaterThan(0);
    expect(answer.status, answer.body).toBeLessThan(500);
    if (answer.status === 200 && ok) return;
    expect(answer.status, answer.body).toBeGreaterThanOrEqual(400);
    const code = (JSON.parse(answer.body) as { error?: { code?: string } }).error?.code;
    expect(Object.keys(errorCatalogue), answer.body).toContain(code);
  }

  function slackRequest(body: Buffer | string, options: { sign?: boolean; contentType?: string | null; extraHeaders?: string[] } = {}): Buffer {
    const raw = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    const ts = Math.floor(Date.now() / 1000);
    const headers = [`Content-Length: ${raw.length}`, ...(options.extraHeaders ?? [])];
    if (options.contentType !== null) headers.push(`Content-Type: ${options.contentType ?? 'application/json'}`);
    if (options.sign !== false) headers.push(`X-Slack-Request-Timestamp: ${ts}`, `X-Slack-Signature: ${signSlackRequest(TEST_SIGNING_SECRET, ts, raw)}`);
    return rawRequest('POST', '/slack/events', headers, raw);
  }

  const validEnvelope = () => {
    const body = loadSlackFixture('plain-message-with-pii');
    body.event_id = `EvHostile${Math.random().toString(36).slice(2, 10)}`;
    return body;
  };
  const contentTypes = fc.constantFrom(
    'application/json',
    'application/json; charset=utf-16',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    '*/*',
    'nonsense',
    ';;;',
    null,
  );
  const anyValue: fc.Arbitrary<unknown> = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
  );
  const maybe = <T>(arb: fc.Arbitrary<T>, likely: fc.Arbitrary<unknown>) => fc.oneof(likely, arb as fc.Arbitrary<unknown>);
  const messyMessage = fc.record(
    {
      // The fields the envelope checks are mostly right, so the cases get past it to the message itself.
      type: fc.oneof({ weight: 4, arbitrary: fc.constant('message') }, { weight: 1, arbitrary: anyValue }),
      subtype: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom('message_changed', 'file_share', 'bot_message', 'thread_broadcast', 'channel_join', 'tombstone') },
        { weight: 1, arbitrary: anyValue },
      ),
      channel: fc.oneof({ weight: 4, arbitrary: fc.constant('C0G9QF9GW') }, { weight: 1, arbitrary: anyValue }),
      channel_type: fc.oneof({ weight: 4, arbitrary: fc.constant('channel') }, { weight: 1, arbitrary: anyValue }),
      user: maybe(anyValue, fc.constant('U2147483697')),
      bot_id: anyValue,
      app_id: anyValue,
      text: maybe(anyValue, fc.string({ unit: 'binary', maxLength: 200 })),
      ts: maybe(anyValue, fc.constant('1714053201.004519')),
      thread_ts: anyValue,
      edited: anyValue,
      files: maybe(anyValue, fc.array(fc.oneof(anyValue, fc.record({ id: anyValue, name: anyValue, size: anyValue, url_private: anyValue }, { requiredKeys: [] })), { maxLength: 3 })),
    },
    { requiredKeys: [] },
  );
  const messyEnvelope = fc.record(
    {
      type: fc.oneof({ weight: 6, arbitrary: fc.constant('event_callback') }, { weight: 1, arbitrary: fc.constantFrom('url_verification', 'app_rate_limited') }, { weight: 1, arbitrary: anyValue }),
      event_id: fc.oneof({ weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) }, { weight: 1, arbitrary: anyValue }),
      team_id: fc.oneof({ weight: 4, arbitrary: fc.constant('T024BE7LD') }, { weight: 1, arbitrary: anyValue }),
      api_app_id: fc.oneof({ weight: 4, arbitrary: fc.constant('A0KRD7HC3') }, { weight: 1, arbitrary: anyValue }),
      challenge: anyValue,
      minute_rate_limited: anyValue,
      authorizations: fc.oneof(
        { weight: 4, arbitrary: fc.constant([{ user_id: 'U0LAN0Z89', is_bot: true }]) },
        { weight: 1, arbitrary: fc.array(fc.record({ user_id: anyValue, is_bot: anyValue }, { requiredKeys: [] }), { maxLength: 2 }) },
        { weight: 1, arbitrary: anyValue },
      ),
      event: fc.oneof(
        { weight: 4, arbitrary: messyMessage },
        { weight: 2, arbitrary: fc.record({ type: fc.constant('message'), subtype: fc.constant('message_changed'), channel: fc.constant('C0G9QF9GW'), message: messyMessage }) },
        { weight: 1, arbitrary: anyValue },
      ),
    },
    { requiredKeys: ['type', 'event_id', 'event'] },
  );
  const deepJson = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'), fc.boolean()).map(([depth, open, wrapped]) => {
    const close = open === '[' ? ']' : '}';
    const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
    return wrapped ? `{"type":"event_callback","event_id":"EvDeep","event":${nested}}` : nested;
  });

  it('/slack/events: unsigned or wrongly signed bytes of any kind and any content type → 4xx with a code, never accepted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), contentTypes, fc.option(fc.string({ maxLength: 100 }), { nil: undefined }), async (bytes, contentType, signature) => {
        const extra = signature === undefined ? [] : [`X-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}`, `X-Slack-Signature: ${signature.replace(/[\r\n]/g, '')}`];
        const answer = await send(slackRequest(Buffer.from(bytes), { sign: false, contentType, extraHeaders: extra }));
        expectRefusedOrOk(answer, false);
        expect(answer.headers['x-slack-no-retry']).toBe('1');
      }),
      { numRuns: RUNS },
    );
  });

  it('/slack/events: signed but malformed, truncated, deeply nested or oddly shaped JSON → 4xx with a code, or 200 when it is in fact an event', async () => {
    const truncated = fc.nat().map((cut) => {
      const raw = JSON.stringify(validEnvelope());
      return raw.slice(0, cut % raw.length);
    });
    const bodies = fc.oneof(
      truncated,
      deepJson,
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
    );
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, async (body, contentType) => {
        const answer = await send(slackRequest(Buffer.from(body, 'utf8'), { contentType }));
        expectRefusedOrOk(answer, true);
      }),
      { numRuns: RUNS },
    );
  });

  it('/slack/events: signed envelopes that look right with the wrong types inside → 4xx with a code, or 200 when it is in fact an event', async () => {
    await fc.assert(
      fc.asyncProperty(messyEnvelope, async (envelope) => {
        const answer = await send(slackRequest(JSON.stringify(envelope)));
        expectRefusedOrOk(answer, true);
      }),
      { numRuns: RUNS },
    );
  });

  it('/slack/events and /api/v1/scan: huge bodies, declared or streamed, → 413 BODY_TOO_LARGE', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: MAX_BODY_BYTES + 1, max: MAX_BODY_BYTES * 4 }), fc.boolean(), fc.boolean(), async (size, chunked, scan) => {
        const body = Buffer.alloc(size, 'a');
        const path = scan ? '/api/v1/scan' : '/slack/events';
        const headers = ['Content-Type: application/json', chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${size}`];
        const payload = chunked ? Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]) : body;
        const answer = await send(rawRequest('POST', path, headers, payload));
        expectRefusedOrOk(answer, false);
        expect(answer.status).toBe(413);
      }),
      { numRuns: Math.max(10, Math.floor(RUNS / 10)) },
    );
  });

  it('/api/v1/scan: any body and content type → 200 for {text: string}, else 4xx with a code', async () => {
    const bodies = fc.oneof(
      fc.record({ text: fc.string({ unit: 'binary', maxLength: 2000 }) }).map((v) => JSON.stringify(v)),
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      fc.record({ text: anyValue, extra: anyValue }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
      deepJson,
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
    );
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, async (body, contentType) => {
        const raw = Buffer.from(body, 'utf8');
        const headers = [`Content-Length: ${raw.length}`, ...(contentType === null ? [] : [`Content-Type: ${contentType}`])];
        const answer = await send(rawRequest('POST', '/api/v1/scan', headers, raw));
        expectRefusedOrOk(answer, true);
      }),
      { numRuns: RUNS },
    );
  });

  it('/api/v1/scan: texts built to make a backtracking regex stall are answered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ADVERSARIAL_INPUTS), async ([, text]) => {
        const raw = Buffer.from(JSON.stringify({ text }), 'utf8');
        const answer = await send(rawRequest('POST', '/api/v1/scan', ['Content-Type: application/json', `Content-Length: ${raw.length}`], raw));
        expectRefusedOrOk(answer, true);
        expect(answer.status).toBe(200);
      }),
      { numRuns: Math.min(ADVERSARIAL_INPUTS.length, 20) },
    );
  });

  it('any route: duplicate, oversized and malformed headers → 4xx with a code', async () => {
    const headerCase = fc.oneof(
      // Two different lengths: request smuggling's favourite.
      fc.tuple(fc.nat(50), fc.nat(50)).filter(([a, b]) => a !== b).map(([a, b]) => [`Content-Length: ${a}`, `Content-Length: ${b}`]),
      fc.constant(['Content-Length: 5', 'Transfer-Encoding: chunked']),
      fc.tuple(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 })).map(([a, b]) => [`X-Slack-Signature: v0=${a.replace(/[\r\n]/g, '')}`, `X-Slack-Signature: v0=${b.replace(/[\r\n]/g, '')}`]),
      fc.constant(['Content-Type: application/json', 'Content-Type: text/plain']),
      fc.integer({ min: 17 * 1024, max: 128 * 1024 }).map((n) => [`X-Padding: ${'a'.repeat(n)}`]),
      fc.integer({ min: 200, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `X-Many-${i}: ${'b'.repeat(20)}`)),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((name) => [`${name.replace(/[\r\n]/g, '')}: value`, 'X-Also: \u0000\u0001']),
      fc.constant(['Content-Length: -1']),
      fc.constant(['Content-Length: 99999999999999999999']),
    );
    await fc.assert(
      fc.asyncProperty(headerCase, fc.constantFrom('/slack/events', '/api/v1/scan', '/health', '/metrics'), async (headers, path) => {
        const answer = await send(rawRequest('POST', path, ['Content-Type: application/json', ...headers], '{"text":"x"}'), { halfClose: true });
        // Any of these may still be a request Node accepts (a long but legal header on /health): then
        // whatever the route answers, minus a 5xx.
        expect(answer.status, answer.body).toBeGreaterThan(0);
        expect(answer.status, answer.body).toBeLessThan(500);
        if (answer.status >= 400) expectRefusedOrOk(answer, false);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers what Node refuses before any route in the shape of every error', async () => {
    const tooLarge = await send(rawRequest('GET', '/health', [`X-Padding: ${'a'.repeat(32 * 1024)}`]), { halfClose: true });
    expect(tooLarge.status).toBe(431);
    expect(JSON.parse(tooLarge.body)).toMatchObject({ error: { code: 'HEADERS_TOO_LARGE' } });
    const smuggled = await send(rawRequest('POST', '/slack/events', ['Content-Length: 3', 'Content-Length: 4'], 'abcd'), { halfClose: true });
    expect(smuggled.status).toBe(400);
    expect(JSON.parse(smuggled.body)).toMatchObject({ error: { code: 'REQUEST_MALFORMED' } });
    // The case fast-check found: a lone line feed is no request at all, so nothing is answered.
    expect((await send(Buffer.from('\n'), { halfClose: true })).status).toBe(0);
  });

  it('random bytes instead of HTTP → 400 REQUEST_MALFORMED (or a 4xx of the route they happen to reach)', async () => {
    const junk = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 2048 }).map((b) => Buffer.from(b)),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).map((s) => Buffer.from(`${s}\r\n\r\n`, 'utf8')),
      fc.string({ maxLength: 50 }).map((s) => Buffer.from(`POST /slack/events HTTP/1.1\r\nHost: x\r\n${s}\r\n\r\n`, 'latin1')),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (bytes) => {
        const answer = await send(bytes, { halfClose: true });
        // Empty lines before a request are allowed (RFC 9112 §2.2): only those sent, there is no
        // request to answer, and the server just closes.
        if (/^[\r\n]+$/.test(bytes.toString('latin1'))) {
          expect(answer.status).toBe(0);
          return;
        }
        expect(answer.status, answer.body).toBeGreaterThan(0);
        expectRefusedOrOk(answer, false);
      }),
      { numRuns: RUNS },
    );
  });

  it('is alive and healthy after all of it', async () => {
    expect(service.child.exitCode).toBeNull();
    const health = await fetch(`${service.origin}/health`);
    expect(health.status).toBe(200);
    const metrics = parsePrometheusText(await (await fetch(`${service.origin}/metrics`)).text());
    expect(sampleValue(metrics, 'pii_detector_http_requests_total', { status: '500' })).toBe(0);
    const rssMiB = Math.round(sampleValue(metrics, 'process_resident_memory_bytes') / 2 ** 20);
    reportFigures('hostile input', { inputsTried: tried, casesPerProperty: RUNS, status5xx: 0, rssMiBAfter: rssMiB });
    expect(tried).toBeGreaterThanOrEqual(RUNS * 6);
  });
});
