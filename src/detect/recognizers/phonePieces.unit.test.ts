import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../test/support/presidioCorpus.ts';
import { mayHoldNumber, phoneDigitMinimums } from './phoneDigitMinimums.ts';
import { DEFAULT_PARSE_BUDGET, MAX_PIECE_LENGTH, MESSAGE_SIZED, phoneParseBudget, phoneRuns, piecesOf } from './phonePieces.ts';

const US = phoneDigitMinimums('US');
const runsHolding = (text: string): string[] => phoneRuns(text, 1).filter((run) => mayHoldNumber(run, US)).map((run) => text.slice(run.start, run.end));

describe('phone pieces', () => {
  it('finds the runs a number read in the US can be in, and not dates, versions, IPs or build ids', () => {
    expect(runsHolding('call (415) 723-1234 or +44 20 7946 0018 today')).toEqual(['415) 723-1234', '44 20 7946 0018']);
    expect(runsHolding('released 2024-06-11T14:03:27Z as v12.4.1, build 48213, 10.117.181.234')).toEqual([]);
    expect(runsHolding('dial 011 44 20 7946 0018')).toEqual(['011 44 20 7946 0018']);
  });

  it('cuts runs at five punctuation marks in a row and at characters a number cannot contain', () => {
    expect(phoneRuns('415 -  -  723', 1).map((r) => r.digits)).toEqual(['415', '723']);
    expect(phoneRuns('415,723_1234', 1).map((r) => r.digits)).toEqual(['415', '723', '1234']);
    expect(phoneRuns('(415) 723-1234', 1)[0]).toMatchObject({ digits: '4157231234', groups: [0, 3, 6], plus: false });
    expect(phoneRuns('+1 415', 1)[0]?.plus).toBe(true);
  });

  it('reads a piece out to the characters no candidate can contain, and cuts a long one', () => {
    const text = 'my cell is (415) 723-1234 if the bridge drops';
    const [piece] = piecesOf(text, phoneRuns(text, 7));
    // "l" and "f" cannot be in a candidate; "is" and "i" can (extensions: "ext", "int").
    expect(text.slice(piece?.start, piece?.end)).toBe(' is (415) 723-1234 i');
    const long = '4155550132 '.repeat(100);
    const pieces = piecesOf(long, phoneRuns(long, 7));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.end - p.start <= MAX_PIECE_LENGTH)).toBe(true);
  });

  it('gives libphonenumber the same numbers piece by piece as over the whole text', () => {
    const texts = loadCorpus()
      .map((c) => c.text)
      .filter((t) => /\d{3}/.test(t) && t.length < MAX_PIECE_LENGTH);
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) {
      const whole = findPhoneNumbersInText(text, { defaultCountry: 'US' }).map((p) => [p.startsAt, p.endsAt, p.number.number]);
      const pieced = piecesOf(text, phoneRuns(text, 1)).flatMap(({ start, end }) => {
        const from = Math.max(0, start - 1);
        return findPhoneNumbersInText(text.slice(from, Math.min(text.length, end + 1)), { defaultCountry: 'US' }).map((p) => [
          p.startsAt + from,
          p.endsAt + from,
          p.number.number,
        ]);
      });
      expect(pieced, text).toEqual(whole);
    }
  });

  it('keeps the budget fixed for messages and grows it for longer texts', () => {
    expect(phoneParseBudget(40_000, DEFAULT_PARSE_BUDGET)).toBe(DEFAULT_PARSE_BUDGET);
    expect(phoneParseBudget(MESSAGE_SIZED + 10_000, DEFAULT_PARSE_BUDGET)).toBe(DEFAULT_PARSE_BUDGET + 5_000);
  });
});
