import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The real CLI in a child process: exit codes and stdin are what a CI step sees, not a function's return. */
const BIN = fileURLToPath(new URL('../../bin/pii-detector.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/files/', import.meta.url));

function scan(args: string[], input?: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, 'scan', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
    // Without input the child's stdin is an empty pipe, as in a CI step with nothing piped in.
    input: input ?? '',
  });
}

// Real-looking values that are not published test values (those are not reported by default).
const EMAIL = 'm.okafor@globex-mail.com';
const CARD = '4539 1488 0343 6467';
const WITH_PII = `Reach me at ${EMAIL}, card ${CARD}`;
const CLEAN = 'release v2.14.3 is out, build 20240611.4, see PROJ-4411 on port 8443';

describe('pii-detector scan', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'piid-scan-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 0 and says so when the text is clean', () => {
    const result = scan([CLEAN]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('No PII found.\n');
  });

  it('exits 1 on PII and masks every value by default', () => {
    const result = scan([WITH_PII]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('2 findings (EMAIL 1, CREDIT_CARD 1)');
    expect(result.stdout).toMatch(/EMAIL\s+1:13\s+12-36\s+m\.\*{6}@\*{6}-\*{4}\.\*{3}/);
    expect(result.stdout).toContain('45** **** **** ****');
    expect(result.stdout).not.toContain(EMAIL);
    expect(result.stdout).not.toContain(CARD);
    expect(result.stdout).not.toContain('okafor');
    expect(result.stderr).toBe('');
  });

  it('prints the values only with --show-values', () => {
    const result = scan(['--show-values', WITH_PII]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(JSON.stringify(EMAIL));
    expect(result.stdout).toContain(JSON.stringify(CARD));
  });

  it('joins unquoted words into one text', () => {
    const result = scan(['--format', 'json', 'mail', EMAIL]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ findings: [{ start: 5, end: 5 + EMAIL.length, label: 'EMAIL' }] });
  });

  it('reads stdin when no text is given', () => {
    expect(scan([], `line one\n${WITH_PII}\n`).status).toBe(1);
    const located = scan([], `line one\n${WITH_PII}\n`);
    expect(located.stdout).toMatch(/EMAIL\s+2:13\s+21-45/);
    expect(scan([], `${CLEAN}\n`).status).toBe(0);
  });

  it('exits 0 on empty input but says that nothing was scanned', () => {
    const empty = scan([]);
    expect(empty.status).toBe(0);
    expect(empty.stdout).toBe('No PII found.\n');
    expect(empty.stderr).toContain('the input (stdin) is empty');
  });

  it('reads a file with --file, and scans a positional path as text, never as a file', async () => {
    const file = path.join(dir, 'notes.txt');
    await writeFile(file, `${CLEAN}\n${WITH_PII}\n`);
    const fromFile = scan(['--file', file, '--format', 'json']);
    expect(fromFile.status, fromFile.stderr).toBe(1);
    const body = JSON.parse(fromFile.stdout) as { findings: Record<string, unknown>[]; counts: Record<string, number> };
    expect(body.counts).toEqual({ EMAIL: 1, CREDIT_CARD: 1 });
    expect(Object.keys(body.findings[0] ?? {}).sort()).toEqual(['end', 'label', 'recognizer', 'score', 'start']);
    expect(fromFile.stdout).not.toContain(EMAIL);
    expect(scan([file]).status).toBe(0);
  });

  it('reads PDF and DOCX files into text first, and refuses one it cannot read (exit 2, never "clean")', () => {
    for (const name of ['contact.pdf', 'contact.docx']) {
      const result = scan(['--format', 'json', '--file', path.join(FIXTURES, name)]);
      expect(result.status, `${name}: ${result.stderr}`).toBe(1);
      const labels = (JSON.parse(result.stdout) as { findings: { label: string }[] }).findings.map((f) => f.label);
      expect(labels, name).toEqual(expect.arrayContaining(['EMAIL', 'US_SSN']));
    }
    const encrypted = scan(['--file', path.join(FIXTURES, 'contact-encrypted.pdf')]);
    expect(encrypted.status).toBe(2);
    expect(encrypted.stderr).toMatch(/SCAN_INPUT_UNREADABLE: cannot read text from .*contact-encrypted\.pdf \(encrypted/);
  });

  it('exits 2 naming the problem: unknown flag, bad format, unreadable file', () => {
    const flag = scan(['--bogus', 'text']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("SCAN_ARGUMENTS_INVALID: Unknown option '--bogus'");
    expect(flag.stderr).toContain('Usage: pii-detector scan');
    expect(flag.stdout).toBe('');

    const format = scan(['--format', 'xml', 'text']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format must be one of text, json');

    const missing = scan(['--file', path.join(dir, 'nope.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('SCAN_INPUT_UNREADABLE');
    expect(missing.stderr).toContain('nope.txt');

    const directory = scan(['--file', dir]);
    expect(directory.status).toBe(2);
    expect(directory.stderr).toContain('SCAN_INPUT_UNREADABLE');
  });

  describe('--jsonl', () => {
    const lines = [
      { id: 'a', text: WITH_PII },
      { id: 'b', text: CLEAN },
      { id: 7, text: `mail ${EMAIL}`, spans: [], scope: ['EMAIL'] },
    ];
    const input = `${lines.map((line) => JSON.stringify(line)).join('\n')}\n\n`;

    it('writes one {"id","spans"} line per input line, in order, and exits 1 when any has PII', () => {
      const result = scan(['--jsonl'], input);
      expect(result.status, result.stderr).toBe(1);
      const out = result.stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: unknown; spans: { start: number; end: number; label: string; score: number }[] });
      expect(out.map((line) => line.id)).toEqual(['a', 'b', 7]);
      expect(out[0]?.spans.map(({ start, end, label }) => ({ start, end, label }))).toEqual([
        { start: 12, end: 36, label: 'EMAIL' },
        { start: 43, end: 62, label: 'CREDIT_CARD' },
      ]);
      expect(Object.keys(out[0]?.spans[0] ?? {}).sort()).toEqual(['end', 'label', 'score', 'start']);
      expect(out[1]?.spans).toEqual([]);
      expect(out[2]?.spans).toMatchObject([{ start: 5, end: 5 + EMAIL.length, label: 'EMAIL' }]);
    });

    it('reads the same lines from --file', async () => {
      const file = path.join(dir, 'cases.jsonl');
      await writeFile(file, input);
      const fromFile = scan(['--jsonl', '--file', file]);
      expect(fromFile.status).toBe(1);
      expect(fromFile.stdout).toBe(scan(['--jsonl'], input).stdout);
    });

    it('exits 0 when no line has PII', () => {
      const result = scan(['--jsonl'], `${JSON.stringify({ id: 'b', text: CLEAN })}\n`);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('{"id":"b","spans":[]}\n');
    });

    it('exits 2 on a bad line and names it', () => {
      const notJson = scan(['--jsonl'], `${JSON.stringify({ id: 'a', text: 'fine' })}\n{"id": "b", "text": \n`);
      expect(notJson.status).toBe(2);
      expect(notJson.stderr).toContain('SCAN_JSONL_INVALID: line 2: not JSON');
      expect(notJson.stdout).toBe('{"id":"a","spans":[]}\n');

      const noText = scan(['--jsonl'], `\n${JSON.stringify({ id: 'a' })}\n`);
      expect(noText.status).toBe(2);
      expect(noText.stderr).toContain('line 2: text is required');

      const notObject = scan(['--jsonl'], '[1, 2]\n');
      expect(notObject.status).toBe(2);
      expect(notObject.stderr).toContain('line 1: expected an object {"id", "text"}');
    });

    it('refuses text arguments: a file is given with --file', () => {
      const result = scan(['--jsonl', 'cases.jsonl']);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('--jsonl reads lines from --file <path> or from stdin');
    });
  });

  describe('detector settings', () => {
    const ROUTING = 'the number is 121000358';
    const TEST_CARD = 'try 4242 4242 4242 4242';

    it('chat by default; --profile strict (or DETECTION_PROFILE) also reports bare checksum-valid ids and test values', () => {
      expect(scan([ROUTING]).status).toBe(0);
      expect(scan([TEST_CARD]).status).toBe(0);
      const strict = scan(['--profile', 'strict', '--format', 'json', ROUTING]);
      expect(strict.status, strict.stderr).toBe(1);
      expect(scan([TEST_CARD], undefined, { DETECTION_PROFILE: 'strict' }).status).toBe(1);
      // The flag wins over the variable.
      expect(scan(['--profile', 'chat', TEST_CARD], undefined, { DETECTION_PROFILE: 'strict' }).status).toBe(0);
    });

    it('--ignore-test-values none reports published test values under chat', () => {
      expect(scan(['--ignore-test-values', 'none', TEST_CARD]).status).toBe(1);
      expect(scan(['--ignore-test-values', 'phones', TEST_CARD]).status).toBe(1);
      expect(scan(['--ignore-test-values', 'cards', TEST_CARD]).status).toBe(0);
    });

    it('--allow-list drops the listed values and patterns', async () => {
      const list = path.join(dir, 'allow.txt');
      await writeFile(list, `# the shared mailbox\n${EMAIL}\n/45\\d\\d( \\d{4}){3}/\n`);
      const result = scan(['--allow-list', list, WITH_PII]);
      expect(result.status, result.stderr).toBe(0);
      expect(scan([WITH_PII], undefined, { DETECTION_ALLOW_LIST: list }).status).toBe(0);
    });

    it('exits 2 naming the problem: a bad profile, a missing list, a bad pattern line', async () => {
      const badProfile = scan(['--profile', 'loose', 'x']);
      expect(badProfile.status).toBe(2);
      expect(badProfile.stderr).toContain('DETECTION_PROFILE: must be chat or strict');
      const missing = scan(['--allow-list', path.join(dir, 'nope.txt'), 'x']);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('DETECTION_ALLOW_LIST: cannot read');
      const bad = path.join(dir, 'bad.txt');
      await writeFile(bad, 'fine\n/(a+)+$/\n');
      const badLine = scan(['--allow-list', bad, 'x']);
      expect(badLine.status).toBe(2);
      expect(badLine.stderr).toContain(`${bad}:2:`);
      const badGroups = scan(['--ignore-test-values', 'cards,faxes', 'x']);
      expect(badGroups.status).toBe(2);
      expect(badGroups.stderr).toContain('DETECTION_IGNORE_TEST_VALUES: must be all, none, or a comma-separated list');
    });
  });
});
