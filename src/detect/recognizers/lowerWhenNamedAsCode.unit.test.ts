import { describe, expect, it } from 'vitest';
import { createIdRecognizer, NAMED_AS_TECHNICAL } from './createIdRecognizer.ts';
import { idPattern, WORD_END, WORD_START } from './idPattern.ts';
import { lowerWhenNamedAsCode } from './lowerWhenNamedAsCode.ts';

const inner = createIdRecognizer({
  name: 'test_code',
  label: 'UK_VEHICLE_REGISTRATION',
  context: /plate/i,
  validate: () => true,
  forms: [{ pattern: idPattern(WORD_START, String.raw`[A-Z]{2}\d{2}[A-Z]{3}`, WORD_END), scores: { alone: 0.6, withContext: 0.85 } }],
});
const recognizer = lowerWhenNamedAsCode(inner);

describe('lowerWhenNamedAsCode', () => {
  it('keeps the inner recognizer name, labels and patterns', () => {
    expect(recognizer.name).toBe(inner.name);
    expect(recognizer.labels).toEqual(inner.labels);
    expect(recognizer.patterns).toEqual(inner.patterns);
  });

  it.each(['promo code AB12CDE', 'sku: AB12CDE', 'image tag AB12CDE', 'the hash is AB12CDE', 'build AB12CDE', 'ticket #AB12CDE'])(
    'lowers a candidate named as a code in %j',
    (text) => {
      expect(recognizer.recognize(text).map((f) => f.score)).toEqual([NAMED_AS_TECHNICAL]);
    },
  );

  it.each(['AB12CDE', 'plate AB12CDE', 'the code review of AB12CDE went fine'])('leaves %j alone', (text) => {
    expect(recognizer.recognize(text)).toEqual(inner.recognize(text));
  });
});
