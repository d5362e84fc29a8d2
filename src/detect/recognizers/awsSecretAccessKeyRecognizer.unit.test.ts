import { describe, expect, it } from 'vitest';
import { BASE32, BASE62, fakeRandom, join } from '../../../test/support/fakeSecrets.ts';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { awsSecretAccessKeyRecognizer } from './awsSecretAccessKeyRecognizer.ts';

const secret = fakeRandom(`${BASE62}/+`, 40, 21);

describe('awsSecretAccessKeyRecognizer', () => {
  it('reports a key next to its name, with exact offsets', () => {
    const text = `aws_secret_access_key = ${secret}`;
    expect(awsSecretAccessKeyRecognizer.recognize(text)).toEqual([
      { start: 24, end: 64, label: 'SECRET', score: 0.95, recognizer: 'aws_secret_access_key' },
    ]);
  });

  it('reports a key next to an access key id', () => {
    const id = join('AK', 'IA', fakeRandom(BASE32, 16, 22));
    expect(awsSecretAccessKeyRecognizer.recognize(`${id}:${secret}`)).toHaveLength(1);
  });

  it.each([
    ['no AWS words', `token ${secret}`],
    ['a hex digest', `aws secret ${fakeRandom('0123456789abcdef', 40, 23)}`],
    ['the documentation example', join('aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLE', 'KEY')],
    ['41 characters', `aws_secret_access_key=${secret}A`],
  ])('ignores %s', (_why, text) => {
    expect(awsSecretAccessKeyRecognizer.recognize(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(awsSecretAccessKeyRecognizer);
  });
});
