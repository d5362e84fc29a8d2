import { createTokenRecognizer } from './createTokenRecognizer.ts';

/**
 * Slack incoming webhook URLs: anyone holding one can post into the channel as the app. Workflow
 * trigger URLs carry the same kind of secret.
 */
export const slackWebhookRecognizer = createTokenRecognizer({
  name: 'slack_webhook',
  marker: 'hooks.slack.com/',
  pattern: /https?:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,40}|(?:workflows|triggers)\/T[A-Z0-9]{6,12}\/(?:[A-Za-z0-9]{6,20}\/)?\d{6,25}\/[A-Za-z0-9]{20,40})(?![A-Za-z0-9])/g,
  score: 0.95,
});
