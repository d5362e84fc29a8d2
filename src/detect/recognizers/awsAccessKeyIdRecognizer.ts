import { createTokenRecognizer } from './createTokenRecognizer.ts';

/**
 * AWS access key ids: AKIA (long-term, an IAM user's) or ASIA (temporary, from STS) and 16 base32
 * characters. Half of a credential pair, but enough to identify the account and user, and the
 * secret is rarely far behind in a paste.
 */
export const awsAccessKeyIdRecognizer = createTokenRecognizer({
  name: 'aws_access_key_id',
  marker: 'A',
  pattern: /(?<![A-Za-z0-9])A(?:KIA|SIA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
  score: 0.95,
});
