import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { privateKeyRecognizer } from './privateKeyRecognizer.ts';

// Generated per run: no key material lives in the repository.
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim();
const sec1 = privateKey.export({ type: 'sec1', format: 'pem' }).toString().trim();
const encrypted = privateKey
  .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'correct horse' })
  .toString()
  .trim();

describe('privateKeyRecognizer', () => {
  it('reports the whole block, header to END line', () => {
    const text = `here it is:\n${pkcs8}\nthanks`;
    expect(privateKeyRecognizer.recognize(text)).toEqual([
      { start: 12, end: 12 + pkcs8.length, label: 'SECRET', score: 1, recognizer: 'private_key' },
    ]);
  });

  it('finds an EC (SEC1) key and scores an encrypted key lower', () => {
    expect(privateKeyRecognizer.recognize(sec1)).toHaveLength(1);
    expect(privateKeyRecognizer.recognize(encrypted)[0]?.score).toBe(0.85);
  });

  it('reports a paste cut off before the END line, up to the end of the body', () => {
    const cut = pkcs8.slice(0, pkcs8.indexOf('-----END'));
    const [finding] = privateKeyRecognizer.recognize(`${cut}\n`);
    expect(finding?.start).toBe(0);
    expect(finding?.end).toBe(cut.trimEnd().length);
  });

  it('finds two keys in one message', () => {
    expect(privateKeyRecognizer.recognize(`${pkcs8}\n\n${sec1}`)).toHaveLength(2);
  });

  it.each([
    ['a header on its own', 'PKCS#1 files start with -----BEGIN RSA PRIVATE KEY----- and PKCS#8 ones do not'],
    ['a public key', pkcs8.replace(/PRIVATE/g, 'PUBLIC')],
    ['a certificate header', '-----BEGIN CERTIFICATE-----\nMIIB'],
  ])('ignores %s', (_why, text) => {
    expect(privateKeyRecognizer.recognize(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(privateKeyRecognizer);
  });
});
