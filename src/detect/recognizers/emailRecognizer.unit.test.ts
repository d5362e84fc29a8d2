import { describe, expect, it } from 'vitest';
import { EMAIL, emailRecognizer } from './emailRecognizer.ts';

function spans(text: string): string[] {
  return emailRecognizer.recognize(text).map((f) => text.slice(f.start, f.end));
}

describe('emailRecognizer', () => {
  it('finds addresses with their exact offsets', () => {
    const text = 'try one of these emails: info@presidio.site or anotherinfo@presidio.site';
    expect(emailRecognizer.recognize(text)).toEqual([
      { start: 25, end: 43, label: 'EMAIL', score: 0.95, recognizer: 'email' },
      { start: 47, end: 72, label: 'EMAIL', score: 0.95, recognizer: 'email' },
    ]);
  });

  it.each([
    ['m.okafor+slack@example.co.uk', 'Reach me at m.okafor+slack@example.co.uk.'],
    ['user@xn--80ak6aa92e.com', 'my email is user@xn--80ak6aa92e.com today'],
    ['a@xn--d1acufc.xn--p1ai', 'a@xn--d1acufc.xn--p1ai'],
    ['josé.müller@beispiel.de', '(josé.müller@beispiel.de)'],
    ["o'brien@example.com", "write to o'brien@example.com"],
    ['first_last@sub.example.io', '<first_last@sub.example.io>'],
  ])('finds %s', (address, text) => {
    expect(spans(text)).toEqual([address]);
  });

  it.each([
    ['a domain without a top-level label', 'my email is info@presidio.'],
    ['no @ at all', 'this is not an email: hello-world here'],
    ['a package version', 'npm i @scope/pkg@1.2.3'],
    ['a mention', 'thanks @channel and @m.okafor'],
    ['an SSH remote', 'use git@github.com:acme/api.git as the remote'],
    ['a double dot', 'a..b@example.com'],
    ['a bare host', 'root@localhost'],
  ])('ignores %s', (_why, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('does not take a trailing dot into the address', () => {
    expect(spans('mail me at a@b.com.')).toEqual(['a@b.com']);
  });

  it('finds exactly what a scan with its pattern finds, looking only around each "@"', () => {
    // Pieces that make local parts, domains and their edges: specials, dots, other scripts, an
    // astral letter, a lone surrogate, doubled "@".
    const parts = ['a', 'Z', '1', '.', '_', '%', '+', "'", '-', '@', ' ', ':', '/', 'é', '𝒜', '\uDC00', 'x', 'com', 'example.org', '..', '@@', 'ü'];
    let state = 7;
    const next = (n: number): number => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % n;
    };
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let k = 1 + next(20); k > 0; k--) text += parts[next(parts.length)];
      const expected = [...text.matchAll(EMAIL)].filter((m) => !m[0].includes('..')).map((m) => [m.index, m.index + m[0].length]);
      expect(emailRecognizer.recognize(text).map((f) => [f.start, f.end]), JSON.stringify(text)).toEqual(expected);
    }
  });
});
