import type { LightMyRequestResponse } from 'fastify';
import type { Service } from '../../src/main.ts';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** An admin API call through `inject`, with the test token unless another is given (null: none). */
export function adminCall(
  service: Service,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  token: string | null = TEST_ADMIN_TOKEN,
): Promise<LightMyRequestResponse> {
  return service.app.inject({
    method,
    url,
    headers: {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}
