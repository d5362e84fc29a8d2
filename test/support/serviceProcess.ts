import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

export interface ServiceProcess {
  child: ChildProcess;
  origin: string;
  /** Every JSON log line so far, parsed. */
  logs: Record<string, unknown>[];
  /** Everything written to stdout and stderr so far, as text (for tests that search it). */
  output(): string;
  /** The exit code, or null when a signal ended the process. */
  exited: Promise<number | null>;
  /** Sends a signal (SIGTERM, SIGINT) without waiting. */
  signal(signal: NodeJS.Signals): void;
  /** Calls `listener` after each new log line (for waits across several processes); returns the unsubscribe. */
  onLog(listener: () => void): () => void;
  /** Resolves once `count` log lines have matched `predicate` since the process started. */
  waitForLogs(predicate: (line: Record<string, unknown>) => boolean, count: number): Promise<void>;
  /** SIGKILL: no shutdown hook runs, exactly like a crash or an OOM kill. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real `pii-detector start` in a child process, for tests that must break a process. Its JSON
 * logs are the event stream the test waits on (no sleeping).
 */
export async function startServiceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, 'start'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let stderr = '';
  const raw: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    raw.push(chunk.toString());
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    raw.push(line);
    try {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      return;
    }
    for (const wake of [...waiters]) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const waitForLogs: ServiceProcess['waitForLogs'] = (predicate, count) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (lines.filter(predicate).length >= count) {
          waiters.delete(check);
          resolve();
        }
      };
      waiters.add(check);
      void exited.then((code) => {
        if (waiters.delete(check)) reject(new Error(`service exited (${code}) before the logs appeared:\n${stderr}`));
      });
      check();
    });

  await waitForLogs((l) => typeof l.address === 'string' && String(l.msg).startsWith('pii-detector listening'), 1);
  const origin = String(lines.find((l) => typeof l.address === 'string')?.address);
  return {
    child,
    origin,
    logs: lines,
    output: () => raw.join('\n'),
    exited,
    signal: (signal) => void child.kill(signal),
    onLog(listener) {
      waiters.add(listener);
      return () => void waiters.delete(listener);
    },
    waitForLogs,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
