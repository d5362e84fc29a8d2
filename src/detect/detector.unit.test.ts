import { describe, expect, it } from 'vitest';
import { createDetector, defaultRecognizers } from './detector.ts';
import { slackMrkdwnToText } from './extract/slackMrkdwn.ts';
import type { Finding } from './finding.ts';
import type { Recognizer } from './recognizer.ts';

const detector = createDetector();

function labelled(text: string): [string, string][] {
  return detector.detect(text).map((f) => [f.label, text.slice(f.start, f.end)]);
}

function fixed(findings: Finding[]): Recognizer {
  return { name: 'fixed', labels: ['PHONE'], recognize: () => findings };
}

describe('createDetector', () => {
  describe('on the Slack contract examples', () => {
    it('finds the e-mail and phone of example A at their offsets in the plain text', () => {
      const text = slackMrkdwnToText(
        "Heads up, I'm travelling this week. Reach me at <mailto:m.okafor@example.com|m.okafor@example.com> or +1 (312) 555-0117 &amp; my SSN for the benefits portal is 078-05-1120",
      );
      const findings = detector.detect(text);
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
      expect(labelled('Card for the conference booking: 4012 8888 8888 1881 exp 11/26')).toEqual([
        ['CREDIT_CARD', '4012 8888 8888 1881'],
      ]);
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
    expect(labelled(text)).toEqual([
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
    expect(createDetector({ minScore: 0 }).detect('ref 4155550132')).toHaveLength(1);
  });

  it('rejects a threshold outside 0..1', () => {
    expect(() => createDetector({ minScore: 1.5 })).toThrow(RangeError);
    expect(() => createDetector({ minScore: Number.NaN })).toThrow(RangeError);
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
