import { parseArgs } from 'node:util';
import { AppError } from '../core/appError.ts';

/** Where the text to scan comes from. */
export type ScanSource = { kind: 'argument'; text: string } | { kind: 'file'; path: string } | { kind: 'stdin' };

export interface ScanArguments {
  /** `text`: one text, findings out. `jsonl`: lines `{"id","text"}` in, lines `{"id","spans"}` out. */
  mode: 'text' | 'jsonl';
  source: ScanSource;
  /** For `text` mode: a human-readable list, or one JSON document. */
  format: 'text' | 'json';
  /** Print the matched values themselves rather than masked ones. */
  showValues: boolean;
  help: boolean;
  /**
   * Detector settings given as flags, under the environment variables they override
   * (`--profile` → DETECTION_PROFILE, `--allow-list` → DETECTION_ALLOW_LIST,
   * `--ignore-test-values` → DETECTION_IGNORE_TEST_VALUES), so both are checked by one schema.
   */
  detectionEnv: Record<string, string>;
}

const FORMATS = ['text', 'json'] as const;

/**
 * Reads `pii-detector scan`'s arguments. The rule for input is deliberately simple: positional
 * arguments are always the text (joined with single spaces, so unquoted words work), a file is
 * always named with `--file`, and with neither the text is read from stdin. A positional argument
 * is never taken for a path, so a message that happens to name an existing file is still scanned as
 * text. Everything else that does not make sense together is refused, with the reason, rather than
 * silently ignored: a CI guard that quietly scans the wrong thing is worse than one that fails.
 */
export function parseScanArguments(argv: readonly string[]): ScanArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        file: { type: 'string', short: 'f' },
        format: { type: 'string' },
        jsonl: { type: 'boolean', default: false },
        'show-values': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        profile: { type: 'string' },
        'allow-list': { type: 'string' },
        'ignore-test-values': { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs names the option in its message ("Unknown option '--bogus'").
    throw invalid((error as Error).message);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const showValues = values['show-values'] === true;
  const mode = values.jsonl === true ? 'jsonl' : 'text';

  const format = values.format ?? 'text';
  if (!isFormat(format)) throw invalid(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  if (values.file === '') throw invalid('--file needs a path');
  if (values.file !== undefined && positionals.length > 0) {
    throw invalid('give the text as arguments or a file with --file, not both (a file path is only ever read with --file)');
  }
  if (mode === 'jsonl') {
    if (positionals.length > 0) throw invalid('--jsonl reads lines from --file <path> or from stdin, not from arguments');
    if (values.format !== undefined) throw invalid('--jsonl writes JSON lines; --format does not apply');
    if (showValues) throw invalid('--jsonl writes offsets only; --show-values does not apply');
  }

  const source: ScanSource =
    values.file !== undefined
      ? { kind: 'file', path: values.file }
      : positionals.length > 0
        ? { kind: 'argument', text: positionals.join(' ') }
        : { kind: 'stdin' };
  const detectionEnv: Record<string, string> = {};
  if (values.profile !== undefined) detectionEnv.DETECTION_PROFILE = values.profile;
  if (values['allow-list'] !== undefined) {
    if (values['allow-list'] === '') throw invalid('--allow-list needs a path');
    detectionEnv.DETECTION_ALLOW_LIST = values['allow-list'];
  }
  if (values['ignore-test-values'] !== undefined) detectionEnv.DETECTION_IGNORE_TEST_VALUES = values['ignore-test-values'];
  return { mode, source, format, showValues, help, detectionEnv };
}

function isFormat(value: string): value is (typeof FORMATS)[number] {
  return (FORMATS as readonly string[]).includes(value);
}

function invalid(message: string): AppError {
  return new AppError('SCAN_ARGUMENTS_INVALID', message);
}
