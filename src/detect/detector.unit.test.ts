import { describe, expect, it } from 'vitest';
import { createDetector, defaultRecognizers, type Detector } from './detector.ts';
import { slackMrkdwnToText } from './extract/slackMrkdwn.ts';
import type { Finding } from './finding.ts';
import type { Recognizer } from './recognizer.ts';

const detector = createDetector();
/**
 * The Slack contract's examples are built from published test values (example.com, 555-0117,
 * 4012 8888 8888 1881), which the default detector does not report; tests about offsets and labels
 * on them use this one.
 */
const reportingTestValues = createDetector({ testValues: false });

function labelled(text: string, by: Detector = detector): [string, string][] {
  return by.detect(text).map((f) => [f.label, text.slice(f.start, f.end)]);
}

function fixed(findings: Finding[]): Recognizer {
  return { name: 'fixed', labels: ['PHONE'], recognize: () => findings };
}

/** A recognizer with no context rules of its own: whatever context does is the detector's. */
function bare(pattern: RegExp, label: Finding['label'], score: number): Recognizer {
  return {
    name: 'bare',
    labels: [label],
    recognize: (text) =>
      [...text.matchAll(new RegExp(pattern.source, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        label,
        score,
        recognizer: 'bare',
      })),
  };
}

describe('createDetector', () => {
  describe('on the Slack contract examples', () => {
    it('finds the e-mail and phone of example A at their offsets in the plain text', () => {
      const text = slackMrkdwnToText(
        "Heads up, I'm travelling this week. Reach me at <mailto:m.okafor@example.com|m.okafor@example.com> or +1 (312) 555-0117 &amp; my SSN for the benefits portal is 078-05-1120",
      );
      const findings = reportingTestValues.detect(text);
      expect(findings.map(({ label, start, end }) => ({ label, start, end }))).toEqual([
        { label: 'EMAIL', start: 48, end: 68 },
        { label: 'PHONE', start: 72, end: 89 },
      ]);
      expect(text.slice(48, 68)).toBe('m.okafor@example.com');
      expect(text.slice(72, 89)).toBe('+1 (312) 555-0117');
    });

    it('does not report the Woolworth SSN of example A', () => {
      expect(labelled('my SSN for the benefits portal is 078-05-1120')).toEqual([]);
    });

    it('finds the card of example B', () => {
      expect(labelled('Card for the conference booking: 4012 8888 8888 1881 exp 11/26', reportingTestValues)).toEqual([
        ['CREDIT_CARD', '4012 8888 8888 1881'],
      ]);
    });

    it('reports nothing in examples A and B by default: every value in them is a published test value', () => {
      const a = slackMrkdwnToText(
        "Reach me at <mailto:m.okafor@example.com|m.okafor@example.com> or +1 (312) 555-0117 &amp; my SSN for the benefits portal is 078-05-1120",
      );
      expect(detector.detect(a)).toEqual([]);
      expect(detector.detect('Card for the conference booking: 4012 8888 8888 1881 exp 11/26')).toEqual([]);
    });

    it('reports the IBAN alone, not phone numbers inside it', () => {
      expect(labelled('Send the reimbursement to IBAN DE89 3704 0044 0532 0130 00 please')).toEqual([
        ['IBAN', 'DE89 3704 0044 0532 0130 00'],
      ]);
    });
  });

  it('finds every label in one message, sorted by start', () => {
    const text =
      'ssn 078-05-1123, card 5555 5555 5555 4444, iban GB29 NWBK 6016 1331 9268 19, cell +44 20 7123 4567, mail a@b.io';
    // 5555 5555 5555 4444 is Stripe's test Mastercard.
    expect(labelled(text, reportingTestValues)).toEqual([
      ['US_SSN', '078-05-1123'],
      ['CREDIT_CARD', '5555 5555 5555 4444'],
      ['IBAN', 'GB29 NWBK 6016 1331 9268 19'],
      ['PHONE', '+44 20 7123 4567'],
      ['EMAIL', 'a@b.io'],
    ]);
  });

  it('drops findings under the threshold before resolving overlaps', () => {
    const weakLong: Finding = { start: 0, end: 20, label: 'PHONE', score: 0.3, recognizer: 'fixed' };
    const strongShort: Finding = { start: 5, end: 10, label: 'PHONE', score: 0.6, recognizer: 'fixed' };
    const findings = createDetector({ recognizers: [fixed([weakLong, strongShort])] }).detect('x');
    expect(findings).toEqual([strongShort]);
  });

  it('takes its threshold from the options', () => {
    const finding: Finding = { start: 0, end: 5, label: 'PHONE', score: 0.4, recognizer: 'fixed' };
    expect(createDetector({ recognizers: [fixed([finding])] }).detect('x')).toEqual([]);
    expect(createDetector({ recognizers: [fixed([finding])], minScore: 0.4 }).detect('x')).toEqual([finding]);
    // 415-555-0132 is in the fictional 555-01xx range.
    expect(createDetector({ minScore: 0, testValues: false }).detect('ref 4155550132')).toHaveLength(1);
  });

  it('rejects a threshold outside 0..1', () => {
    expect(() => createDetector({ minScore: 1.5 })).toThrow(RangeError);
    expect(() => createDetector({ minScore: Number.NaN })).toThrow(RangeError);
  });

  describe('context', () => {
    // 212-555-0232 is outside the fictional 555-01xx range, so test values do not interfere.
    const weakPhone = bare(/\d{10}/, 'PHONE', 0.4);
    const formattedPhone = bare(/\d{3}-\d{3}-\d{4}/, 'PHONE', 0.65);

    it('lifts a weak candidate over the threshold when a phone word is near', () => {
      const withContext = createDetector({ recognizers: [weakPhone] });
      expect(labelled('call me on 2125550232', withContext)).toEqual([['PHONE', '2125550232']]);
      expect(labelled('2125550232', withContext)).toEqual([]);
      expect(labelled('call me on 2125550232', createDetector({ recognizers: [weakPhone], context: false }))).toEqual([]);
    });

    it('sinks a candidate that an identifier word names', () => {
      const withContext = createDetector({ recognizers: [formattedPhone] });
      expect(labelled('order 212-555-0232 was refunded', withContext)).toEqual([]);
      expect(labelled('reach me at 212-555-0232', withContext)).toEqual([['PHONE', '212-555-0232']]);
    });

    it('sinks an SSN-shaped identifier but not an SSN', () => {
      expect(labelled('ticket 078-05-1123 is a duplicate')).toEqual([]);
      expect(labelled('serial no. 078-05-1123')).toEqual([]);
      expect(labelled('my SSN is 078-05-1123')).toEqual([['US_SSN', '078-05-1123']]);
      expect(labelled('SSN id: 078-05-1123')).toEqual([['US_SSN', '078-05-1123']]);
      expect(labelled('my id is 078-05-1123')).toEqual([['US_SSN', '078-05-1123']]);
    });

    it('keeps a checksum-validated card that an identifier word names', () => {
      expect(labelled('ref 4539 1488 0343 6467')).toEqual([['CREDIT_CARD', '4539 1488 0343 6467']]);
    });
  });

  describe('allow-list and test values', () => {
    it('drops allow-listed values and patterns, and nothing else', () => {
      const withList = createDetector({ allowList: ['OPS@globex-mail.com', /\+1 800 [\d ]+/] });
      const text = 'mail ops@globex-mail.com or m.okafor@globex-mail.com, hotline +1 800 225 5288, me +1 415 867 5309';
      expect(labelled(text, withList)).toEqual([
        ['EMAIL', 'm.okafor@globex-mail.com'],
        ['PHONE', '+1 415 867 5309'],
      ]);
    });

    it.each([
      ['cards', 'card 4242 4242 4242 4242', ['CREDIT_CARD', '4242 4242 4242 4242']],
      ['phones', 'call me at (312) 555-0117', ['PHONE', '(312) 555-0117']],
      ['emails', 'mail m.okafor@example.com', ['EMAIL', 'm.okafor@example.com']],
    ] as const)('treats the %s group as not PII by default, and reports it when the group is off', (group, text, found) => {
      expect(labelled(text)).toEqual([]);
      expect(labelled(text, createDetector({ testValues: { [group]: false } }))).toEqual([found]);
      expect(labelled(text, reportingTestValues)).toEqual([found]);
    });

    it('treats the ssns and ips groups as not PII for recognizers that would report them', () => {
      const recognizers = [bare(/\d{3}-\d{2}-\d{4}/, 'US_SSN', 0.9), bare(/\d+\.\d+\.\d+\.\d+/, 'IP_ADDRESS', 0.9)];
      const text = 'ssn 219-09-9999 and 078-05-1123, hosts 192.0.2.10 and 8.8.8.8';
      expect(labelled(text, createDetector({ recognizers }))).toEqual([
        ['US_SSN', '078-05-1123'],
        ['IP_ADDRESS', '8.8.8.8'],
      ]);
      expect(labelled(text, createDetector({ recognizers, testValues: { ssns: false, ips: false } }))).toHaveLength(4);
    });

    it('drops weaker findings inside a test value before they can stand in for it', () => {
      const card: Finding = { start: 5, end: 24, label: 'CREDIT_CARD', score: 0.9, recognizer: 'fixed' };
      const digitsInside: Finding = { start: 10, end: 19, label: 'PHONE', score: 0.6, recognizer: 'fixed' };
      const recognizers = [fixed([card, digitsInside])];
      const text = 'card 4242 4242 4242 4242';
      expect(createDetector({ recognizers, context: false }).detect(text)).toEqual([]);
      expect(createDetector({ recognizers, context: false, testValues: false }).detect(text)).toEqual([card]);
    });

    it('rejects an unknown test value group', () => {
      expect(() => createDetector({ testValues: { card: false } as never })).toThrow(TypeError);
    });
  });

  describe('per-label thresholds', () => {
    const text = 'mail m.okafor@globex-mail.com, call +44 20 7123 4567';

    it('applies a label its own threshold and the default to the rest', () => {
      expect(labelled(text, createDetector({ minScore: { default: 0.5, PHONE: 0.95 } }))).toEqual([
        ['EMAIL', 'm.okafor@globex-mail.com'],
      ]);
      expect(labelled(text, createDetector({ minScore: { default: 0.99, PHONE: 0.5 } }))).toEqual([
        ['PHONE', '+44 20 7123 4567'],
      ]);
    });

    it('can let a weak label through without lowering the others', () => {
      const recognizers = [bare(/\d{10}/, 'PHONE', 0.4), bare(/(?<!\d)\d{9}(?!\d)/, 'US_SSN', 0.3)];
      expect(labelled('2125550232 or 078051123', createDetector({ recognizers, minScore: { PHONE: 0.4 } }))).toEqual([
        ['PHONE', '2125550232'],
      ]);
    });

    it('rejects a per-label threshold outside 0..1', () => {
      expect(() => createDetector({ minScore: { PHONE: 2 } })).toThrow(RangeError);
    });
  });

  it('runs only the recognizers it is given', () => {
    const emailOnly = createDetector({ recognizers: defaultRecognizers.filter((r) => r.name === 'email') });
    expect(emailOnly.detect('a@b.io 078-05-1123').map((f) => f.label)).toEqual(['EMAIL']);
  });

  it('finds nothing in an empty message', () => {
    expect(detector.detect('')).toEqual([]);
  });

  // A clean message flagged is a message deleted: none of these may produce anything.
  it.each([
    'Shipped v2.3.14 to staging, please smoke test',
    'release 1.2.3 is out, changelog in the usual place',
    'Can we move standup to 10:30? I have a conflict at 9:45',
    'Lunch at 12:15 tomorrow, 2024-05-14, at the usual place',
    'The offsite is 05/21/2024 - 05/23/2024, book travel by 4/30',
    'JIRA-4521 is blocked on PLAT-118, see the thread',
    'The new plan costs $1,299.99 per year, or €129 a month',
    'Service is listening on port 8080, metrics on 9090',
    'Ping 10.0.0.12 and 192.168.1.254 before the deploy',
    'The CDN edge at 212.58.244.20 is flapping again',
    'Order #20240512345 shipped yesterday',
    'order number 4155550132 was refunded',
    'call me at 3pm if that works',
    'Build 20240514.3 failed on the linux-arm64 runner',
    'we had 1,234,567 signups last quarter, up 12.5%',
    'Latency p99 went from 850ms to 1200ms after 14:02 UTC',
    'Room 4012 on floor 3, bring your laptop',
    "I'll be out 12/24 through 01/02, back on Jan 3rd",
    'Sprint 42 ends Friday; retro at 4pm in Zoom room 5551234',
    'Commit a1b2c3d4 fixed the flaky test in 3 of 5 runs',
    'The UUID is 123e4567-e89b-12d3-a456-426614174000',
    'Use node 22.18.0 or later, npm 10.8.2',
    'ISBN 978-3-16-148410-0 is the book I mentioned',
    'Our ticket count went from 3456 to 2890 this week',
    'Please review PR #12345 and #12346 before EOD',
    'Coordinates are 37.7749, -122.4194',
    'Timestamp 1714053201.004519 is when it broke',
    'Invoice INV-2024-000123 for 2,500.00 USD is paid',
    'The docker image sha256:9f86d081884c7d659a2feaa0c55ad015 is tagged latest',
    'Meeting ID 845 2231 9087, passcode 123456',
    'Version 10.15.7 of macOS broke the VPN client',
    'Table has 48 columns and 1000000 rows',
    'CPU at 93.5% on worker-7 since 03:00',
    'use git@github.com:acme/api.git as the remote',
    'Slack message ts 1714055012.118209 in channel C0G9QF9GW',
    'Deploying build 2024.05.14.1 at 18:00 CET',
    'The account id 123456789012 belongs to the staging AWS org',
    'Try npm i @scope/pkg@1.2.3 then rerun',
    'Ticket 8675309 is a duplicate',
    'thanks <@U2147483697>, merged in <#C0G9QF9GW|eng-backend>',
  ])('finds nothing in %j', (message) => {
    expect(detector.detect(slackMrkdwnToText(message))).toEqual([]);
  });
});
