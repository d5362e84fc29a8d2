import { SyncRedactor } from 'redact-pii';
import { describe, expect, it } from 'vitest';
import { REDACT_PII_LABELS } from '../../eval/engineLabels.ts';

describe('REDACT_PII_LABELS', () => {
  it('knows every placeholder redact-pii writes', () => {
    const text =
      'Hello John Smith, card 4539 1488 0343 6467, 123 Main street, zip 94105, call 415-867-5309, ip 10.20.30.40, ' +
      'ssn 536-22-1234, m.okafor@globex-mail.com, username: bob, password: hunter2, credentials: bob / pw, ' +
      'ticket 44127 at https://example.org/x, thanks, Mary';
    const placeholders = new Set(redact(text).match(/\b[A-Z][A-Z_]{2,}\b/g) ?? []);
    expect([...placeholders].filter((p) => !(p in REDACT_PII_LABELS))).toEqual([]);
    expect(placeholders.size).toBeGreaterThanOrEqual(8);
  });
});

function redact(text: string): string {
  return new SyncRedactor().redact(text);
}
