import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/telemetry/logger.ts';

export interface CapturedLogs {
  logger: Logger;
  lines: Record<string, unknown>[];
  /** Resolves once a line matches (also one logged before the call); the test's timeout bounds it. */
  waitFor(predicate: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

/** A real pino logger whose JSON lines a test can read and wait on, instead of sleeping. */
export function captureLogs(level = 'info'): CapturedLogs {
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n')) {
        if (text.trim() !== '') lines.push(JSON.parse(text) as Record<string, unknown>);
      }
      for (const wake of [...waiters]) wake();
      done();
    },
  });
  return {
    logger: createLogger(level, sink),
    lines,
    waitFor: (predicate) =>
      new Promise((resolve) => {
        const check = () => {
          const found = lines.find(predicate);
          if (found !== undefined) {
            waiters.delete(check);
            resolve(found);
          }
        };
        waiters.add(check);
        check();
      }),
  };
}
