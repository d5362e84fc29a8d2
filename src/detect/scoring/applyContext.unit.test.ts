import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.ts';
import { applyContext, CONTEXT_LOWER, CONTEXT_RAISE, createContextScorer } from './applyContext.ts';

/** A finding on the first occurrence of `match` in `text`. */
function on(text: string, match: string, score: number, label: string = 'PHONE'): Finding {
  const start = text.indexOf(match);
  if (start < 0) throw new Error(`${match} not in ${text}`);
  return { start, end: start + match.length, label: label as Finding['label'], score, recognizer: 'test' };
}

function scoreOf(text: string, match: string, score: number, label?: string): number | undefined {
  return applyContext(text, [on(text, match, score, label)])[0]?.score;
}

describe('applyContext', () => {
  it('raises a weak phone candidate over the default threshold when a phone word is near', () => {
    expect(scoreOf('call me on 4155550132', '4155550132', 0.4)).toBeCloseTo(0.61);
    expect(scoreOf('4155550132', '4155550132', 0.4)).toBe(0.4);
  });

  it('closes a share of the distance to 1 rather than adding, so only a certain finding scores 1', () => {
    expect(scoreOf('my mobile: +44 20 7123 4567', '+44 20 7123 4567', 0.7)).toBeCloseTo(1 - 0.3 * (1 - CONTEXT_RAISE));
    expect(scoreOf('my mobile: +44 20 7123 4567', '+44 20 7123 4567', 0.99)).toBeLessThan(1);
    expect(scoreOf('visa 4012888888881881', '4012888888881881', 1, 'CREDIT_CARD')).toBe(1);
  });

  it.each([
    ['US_SSN', 'my social   security number 078051123', '078051123', 0.3],
    ['CREDIT_CARD', 'Card: 4539 1488 0343 6467 exp 11/26', '4539 1488 0343 6467', 0.9],
    ['IBAN', 'wire it to DE89370400440532013000', 'DE89370400440532013000', 0.9],
    ['EMAIL', 'e-mail: m.okafor@globex-mail.com', 'm.okafor@globex-mail.com', 0.9],
  ])('raises %s with its own words', (label, text, match, score) => {
    expect(scoreOf(text, match, score, label)).toBeGreaterThan(score);
  });

  it("does not raise with another label's words", () => {
    expect(scoreOf('card 078051123', '078051123', 0.3, 'US_SSN')).toBe(0.3);
  });

  it.each([
    ['order 4155550132', '4155550132'],
    ['version 4.1.5', '4.1.5'],
    ['Order number is: 4155550132', '4155550132'],
    ['ticket #4155550132', '4155550132'],
    ['ticket no.4155550132', '4155550132'],
    ['PID=4155550132', '4155550132'],
    ['see tracking ID 4155550132', '4155550132'],
  ])('lowers a mostly-digit finding named by an identifier word: %j', (text, match) => {
    const score = scoreOf(text, match, 0.65);
    expect(score).toBeCloseTo(0.65 * (1 - CONTEXT_LOWER));
    expect(score).toBeLessThan(0.5);
  });

  it('keeps a checksum-strength finding over the default threshold when it is named', () => {
    expect(scoreOf('ref 4539148803436467', '4539148803436467', 0.9, 'CREDIT_CARD')).toBeGreaterThanOrEqual(0.5);
  });

  it('lets the naming word win over a raising word nearby', () => {
    expect(scoreOf('call about order 4155550132', '4155550132', 0.65)).toBeLessThan(0.65);
  });

  it('lowers only when the word names the number, right before it', () => {
    expect(scoreOf('the order shipped; call 4155550132', '4155550132', 0.65)).toBeGreaterThan(0.65);
    expect(scoreOf('4155550132 order', '4155550132', 0.65)).toBe(0.65);
  });

  it('does not lower a finding that is mostly letters', () => {
    expect(scoreOf('ticket ops42@globex-mail.com', 'ops42@globex-mail.com', 0.95, 'EMAIL')).toBe(0.95);
  });

  it('matches whole words only', () => {
    expect(scoreOf('excellent 4155550132', '4155550132', 0.4)).toBe(0.4);
    expect(scoreOf('reorder 4155550132', '4155550132', 0.65)).toBe(0.65);
  });

  it('ignores raising words outside the window', () => {
    expect(scoreOf(`phone ${'x '.repeat(30)}4155550132`, '4155550132', 0.4)).toBe(0.4);
  });

  it('works on labels added later, and never lowers a label with one of its own raising words', () => {
    const score = createContextScorer({ raising: { NATIONAL_ID: ['national id', 'id'] } });
    const text = 'id 12345678';
    expect(score(text, [on(text, '12345678', 0.3, 'NATIONAL_ID')])[0]?.score).toBeGreaterThan(0.5);
    // Under the default words "id" names the number as an identifier instead.
    expect(applyContext(text, [on(text, '12345678', 0.3, 'NATIONAL_ID')])[0]?.score).toBeLessThan(0.3);
  });

  it('does not lower when a qualifier makes the phrase name a personal identifier', () => {
    expect(scoreOf('national id 12345678901', '12345678901', 0.6, 'TR_NATIONAL_ID')).toBe(0.6);
    expect(scoreOf('my id is 078-05-1123', '078-05-1123', 0.6, 'US_SSN')).toBe(0.6);
    expect(scoreOf('the build id 12345678901', '12345678901', 0.6, 'TR_NATIONAL_ID')).toBeLessThan(0.5);
    const unqualified = createContextScorer({ qualifiers: [] });
    const text = 'national id 12345678901';
    expect(unqualified(text, [on(text, '12345678901', 0.6)])[0]?.score).toBeLessThan(0.5);
  });

  it('takes its words and factors from the options', () => {
    const score = createContextScorer({ raising: { PHONE: ['ring'] }, lowering: ['room'], raise: 0.5, lower: 1 });
    const ring = 'ring 4155550132';
    const room = 'room 4155550132';
    expect(score(ring, [on(ring, '4155550132', 0.4)])[0]?.score).toBeCloseTo(0.7);
    expect(score(room, [on(room, '4155550132', 0.9)])[0]?.score).toBe(0);
    const call = 'call 4155550132';
    expect(score(call, [on(call, '4155550132', 0.4)])[0]?.score).toBe(0.4);
  });

  it('rejects factors outside 0..1', () => {
    expect(() => createContextScorer({ raise: 1.5 })).toThrow(RangeError);
    expect(() => createContextScorer({ lower: Number.NaN })).toThrow(RangeError);
  });

  it('does not change its input', () => {
    const text = 'call me on 4155550132';
    const input = [on(text, '4155550132', 0.4)];
    const copy = structuredClone(input);
    applyContext(text, input);
    expect(input).toEqual(copy);
  });
});
