import Fastify, { type FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { JobOperations } from '../queue/jobOperations.ts';
import { captureLogs } from '../../test/support/captureLogs.ts';
import { adminPlugin } from './adminPlugin.ts';
import { installErrorHandler } from './errorHandler.ts';

const TOKEN = 'a-very-long-admin-token-for-tests-0001';
const queues: JobOperations['listQueues'] = async () => [];
const operations = { listQueues: queues } as unknown as JobOperations;

async function app(token: string | undefined) {
  const logs = captureLogs('trace');
  const server = Fastify({ loggerInstance: logs.logger as FastifyBaseLogger });
  installErrorHandler(server);
  await server.register(adminPlugin, { token, operations });
  return { server, logs };
}

describe('admin API auth', () => {
  it('answers 503 ADMIN_API_DISABLED when ADMIN_API_TOKEN is unset, even with a token', async () => {
    const { server } = await app(undefined);
    const answer = await server.inject({ method: 'GET', url: '/api/v1/queues', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(answer.statusCode).toBe(503);
    expect(answer.json()).toMatchObject({ error: { code: 'ADMIN_API_DISABLED' } });
  });

  it('answers 401 with a code for a missing, malformed or wrong token, and 200 for the right one', async () => {
    const { server, logs } = await app(TOKEN);
    const call = (authorization?: string) =>
      server.inject({ method: 'GET', url: '/api/v1/queues', headers: authorization === undefined ? {} : { authorization } });
    expect((await call()).json()).toMatchObject({ error: { code: 'ADMIN_TOKEN_MISSING' } });
    expect((await call(`Basic ${TOKEN}`)).json()).toMatchObject({ error: { code: 'ADMIN_TOKEN_MISSING' } });
    for (const wrong of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, 'Bearer x']) {
      const answer = await call(wrong);
      expect(answer.statusCode, wrong).toBe(401);
      expect(answer.json()).toMatchObject({ error: { code: 'ADMIN_TOKEN_INVALID' } });
    }
    const ok = await call(`bearer ${TOKEN}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ queues: [] });
    // Neither the right token nor the wrong ones reach a log line.
    expect(JSON.stringify(logs.lines)).not.toContain(TOKEN.slice(4, 20));
  });

  it('guards only its own routes', async () => {
    const { server } = await app(TOKEN);
    server.get('/open', async () => ({ ok: true }));
    expect((await server.inject({ method: 'GET', url: '/open' })).statusCode).toBe(200);
  });
});
