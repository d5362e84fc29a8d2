import { describe, expect, it } from 'vitest';
import { createAllowList } from './allowList.ts';
import { parseAllowList } from './parseAllowList.ts';

describe('parseAllowList', () => {
  it('reads values and /patterns/, skipping blanks and comments', () => {
    const parsed = parseAllowList('# our support line\n+1 (800) 555-0199\n\n  support@globex-mail.com  \n/\\+1 800 [\\d -]+/\n/TICKET-\\d+/i\n');
    expect(parsed).toEqual({ ok: true, entries: ['+1 (800) 555-0199', 'support@globex-mail.com', /\+1 800 [\d -]+/, /TICKET-\d+/i] });
  });

  it('lets a value start with / or # when escaped', () => {
    expect(parseAllowList('\\#hashtag\n\\/path/x/\n')).toEqual({ ok: true, entries: ['#hashtag', '/path/x/'] });
  });

  it('reports every bad line by number: uncompilable and catastrophic patterns', () => {
    const parsed = parseAllowList('ok value\n/(unclosed/\n/(a+)+b/\n/fine/\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(parsed.problems[0]?.message).toMatch(/does not compile/);
    expect(parsed.problems[1]?.message).toMatch(/backtrack/);
  });

  it('produces entries the allow-list uses as they are meant', () => {
    const parsed = parseAllowList('support@globex-mail.com\n/\\+1 800 [\\d -]+/\n');
    if (!parsed.ok) throw new Error('expected a valid list');
    const allow = createAllowList({ entries: parsed.entries, testValues: false });
    expect(allow.isAllowed('Support@Globex-Mail.com', 'EMAIL')).toBe(true);
    expect(allow.isAllowed('+1 800 555 0199', 'PHONE')).toBe(true);
    expect(allow.isAllowed('+1 415 800 0199', 'PHONE')).toBe(false);
  });
});
