import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * A tiny request/answer protocol over Node's IPC channel, so that the parts of a benchmark that
 * stand for the outside world (the load generator, Slack) run in their own processes and event
 * loops, never in the one being measured.
 */

interface CallMessage {
  id: number;
  method: string;
  params: unknown;
}

type AnswerMessage = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

type ReadyMessage = { ready: true; info: unknown };

export class BenchChild {
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  #nextId = 0;
  #exited: Promise<void>;

  private constructor(child: ChildProcess) {
    this.#child = child;
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.on('message', (message: AnswerMessage | ReadyMessage) => {
      if ('ready' in message) return;
      const waiter = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.ok) waiter?.resolve(message.result);
      else waiter?.reject(new Error(`child: ${message.error}`));
    });
    child.once('exit', (code, signal) => {
      for (const waiter of this.#pending.values()) waiter.reject(new Error(`child exited (${code ?? signal}) before answering`));
      this.#pending.clear();
    });
  }

  /** Forks `script` with the same Node, waits for its ready message and returns what it reported. */
  static async start<Info>(script: URL): Promise<{ child: BenchChild; info: Info }> {
    const child = fork(fileURLToPath(script), [], {
      execArgv: ['--disable-warning=ExperimentalWarning'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const info = await new Promise<Info>((resolve, reject) => {
      const onMessage = (message: AnswerMessage | ReadyMessage) => {
        if ('ready' in message) {
          child.off('exit', onExit);
          child.off('message', onMessage);
          resolve(message.info as Info);
        }
      };
      const onExit = (code: number | null) => reject(new Error(`${script.pathname} exited (${code}) before it was ready`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
    return { child: new BenchChild(child), info };
  }

  call<T>(method: string, params?: unknown): Promise<T> {
    const id = ++this.#nextId;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#child.send({ id, method, params } satisfies CallMessage);
    });
  }

  /** Closes the channel (the child cleans up and exits on that), then waits; kills it after 10 s. */
  async stop(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    if (this.#child.connected) this.#child.disconnect();
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), 10_000);
    await this.#exited;
    clearTimeout(timer);
  }
}

/** The child's side: answer calls with `handlers`, announce `info` once ready, clean up on disconnect. */
export function serveParent(handlers: Record<string, (params: never) => Promise<unknown>>, info: unknown, onDisconnect: () => Promise<void> = async () => {}): void {
  process.on('message', (message: CallMessage) => {
    const handler = handlers[message.method];
    const answer = handler === undefined ? Promise.reject(new Error(`unknown method ${message.method}`)) : handler(message.params as never);
    answer.then(
      (result) => process.send?.({ id: message.id, ok: true, result } satisfies AnswerMessage),
      (error: unknown) => process.send?.({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies AnswerMessage),
    );
  });
  process.once('disconnect', () => {
    onDisconnect().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.send?.({ ready: true, info } satisfies ReadyMessage);
}
