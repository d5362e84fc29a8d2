import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../main.ts';
import { testConfig } from '../../test/support/testConfig.ts';
import { createTestStore, type TestStore } from '../../test/support/testStores.ts';

const EMAIL = 'm.okafor@globex-mail.com';
const CARD = '4539 1488 0343 6467';
const MAX_BODY_BYTES = 4096;

/** The whole service on a real store, as `npm start` builds it: the route is checked as registered. */
describe('POST /api/v1/scan', () => {
  let store: TestStore;
  let service: Service;

  beforeAll(async () => {
    store = await createTestStore('postgres');
    service = await createService(
      testConfig({ DATABASE_URL: store.databaseUrl, DATA_DIR: store.dataDir, MAX_BODY_BYTES: String(MAX_BODY_BYTES) }),
      { workers: false },
    );
  });
  afterAll(async () => {
    await service?.stop();
    await store?.dispose();
  });

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    service.app.inject({
      method: 'POST',
      url: '/api/v1/scan',
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });

  it('answers findings with masked values only, counts and containsPii', async () => {
    const text = `Reach me at ${EMAIL}, card ${CARD}`;
    const answer = await post({ text });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      findings: [
        { start: 12, end: 36, label: 'EMAIL', score: expect.any(Number), recognizer: expect.any(String), maskedValue: 'm.******@******-****.***' },
        { start: 43, end: 62, label: 'CREDIT_CARD', score: expect.any(Number), recognizer: expect.any(String), maskedValue: '45** **** **** ****' },
      ],
      counts: { EMAIL: 1, CREDIT_CARD: 1 },
      containsPii: true,
    });
    expect(answer.body).not.toContain(EMAIL);
    expect(answer.body).not.toContain(CARD);
  });

  it('answers containsPii false on a clean text', async () => {
    const answer = await post({ text: 'deploy v2.14.3 to staging, build 20240611.4' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ findings: [], counts: {}, containsPii: false });
  });

  it('refuses a body without a string text with 400 BODY_MALFORMED naming the field', async () => {
    for (const payload of [{}, { text: 42 }, { txt: 'hello' }]) {
      const answer = await post(payload);
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toEqual({ error: { code: 'BODY_MALFORMED', message: expect.stringMatching(/^text: /) } });
    }
    expect((await post({})).json().error.message).toBe('text: is required');
    expect((await post({ text: 42 })).json().error.message).toBe('text: must be a string');
    for (const payload of ['[1]', 'null', '"text"']) {
      const answer = await post(payload);
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ error: { code: 'BODY_MALFORMED', message: 'body must be a JSON object {"text": string}' } });
    }
  });

  it('refuses what is not JSON: broken JSON 400, another content type 415', async () => {
    const broken = await post('{"text": ');
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: { code: 'BODY_MALFORMED' } });
    const form = await service.app.inject({
      method: 'POST',
      url: '/api/v1/scan',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'text=hello',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json()).toMatchObject({ error: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
  });

  it('refuses a body over MAX_BODY_BYTES with 413 BODY_TOO_LARGE', async () => {
    const answer = await post({ text: 'x'.repeat(MAX_BODY_BYTES) });
    expect(answer.statusCode).toBe(413);
    expect(answer.json()).toMatchObject({ error: { code: 'BODY_TOO_LARGE' } });
  });

  it('is not reachable with another method', async () => {
    const answer = await service.app.inject({ method: 'GET', url: '/api/v1/scan' });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
