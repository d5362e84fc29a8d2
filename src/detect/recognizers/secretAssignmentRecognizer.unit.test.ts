import { describe, expect, it } from 'vitest';
import { BASE62, fakeRandom } from '../../../test/support/fakeSecrets.ts';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { secretAssignmentRecognizer } from './secretAssignmentRecognizer.ts';

const token = fakeRandom(BASE62, 32, 81);

function found(text: string): string[] {
  return secretAssignmentRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('secretAssignmentRecognizer', () => {
  it('reports the value, not the key, with exact offsets', () => {
    expect(secretAssignmentRecognizer.recognize('DB_PASSWORD=Tr0ub4dor&3')).toEqual([
      { start: 12, end: 23, label: 'SECRET', score: 0.8, recognizer: 'secret_assignment' },
    ]);
  });

  it.each([
    ['"password": "hunter2"', 'hunter2'],
    ["password: 'Summer2024!'", 'Summer2024!'],
    ['MYSQL_ROOT_PASSWORD=s3cr3t-pw', 's3cr3t-pw'],
    ['Pwd=Xk9#mQ2$vL7p;', 'Xk9#mQ2$vL7p'],
    [`api_key: ${token}`, token],
    [`"client_secret": "${token}"`, token],
    [`stripeApiKey = "${token}"`, token],
    [`export AUTH_TOKEN=${token}`, token],
    [`curl -H "Authorization: Bearer ${token}" https://api.acme.io`, token],
  ])('finds the secret in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['a type annotation', 'interface Login { email: string; password: string }'],
    ['a schema keyword', 'password: required'],
    ['an environment reference', 'password=$DB_PASSWORD'],
    ['a template slot', 'api_key: ${API_KEY}'],
    ['a placeholder in angle brackets', 'api_key: <your key>'],
    ['a mask', 'password: ********'],
    ['a well-known default', 'password=changeme'],
    ['a property read', 'const password = req.body.password;'],
    ['a function call', 'password = getPassword()'],
    ['a dotted name', 'password: user.password'],
    ['a k8s secret name', 'secret: db-credentials'],
    ['a short token', 'token: abc123'],
    ['a token made of words', 'access_token: refresh_on_expiry_enabled'],
    ['a token count', 'max_tokens=4096'],
    ['a path', 'pwd: /home/ci/build'],
    ['a bearer placeholder', 'Authorization: Bearer <token>'],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(secretAssignmentRecognizer);
  });
});
