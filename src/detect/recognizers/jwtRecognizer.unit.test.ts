import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { jwtRecognizer } from './jwtRecognizer.ts';

const part = (json: object): string => Buffer.from(JSON.stringify(json)).toString('base64url');
const header = part({ alg: 'HS256', typ: 'JWT' });
const claims = part({ sub: '1234567890', name: 'Ada Lovelace', iat: 1516239022 });
const signature = createHmac('sha256', 'test key').update(`${header}.${claims}`).digest('base64url');
const token = `${header}.${claims}.${signature}`;

describe('jwtRecognizer', () => {
  it('reports a signed token with exact offsets', () => {
    expect(jwtRecognizer.recognize(`cookie: session=${token}; Path=/`)).toEqual([
      { start: 16, end: 16 + token.length, label: 'SECRET', score: 0.95, recognizer: 'jwt' },
    ]);
  });

  it('finds an unsigned token (alg "none", empty signature)', () => {
    const unsigned = `${part({ alg: 'none' })}.${claims}.`;
    expect(jwtRecognizer.recognize(`token ${unsigned} here`)).toHaveLength(1);
  });

  it.each([
    ['a header without "alg"', `${part({ typ: 'JWT' })}.${claims}.${signature}`],
    ['a header that is not JSON', `eyJub3QganNvbg.${claims}.${signature}`],
    ['two parts only', `${header}.${claims}`],
    ['a claims part not starting with "{"', `${header}.${Buffer.from('[1,2,3]').toString('base64url')}.${signature}`],
    ['the word eyJ alone', 'eyJ is base64 for {"'],
  ])('ignores %s', (_why, text) => {
    expect(jwtRecognizer.recognize(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(jwtRecognizer);
  });
});
