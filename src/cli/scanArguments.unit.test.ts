import { describe, expect, it } from 'vitest';
import { isAppError } from '../core/appError.ts';
import { parseScanArguments } from './scanArguments.ts';

function refusal(argv: string[]): string {
  try {
    parseScanArguments(argv);
  } catch (error) {
    if (isAppError(error) && error.code === 'SCAN_ARGUMENTS_INVALID') return error.message;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(argv)}`);
}

describe('parseScanArguments', () => {
  it('takes positional arguments as the text, joined with spaces', () => {
    expect(parseScanArguments(['call', 'me', 'now'])).toEqual({
      mode: 'text',
      source: { kind: 'argument', text: 'call me now' },
      format: 'text',
      showValues: false,
      help: false,
      detectionEnv: {},
    });
  });

  it('passes detector flags on under the variables they override', () => {
    expect(parseScanArguments(['--profile', 'strict', '--allow-list', 'allow.txt', '--ignore-test-values', 'cards', 'x']).detectionEnv).toEqual({
      DETECTION_PROFILE: 'strict',
      DETECTION_ALLOW_LIST: 'allow.txt',
      DETECTION_IGNORE_TEST_VALUES: 'cards',
    });
    expect(() => parseScanArguments(['--allow-list', '', 'x'])).toThrow('--allow-list needs a path');
  });

  it('reads a file only with --file, and stdin with neither', () => {
    expect(parseScanArguments(['--file', 'a.log']).source).toEqual({ kind: 'file', path: 'a.log' });
    expect(parseScanArguments(['-f', 'a.log']).source).toEqual({ kind: 'file', path: 'a.log' });
    expect(parseScanArguments([]).source).toEqual({ kind: 'stdin' });
    expect(parseScanArguments(['a.log']).source).toEqual({ kind: 'argument', text: 'a.log' });
  });

  it('takes text starting with a dash after --', () => {
    expect(parseScanArguments(['--', '-5 degrees']).source).toEqual({ kind: 'argument', text: '-5 degrees' });
  });

  it('reads --format, --show-values, --jsonl and --help', () => {
    expect(parseScanArguments(['--format', 'json', '--show-values', 'x'])).toMatchObject({ format: 'json', showValues: true });
    expect(parseScanArguments(['--jsonl', '--file', 'c.jsonl'])).toMatchObject({ mode: 'jsonl', source: { kind: 'file', path: 'c.jsonl' } });
    expect(parseScanArguments(['--jsonl'])).toMatchObject({ mode: 'jsonl', source: { kind: 'stdin' } });
    expect(parseScanArguments(['-h']).help).toBe(true);
  });

  it('refuses what does not make sense, saying why', () => {
    expect(refusal(['--bogus'])).toContain("Unknown option '--bogus'");
    expect(refusal(['--format', 'yaml', 'x'])).toContain('--format must be one of text, json, got "yaml"');
    expect(refusal(['--format'])).toContain("Option '--format <value>' argument missing");
    expect(refusal(['--file', 'a.log', 'more text'])).toContain('not both');
    expect(refusal(['--file', ''])).toContain('--file needs a path');
    expect(refusal(['--jsonl', 'c.jsonl'])).toContain('--jsonl reads lines from --file <path> or from stdin');
    expect(refusal(['--jsonl', '--format', 'json'])).toContain('--format does not apply');
    expect(refusal(['--jsonl', '--show-values'])).toContain('--show-values does not apply');
  });
});
