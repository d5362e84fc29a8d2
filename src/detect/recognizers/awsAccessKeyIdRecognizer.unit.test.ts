import { describe, expect, it } from 'vitest';
import { BASE32, fakeRandom, join } from '../../../test/support/fakeSecrets.ts';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { awsAccessKeyIdRecognizer } from './awsAccessKeyIdRecognizer.ts';

const longTerm = join('AK', 'IA', fakeRandom(BASE32, 16, 11));
const temporary = join('AS', 'IA', fakeRandom(BASE32, 16, 12));

describe('awsAccessKeyIdRecognizer', () => {
  it('reports a long-term key id with exact offsets', () => {
    expect(awsAccessKeyIdRecognizer.recognize(`key ${longTerm} for prod`)).toEqual([
      { start: 4, end: 24, label: 'SECRET', score: 0.95, recognizer: 'aws_access_key_id' },
    ]);
  });

  it('finds a temporary (STS) key id', () => {
    expect(awsAccessKeyIdRecognizer.recognize(`AWS_ACCESS_KEY_ID=${temporary}`)).toHaveLength(1);
  });

  it.each([
    ['the documentation example', join('AKIA', 'IOSFODNN7', 'EXAMPLE')],
    ['a placeholder', join('AKIA', '0'.repeat(16))],
    ['a user id prefix', join('AIDA', fakeRandom(BASE32, 16, 13))],
    ['fifteen characters', longTerm.slice(0, -1)],
    ['a longer token', `${longTerm}X`],
    ['lower case', longTerm.toLowerCase()],
  ])('ignores %s', (_why, text) => {
    expect(awsAccessKeyIdRecognizer.recognize(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(awsAccessKeyIdRecognizer);
  });
});
