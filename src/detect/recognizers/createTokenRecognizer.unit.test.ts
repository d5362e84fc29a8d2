import { describe, expect, it } from 'vitest';
import { BASE62, fakeRandom } from '../../../test/support/fakeSecrets.ts';
import { createTokenRecognizer, isPlaceholder } from './createTokenRecognizer.ts';

const tok = createTokenRecognizer({
  name: 'tok',
  marker: 'tok_',
  pattern: /(?<![A-Za-z0-9_])tok_[A-Za-z0-9]{20}(?![A-Za-z0-9_])/g,
  score: 0.9,
  validate: (token) => !token.endsWith('0'),
});

describe('createTokenRecognizer', () => {
  it('reports matches as SECRET under its own name', () => {
    const token = `tok_${fakeRandom(BASE62, 19, 5)}A`;
    expect(tok.recognize(`x ${token}`)).toEqual([{ start: 2, end: 26, label: 'SECRET', score: 0.9, recognizer: 'tok' }]);
  });

  it('skips placeholders and what the validator rejects', () => {
    expect(tok.recognize(`tok_${'a'.repeat(20)}`)).toEqual([]);
    expect(tok.recognize(`tok_${fakeRandom(BASE62, 19, 5)}0`)).toEqual([]);
  });

  it('does not scan a text without the marker', () => {
    expect(tok.recognize('nothing here')).toEqual([]);
  });
});

describe('isPlaceholder', () => {
  it.each(['ghp_xxxxxxxxxxxxxxxxxxxx', 'AKIAIOSFODNN7EXAMPLE', 'AKIA0000000000000000', 'sk_live_your_key_here', 'tok_abababababababab'])(
    'is true for %s',
    (token) => {
      expect(isPlaceholder(token)).toBe(true);
    },
  );

  it('is false for a random token', () => {
    expect(isPlaceholder(`tok_${fakeRandom(BASE62, 24, 9)}`)).toBe(false);
  });
});
