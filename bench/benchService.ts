import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../src/config/config.ts';
import { createLogger, type Logger } from '../src/telemetry/logger.ts';

export const BENCH_SIGNING_SECRET = 'bench-signing-secret';
const BENCH_ENCRYPTION_KEY = randomBytes(32).toString('base64');

/**
 * The service's configuration for a benchmark: the product's defaults (worker concurrency, batch
 * sizes, pool sizes) with what a test needs on top: loopback, any free port, a fixed encryption
 * key (so the embedded store does not generate one) and no logging.
 */
export function benchConfig(env: Record<string, string | undefined> = {}): Readonly<Config> {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ENCRYPTION_KEY: BENCH_ENCRYPTION_KEY,
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    ...env,
  });
}

export interface LogRecord {
  level: number;
  msg: string;
  code?: string;
  /** The logged error's message, shortened. */
  error?: string;
}

/**
 * A logger that keeps warnings and errors in memory instead of printing them: LOG_LEVEL stays
 * `silent` as far as output goes, yet a run can report the problems the service logged (a failed
 * write, a job retry) next to its numbers. A healthy run logs nothing at these levels, so this
 * costs nothing on the measured path.
 */
export function captureLogger(): { logger: Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          const parsed = JSON.parse(line) as { level?: number; msg?: string; code?: string; err?: { message?: string } };
          const error = parsed.err?.message?.slice(0, 160);
          records.push({
            level: parsed.level ?? 0,
            msg: parsed.msg ?? '',
            ...(parsed.code === undefined ? {} : { code: parsed.code }),
            ...(error === undefined ? {} : { error }),
          });
        } catch {
          records.push({ level: 50, msg: line.slice(0, 200) });
        }
      }
      done();
    },
  });
  return { logger: createLogger('warn', sink), records };
}

/** `3× warn: job failed; will retry (STALE_ITEM: …)`-style lines, most frequent first. */
export function summarizeLogs(records: readonly LogRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    const detail = [r.code, r.error].filter((x) => x !== undefined).join(': ');
    const key = `${r.level >= 50 ? 'error' : 'warn'}: ${r.msg}${detail === '' ? '' : ` (${detail})`}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${n}× ${key}`);
}
