import type { EvalEngine } from './evalEngine.ts';

export interface Throughput {
  messages: number;
  wallSeconds: number;
  /** User + system CPU time of the whole process while measuring. */
  cpuSeconds: number;
  messagesPerSecond: number;
  /** Average length of the texts, in string units. */
  meanChars: number;
}

/**
 * Messages per second of one engine's own call (`runNative`) over the given texts, on the one
 * thread JavaScript runs on: one untimed pass to warm the JIT and the engine's caches, then whole
 * passes until at least `seconds` have gone by. Asynchronous engines are awaited one message at a
 * time, as a message handler would. CPU time is reported beside wall time: about equal means one
 * core did the work; well above means helper threads (GC, a worker pool) helped.
 * A benchmark figure for the report, never asserted in a test.
 */
export async function measureThroughput(engine: EvalEngine, texts: readonly string[], seconds: number): Promise<Throughput> {
  if (texts.length === 0) throw new RangeError('no texts to measure with');
  for (const text of texts) await engine.runNative(text);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let messages = 0;
  do {
    for (const text of texts) {
      const result = engine.runNative(text);
      // Awaiting a plain value would add a microtask per message to the synchronous engines.
      if (result instanceof Promise) await result;
    }
    messages += texts.length;
  } while (performance.now() - started < seconds * 1000);
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    messages,
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    messagesPerSecond: messages / wallSeconds,
    meanChars: texts.reduce((sum, text) => sum + text.length, 0) / texts.length,
  };
}
