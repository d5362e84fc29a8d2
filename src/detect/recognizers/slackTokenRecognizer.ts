import { createTokenRecognizer } from './createTokenRecognizer.ts';

/**
 * Slack tokens: bot (xoxb-), user (xoxp-), workspace app (xoxa-), refresh (xoxr-), legacy (xoxo-,
 * xoxs-) and app-level (xapp-) tokens. The pattern wants the real layout (numeric ids, then a
 * random part of 16 or more), so "xoxb-your-bot-token" in a README is not one.
 */
export const slackTokenRecognizer = createTokenRecognizer({
  name: 'slack_token',
  marker: 'x',
  pattern: /(?<![A-Za-z0-9_-])(?:xox[bpaors]-\d{6,20}(?:-\d{6,20}){0,3}-[A-Za-z0-9]{16,64}|xapp-\d-[A-Z0-9]{8,20}-\d{8,20}-[a-f0-9]{32,80})(?![A-Za-z0-9_-])/g,
  score: 0.95,
});
