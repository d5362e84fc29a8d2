import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Paths pino blanks out wherever they appear. Tokens and message text must never reach a log line;
 * this is the safety net behind the rule of not logging them in the first place.
 */
const redactPaths = [
  'token',
  '*.token',
  'botToken',
  'adminToken',
  'signingSecret',
  'encryptionKey',
  'text',
  '*.text',
  'content',
  '*.content',
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    { level, redact: { paths: redactPaths, censor: '[redacted]' }, base: { service: 'pii-detector' } },
    destination as pino.DestinationStream | undefined,
  );
}
