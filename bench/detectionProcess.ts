import { createOpenRedactionEngine } from '../eval/engines/openRedactionEngine.ts';
import { createOurEngine } from '../eval/engines/ourEngine.ts';
import { createRedactPiiEngine } from '../eval/engines/redactPiiEngine.ts';
import type { EvalEngine } from '../eval/evalEngine.ts';
import { measureThroughput } from '../eval/measureThroughput.ts';
import { chatMessages } from './chatMessages.ts';
import { serveParent } from './childProcess.ts';
import { adversarialTexts, detectionTexts, type DetectionSetName } from './detectionSets.ts';

/**
 * One detection engine in a process of its own, for the detection benchmark: each measurement
 * starts from a fresh process, so no engine runs on a heap or a JIT another engine shaped, and the
 * process's CPU time is that engine's alone. Engines are the evaluation's (eval/engines/*), called
 * the way the evaluation measures them (`runNative`: the library's own call, one message at a time).
 */

export type DetectionEngineName = 'pii-detector' | 'redact-pii' | 'openredaction';

export interface DetectionMeasurement {
  messages: number;
  /** UTF-8 bytes of the messages scanned. */
  bytes: number;
  wallSeconds: number;
  /** User + system CPU time of the process while measuring (GC threads included). */
  cpuSeconds: number;
  meanChars: number;
}

export interface ChatFlags {
  piiMessages: number;
  piiFlagged: number;
  cleanMessages: number;
  cleanFlagged: number;
}

export interface AdversarialTiming {
  name: string;
  chars: number;
  /** Wall time of the first scan of this input, after the warm-up. */
  firstMs: number;
  /** The median of three scans, wall time. */
  medianMs: number;
  /** The same in CPU time of the process: what a busy machine does not inflate. */
  medianCpuMs: number;
}

let engine: EvalEngine | undefined;

async function load(name: DetectionEngineName): Promise<EvalEngine> {
  if (name === 'pii-detector') return createOurEngine();
  if (name === 'redact-pii') return createRedactPiiEngine();
  return createOpenRedactionEngine();
}

function loaded(): EvalEngine {
  if (engine === undefined) throw new Error('load an engine first');
  return engine;
}

serveParent(
  {
    load: async ({ name }: { name: DetectionEngineName }) => {
      engine = await load(name);
      return { version: engine.version };
    },
    measure: async ({ set, seconds, warmupSeconds }: { set: DetectionSetName; seconds: number; warmupSeconds: number }): Promise<DetectionMeasurement> => {
      const texts = detectionTexts(set);
      const bytesPerPass = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
      // One pass does not get every regex and hot function of ours optimised (the first half
      // second runs at half speed): warm up for a while, every engine alike.
      const warmupEnds = performance.now() + warmupSeconds * 1000;
      while (performance.now() < warmupEnds) for (const text of texts) await loaded().runNative(text);
      const t = await measureThroughput(loaded(), texts, seconds);
      return { messages: t.messages, bytes: (t.messages / texts.length) * bytesPerPass, wallSeconds: t.wallSeconds, cpuSeconds: t.cpuSeconds, meanChars: t.meanChars };
    },
    // Which chat messages the engine would flag: a message flagged for any reason is a deleted message.
    flags: async (): Promise<ChatFlags> => {
      const flags: ChatFlags = { piiMessages: 0, piiFlagged: 0, cleanMessages: 0, cleanFlagged: 0 };
      for (const { text, pii } of chatMessages()) {
        const flagged = (await loaded().detect(text)).length > 0;
        if (pii) {
          flags.piiMessages++;
          if (flagged) flags.piiFlagged++;
        } else {
          flags.cleanMessages++;
          if (flagged) flags.cleanFlagged++;
        }
      }
      return flags;
    },
    adversarial: async ({ warmupSeconds }: { warmupSeconds: number }): Promise<AdversarialTiming[]> => {
      const current = loaded();
      // A running service is warm: chat and pages (phone numbers included) until the JIT has
      // optimised what they use. A cold first call costs several times a warm one.
      const warm = [...detectionTexts('chat'), ...detectionTexts('pages')];
      const warmupEnds = performance.now() + warmupSeconds * 1000;
      do {
        for (const text of warm) await current.runNative(text);
      } while (performance.now() < warmupEnds);
      const timings: AdversarialTiming[] = [];
      for (const [name, text] of adversarialTexts()) {
        const wall: number[] = [];
        const cpu: number[] = [];
        for (let i = 0; i < 3; i++) {
          const cpuBefore = process.cpuUsage();
          const started = performance.now();
          await current.runNative(text);
          wall.push(performance.now() - started);
          const used = process.cpuUsage(cpuBefore);
          cpu.push((used.user + used.system) / 1000);
        }
        const middle = (values: number[]): number => [...values].sort((a, b) => a - b)[1] ?? Number.NaN;
        timings.push({ name, chars: text.length, firstMs: wall[0] ?? Number.NaN, medianMs: middle(wall), medianCpuMs: middle(cpu) });
      }
      return timings;
    },
  },
  {},
);
