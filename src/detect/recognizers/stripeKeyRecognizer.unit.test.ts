import { describe, expect, it } from 'vitest';
import { BASE62, fakeRandom, join } from '../../../test/support/fakeSecrets.ts';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { stripeKeyRecognizer } from './stripeKeyRecognizer.ts';

const body = fakeRandom(BASE62, 24, 71);

describe('stripeKeyRecognizer', () => {
  it('reports a live secret key with exact offsets', () => {
    expect(stripeKeyRecognizer.recognize(`STRIPE_SECRET_KEY=${join('sk', '_live_', body)}`)).toEqual([
      { start: 18, end: 50, label: 'SECRET', score: 0.95, recognizer: 'stripe_key' },
    ]);
  });

  it('finds a live restricted key', () => {
    expect(stripeKeyRecognizer.recognize(join('rk', '_live_', body, body))).toHaveLength(1);
  });

  it.each([
    ['a test-mode key', join('sk', '_test_', body)],
    ['a publishable key', join('pk', '_live_', body)],
    ['a short body', join('sk', '_live_', 'abc123')],
  ])('ignores %s', (_why, text) => {
    expect(stripeKeyRecognizer.recognize(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(stripeKeyRecognizer);
  });
});
