import { describe, expect, it } from 'vitest';
import { BASE62, HEX, fakeRandom, join } from '../../../test/support/fakeSecrets.ts';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { slackTokenRecognizer } from './slackTokenRecognizer.ts';

const secret = fakeRandom(BASE62, 24, 51);

describe('slackTokenRecognizer', () => {
  it('reports a bot token with exact offsets', () => {
    const token = join('xo', 'xb-123456789012-1234567890123-', secret);
    expect(slackTokenRecognizer.recognize(`SLACK_BOT_TOKEN=${token}`)).toEqual([
      { start: 16, end: 16 + token.length, label: 'SECRET', score: 0.95, recognizer: 'slack_token' },
    ]);
  });

  it.each(['xoxp', 'xoxa', 'xoxr', 'xoxs'])('finds a %s token', (prefix) => {
    expect(slackTokenRecognizer.recognize(join(prefix, '-123456789012-1234567890123-', secret))).toHaveLength(1);
  });

  it('finds an app-level token', () => {
    expect(slackTokenRecognizer.recognize(join('xa', 'pp-1-A0123ABCD45-1234567890123-', fakeRandom(HEX, 64, 52)))).toHaveLength(1);
  });

  it.each([
    ['a README placeholder', 'export SLACK_BOT_TOKEN=xoxb-your-bot-token'],
    ['a short random part', join('xoxb-123456789012-1234567890123-', 'abc123')],
    ['a placeholder random part', join('xoxb-123456789012-1234567890123-', 'x'.repeat(24))],
  ])('ignores %s', (_why, text) => {
    expect(slackTokenRecognizer.recognize(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(slackTokenRecognizer);
  });
});
