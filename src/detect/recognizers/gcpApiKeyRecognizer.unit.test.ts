import { describe, expect, it } from 'vitest';
import { BASE62, fakeRandom, join } from '../../../test/support/fakeSecrets.ts';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { gcpApiKeyRecognizer } from './gcpApiKeyRecognizer.ts';

const key = join('AI', 'za', fakeRandom(`${BASE62}_-`, 35, 31));

describe('gcpApiKeyRecognizer', () => {
  it('reports a key with exact offsets', () => {
    expect(gcpApiKeyRecognizer.recognize(`maps key ${key}`)).toEqual([
      { start: 9, end: 48, label: 'SECRET', score: 0.95, recognizer: 'gcp_api_key' },
    ]);
  });

  it.each([
    ['34 characters after the prefix', key.slice(0, -1)],
    ['36 characters after the prefix', `${key}x`],
    ['a placeholder', join('AIza', 'x'.repeat(35))],
    ['glued to a word', `key${key}`],
  ])('ignores %s', (_why, text) => {
    expect(gcpApiKeyRecognizer.recognize(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(gcpApiKeyRecognizer);
  });
});
