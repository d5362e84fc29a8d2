import type { Finding } from '../finding.ts';
import { hasNearbyContext } from '../hasNearbyContext.ts';
import { shannonEntropy } from '../validators/shannonEntropy.ts';
import type { PatternRecognizer } from './createIdRecognizer.ts';
import { isPlaceholder } from './createTokenRecognizer.ts';

/** 40 base64 characters: the secret half of an AWS key pair. */
const SECRET_KEY = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

/** Only these words (or an access key id nearby) make 40 base64 characters an AWS secret. */
const AWS_SECRET_CONTEXT =
  /aws_secret_access_key|secret_access_key|secretaccesskey|aws[_ -]?secret|secret[_ -]access[_ -]key|A(?:KIA|SIA)[A-Z2-7]{16}/i;
const CONTEXT_WINDOW = { before: 80, after: 20 };

/** Random base64 of 40 characters is about 5 bits per character; a path or a word list is not. */
const MIN_ENTROPY = 4;

/**
 * AWS secret access keys. Forty base64 characters are also a git blob path, a hash, a sentence
 * in base64: the key is reported only next to its name or to an access key id.
 */
export const awsSecretAccessKeyRecognizer: PatternRecognizer = {
  name: 'aws_secret_access_key',
  labels: ['SECRET'],
  patterns: [SECRET_KEY],
  // Every alternative of AWS_SECRET_CONTEXT holds one of these, in any case.
  mayMatch: (features) => ['secret', 'akia', 'asia'].some((word) => features.lowerCase.includes(word)),
  recognize(text: string): Finding[] {
    if (!AWS_SECRET_CONTEXT.test(text)) return [];
    const findings: Finding[] = [];
    for (const m of text.matchAll(SECRET_KEY)) {
      const key = m[0];
      // Mixed case and digits, as every generated key has; not a hex digest.
      if (!/[a-z]/.test(key) || !/[A-Z]/.test(key) || !/\d/.test(key)) continue;
      if (isPlaceholder(key) || shannonEntropy(key) < MIN_ENTROPY) continue;
      const start = m.index;
      const end = start + key.length;
      if (!hasNearbyContext(text, start, end, AWS_SECRET_CONTEXT, CONTEXT_WINDOW)) continue;
      findings.push({ start, end, label: 'SECRET', score: 0.95, recognizer: 'aws_secret_access_key' });
    }
    return findings;
  },
};
