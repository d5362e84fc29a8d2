import { describe, expect, it } from 'vitest';
import { BASE62, fakeRandom, join } from '../../../test/support/fakeSecrets.ts';
import { expectSafeOnAdversarialInputs } from '../../../test/support/recognizerSafety.ts';
import { slackWebhookRecognizer } from './slackWebhookRecognizer.ts';

const url = join('https://hooks.slack.com/', 'services/T024BE7LD/B07QWERTY1/', fakeRandom(BASE62, 24, 61));

describe('slackWebhookRecognizer', () => {
  it('reports an incoming webhook URL with exact offsets', () => {
    expect(slackWebhookRecognizer.recognize(`post to ${url} from CI`)).toEqual([
      { start: 8, end: 8 + url.length, label: 'SECRET', score: 0.95, recognizer: 'slack_webhook' },
    ]);
  });

  it('finds a workflow trigger URL', () => {
    const trigger = join('https://hooks.slack.com/', 'triggers/T024BE7LD/7012345678901/', fakeRandom(BASE62, 32, 62));
    expect(slackWebhookRecognizer.recognize(trigger)).toHaveLength(1);
  });

  it.each([
    ['the docs page', 'see https://api.slack.com/messaging/webhooks'],
    ['a placeholder', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    ['a truncated URL', 'https://hooks.slack.com/services/T024BE7LD/B07QWERTY1/'],
  ])('ignores %s', (_why, text) => {
    expect(slackWebhookRecognizer.recognize(text)).toEqual([]);
  });

  it('stays linear on adversarial input', () => {
    expectSafeOnAdversarialInputs(slackWebhookRecognizer);
  });
});
