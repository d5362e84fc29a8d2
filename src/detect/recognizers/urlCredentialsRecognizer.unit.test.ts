import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { urlCredentialsRecognizer } from './urlCredentialsRecognizer.ts';

function found(text: string): string[] {
  return urlCredentialsRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('urlCredentialsRecognizer', () => {
  it('reports the password of a connection string with exact offsets', () => {
    expect(urlCredentialsRecognizer.recognize('DATABASE_URL=postgres://app:s3cr3tPw@db:5432/main')).toEqual([
      { start: 28, end: 36, label: 'SECRET', score: 0.9, recognizer: 'url_credentials' },
    ]);
  });

  it.each([
    ['mongodb+srv://admin:Zq8!kPw2@cluster0.example.net/db', 'Zq8!kPw2'],
    ['git clone https://oauth2:glpat1234abcd@gitlab.acme.io/x.git', 'glpat1234abcd'],
    ['amqp://guest:hunter22@rabbit:5672', 'hunter22'],
  ])('finds it in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['no password', 'postgres://app@10.0.0.5:5432/orders'],
    ['a host and port', 'https://example.com:8080/path'],
    ['a template', 'postgres://app:${DB_PASSWORD}@db/main'],
    ['a placeholder', 'postgres://user:password@localhost/db'],
    ['a mask', 'redis://default:****@cache:6379'],
  ])('ignores %s', (_why, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(urlCredentialsRecognizer);
  });
});
