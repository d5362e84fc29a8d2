import { Worker } from 'node:worker_threads';
import type { OcrLine, OcrReply, OcrRequest } from './ocrWorker.ts';

/**
 * Runs OCR on a worker thread, one image at a time, with the engine started on first use and kept.
 *
 * Why a thread: the engine spends much of its time in JavaScript (pixel arrays, contour finding), and
 * an image can take seconds, which on the main thread would stall every HTTP request meanwhile (Slack
 * wants its events answered within 3 s). And why it matters for the timeout: neither onnxruntime nor
 * the engine can be cancelled, but a thread can be terminated. A timed-out image kills the thread; the
 * next image starts a fresh one (~2 s to load the models again).
 */
export type { OcrLine } from './ocrWorker.ts';

const WORKER_URL = new URL('./ocrWorker.ts', import.meta.url);
// A runaway image fails this thread with an out-of-memory error instead of growing the process.
const WORKER_HEAP_MB = 2048;

let worker: Worker | undefined;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

/** Lines of text in an encoded image (PNG, JPEG, ...), in the engine's order. Rejects with `signal.reason` on abort. */
export function recognizeText(image: Uint8Array, signal: AbortSignal): Promise<OcrLine[]> {
  const run = queue.then(() => runOne(image, signal));
  queue = run.catch(() => undefined);
  return run;
}

/** Whether the OCR thread is up (for tests and health reporting). */
export function isOcrEngineRunning(): boolean {
  return worker !== undefined;
}

/** Stops the thread (and frees the models' memory); the next call starts it again. */
export async function closeOcrEngine(): Promise<void> {
  const current = worker;
  worker = undefined;
  await current?.terminate();
}

function runOne(image: Uint8Array, signal: AbortSignal): Promise<OcrLine[]> {
  // An image that timed out while waiting for its turn is not started at all.
  signal.throwIfAborted();
  const thread = (worker ??= startWorker());
  const id = nextId++;

  return new Promise<OcrLine[]>((resolve, reject) => {
    const settle = (): void => {
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
      signal.removeEventListener('abort', onAbort);
      // Idle, the thread must not keep the process alive; busy, it must (a CLI awaits the answer).
      thread.unref();
    };
    const onMessage = (reply: OcrReply): void => {
      if (reply.id !== id) return;
      settle();
      if ('error' in reply) reject(new Error(`OCR failed: ${reply.error}`));
      else resolve(reply.lines);
    };
    const onError = (error: Error): void => {
      settle();
      if (worker === thread) worker = undefined;
      reject(error);
    };
    const onExit = (code: number): void => onError(new Error(`OCR thread exited with code ${code}`));
    const onAbort = (): void => {
      settle();
      if (worker === thread) worker = undefined;
      void thread.terminate();
      reject(signal.reason);
    };

    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.on('exit', onExit);
    signal.addEventListener('abort', onAbort, { once: true });
    thread.ref();
    thread.postMessage({ id, image } satisfies OcrRequest);
  });
}

function startWorker(): Worker {
  const thread = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  thread.unref();
  // A thread that dies between images is forgotten, so the next image starts a new one; its error
  // goes to the waiting request's own listener, and without one this keeps it from crashing the process.
  thread.on('error', () => undefined);
  thread.once('exit', () => {
    if (worker === thread) worker = undefined;
  });
  return thread;
}
