import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.ts';
import { createAllowList, normalizeAllowedValue } from './allowList.ts';

function at(start: number, end: number, label: Finding['label'], score: number): Finding {
  return { start, end, label, score, recognizer: 'test' };
}

describe('normalizeAllowedValue', () => {
  it.each([
    ['(415) 555-0232', '4155550232'],
    ['+1 415.555.0232', '14155550232'],
    ['4539 1488 0343 6467', '4539148803436467'],
    [' Ops@Globex-Mail.COM ', 'ops@globex-mail.com'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
  ])('%j -> %j', (value, normalized) => {
    expect(normalizeAllowedValue(value)).toBe(normalized);
  });
});

describe('createAllowList', () => {
  const none = { testValues: false } as const;

  it('allows exact values whatever their formatting: digits by digits, e-mails case-insensitively', () => {
    const list = createAllowList({ ...none, entries: ['(415) 555-0232', 'Ops@Globex-Mail.com', 'DE89370400440532013000'] });
    expect(list.isAllowed('415.555.0232', 'PHONE')).toBe(true);
    expect(list.isAllowed('4155550232', 'PHONE')).toBe(true);
    expect(list.isAllowed('ops@globex-mail.com', 'EMAIL')).toBe(true);
    expect(list.isAllowed('DE89 3704 0044 0532 0130 00', 'IBAN')).toBe(true);
    expect(list.isAllowed('4155550233', 'PHONE')).toBe(false);
    expect(list.isAllowed('ops2@globex-mail.com', 'EMAIL')).toBe(false);
  });

  it('allows a pattern only when it matches the whole finding', () => {
    const list = createAllowList({ ...none, entries: [/[a-z]+@globex-mail\.com/i, /globex/g] });
    expect(list.isAllowed('Support@globex-mail.com', 'EMAIL')).toBe(true);
    expect(list.isAllowed('m.okafor@globex-mail.com', 'EMAIL')).toBe(false);
    expect(list.isAllowed('globex', 'PERSON')).toBe(true);
    // A g flag would make the second test start where the first stopped.
    expect(list.isAllowed('globex', 'PERSON')).toBe(true);
  });

  it('allows nothing with no entries and test values off', () => {
    expect(createAllowList(none).isAllowed('4242424242424242', 'CREDIT_CARD')).toBe(false);
  });

  it('treats published test values as allowed by default, each group configurable', () => {
    expect(createAllowList().isAllowed('4242 4242 4242 4242', 'CREDIT_CARD')).toBe(true);
    expect(createAllowList({ testValues: { cards: false } }).isAllowed('4242 4242 4242 4242', 'CREDIT_CARD')).toBe(false);
    expect(createAllowList({ testValues: { cards: false } }).isAllowed('m@example.com', 'EMAIL')).toBe(true);
  });

  describe('filter', () => {
    const text = 'card 4242 4242 4242 4242 or 4539 1488 0343 6467';
    const testCard = at(5, 24, 'CREDIT_CARD', 0.9);
    const realCard = at(28, 47, 'CREDIT_CARD', 0.9);

    it('drops allowed findings and keeps the rest', () => {
      expect(createAllowList().filter(text, [testCard, realCard])).toEqual([realCard]);
    });

    it('drops weaker findings inside an allowed one, keeps stronger or only overlapping ones', () => {
      const weakInside = at(10, 19, 'PHONE', 0.4);
      const strongInside = at(10, 19, 'PHONE', 0.95);
      const overlapping = at(20, 30, 'PHONE', 0.4);
      expect(createAllowList().filter(text, [testCard, weakInside, strongInside, overlapping])).toEqual([
        strongInside,
        overlapping,
      ]);
    });

    it('returns a copy and leaves its input alone', () => {
      const input = [realCard];
      const output = createAllowList().filter(text, input);
      expect(output).toEqual(input);
      expect(output).not.toBe(input);
    });
  });
});
