import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { AppError, isAppError } from '../core/appError.ts';
import { loadDetectionSettings } from '../config/config.ts';
import type { Detector } from '../detect/detector.ts';
import { createConfiguredDetector } from '../scan/createConfiguredDetector.ts';
import { scanText } from '../scan/scanText.ts';
import { formatHuman, formatJson } from './formatScanResult.ts';
import { readScanFile } from './readScanFile.ts';
import { parseScanArguments, type ScanArguments, type ScanSource } from './scanArguments.ts';
import { scanJsonLine } from './scanJsonLine.ts';

export const SCAN_USAGE = `Usage: pii-detector scan [options] [text...]

Scans text for personal data. The text is, in this order of precedence:
  --file <path>, -f   the contents of a file (a path is only ever read with --file); PDF, DOCX,
                      XLSX and images (OCR) are read into text first
  text...             the arguments, joined with spaces (use -- before text starting with "-")
  stdin               when neither is given:  git log -p | pii-detector scan

Options:
  --format text|json  text (default): one line per finding, values masked.
                      json: {"findings":[{start,end,label,score,recognizer}],"counts":{...}}
  --show-values       print the matched values instead of masked ones
  --jsonl             read lines {"id","text"} (from --file or stdin) and write lines
                      {"id","spans":[{start,end,label,score}]}, labels as in the shared PII corpus
  --profile chat|strict
                      chat (default): what a chat message needs to be flagged; strict: report
                      everything a validator accepts (bare checksum-valid ids, test values, every
                      IP range), for logs, exports and files
  --allow-list <path> allowed values and /patterns/, one a line (# comments)
  --ignore-test-values all|none|cards,phones,emails,ssns,ips
                      published test values not reported (default: all under chat, none under strict)
  --help, -h          show this text

The same settings come from DETECTION_PROFILE, DETECTION_ALLOW_LIST and DETECTION_IGNORE_TEST_VALUES
in the environment; a flag wins over its variable.

Exit status: 0 no PII found, 1 PII found (in any line), 2 error (bad argument, unreadable input,
bad JSONL line; the message names it). So it can guard a CI step:  pii-detector scan -f out.log
`;

export interface ScanIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
  /** DETECTION_* settings are read from here (default `process.env`). */
  env?: Record<string, string | undefined>;
}

/** Exit codes: a CI step fails on 1 (PII) and on 2 (the guard itself could not run). */
export const EXIT = { clean: 0, piiFound: 1, error: 2 } as const;

/**
 * `pii-detector scan`: the default detector over one text or a JSONL stream. Returns the exit code
 * instead of exiting, so the dispatcher owns the process and a test can run it in-process too.
 * Every error, expected or not, is exit 2: a guard that crashed must not pass as "no PII".
 */
export async function runScanCommand(argv: readonly string[], io: ScanIo, given?: Detector): Promise<number> {
  try {
    const args = parseScanArguments(argv);
    if (args.help) {
      await write(io.stdout, SCAN_USAGE);
      return EXIT.clean;
    }
    const detector = given ?? createConfiguredDetector(loadDetectionSettings({ ...(io.env ?? process.env), ...args.detectionEnv }));
    const found = args.mode === 'jsonl' ? await scanJsonLines(args.source, io, detector) : await scanOneText(args, io, detector);
    return found ? EXIT.piiFound : EXIT.clean;
  } catch (error) {
    const message = isAppError(error) ? `${error.code}: ${error.message}\n` : `INTERNAL: ${(error as Error).stack ?? String(error)}\n`;
    const hint = isAppError(error) && error.code === 'SCAN_ARGUMENTS_INVALID' ? `\n${SCAN_USAGE}` : '';
    await write(io.stderr, message + hint);
    return EXIT.error;
  }
}

async function scanOneText(args: ScanArguments, io: ScanIo, detector: Detector): Promise<boolean> {
  const text = await readText(args.source, io);
  // Still exit 0, but say so: a CI step whose variable expanded to nothing should not pass unnoticed.
  if (text.length === 0) await write(io.stderr, `pii-detector scan: the input (${describe(args.source)}) is empty; nothing was scanned\n`);
  const result = scanText(detector, text);
  const options = { showValues: args.showValues };
  await write(io.stdout, args.format === 'json' ? formatJson(result, text, options) : formatHuman(result, text, options));
  return result.containsPii;
}

/** Line by line, writing as it goes, so a large file is never held whole and output starts at once. */
async function scanJsonLines(source: ScanSource, io: ScanIo, detector: Detector): Promise<boolean> {
  const input = source.kind === 'file' ? await openFile(source.path) : stdinOrRefuse(io);
  let found = false;
  let lineNumber = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      lineNumber++;
      const scanned = scanJsonLine(detector, line, lineNumber);
      if (scanned === undefined) continue;
      found ||= scanned.containsPii;
      await write(io.stdout, `${scanned.output}\n`);
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw unreadable(source.kind === 'file' ? source.path : 'stdin', error);
  } finally {
    lines.close();
    if (source.kind === 'file') input.destroy();
  }
  return found;
}

async function readText(source: ScanSource, io: ScanIo): Promise<string> {
  switch (source.kind) {
    case 'argument':
      return source.text;
    case 'file':
      return readScanFile(source.path);
    case 'stdin': {
      const stdin = stdinOrRefuse(io);
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      } catch (error) {
        throw unreadable('stdin', error);
      }
      return Buffer.concat(chunks).toString('utf8');
    }
  }
}

function describe(source: ScanSource): string {
  return source.kind === 'file' ? source.path : source.kind === 'stdin' ? 'stdin' : 'the arguments';
}

/** A terminal on stdin means nobody is piping anything: waiting for input would look like a hang. */
function stdinOrRefuse(io: ScanIo): Readable {
  if (io.stdin.isTTY === true) {
    throw new AppError('SCAN_ARGUMENTS_INVALID', 'no input: give the text as arguments, a file with --file, or pipe it to stdin');
  }
  return io.stdin;
}

/** Opens the file before any line is read, so "no such file" is reported as that, not as a stream error. */
async function openFile(path: string): Promise<Readable> {
  const stream = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('ready', () => resolve());
    stream.once('error', reject);
  }).catch((error: unknown) => {
    throw unreadable(path, error);
  });
  return stream;
}

function unreadable(what: string, error: unknown): AppError {
  // Node's message names the cause and the path ("ENOENT: no such file or directory, open 'x'").
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError('SCAN_INPUT_UNREADABLE', `cannot read ${what}: ${reason}`, { cause: error });
}

/** Resolves once the chunk is handed to the OS, so the caller's exit cannot cut the output short. */
function write(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}
