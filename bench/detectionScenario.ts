import { BenchChild } from './childProcess.ts';
import type { AdversarialTiming, ChatFlags, DetectionEngineName, DetectionMeasurement } from './detectionProcess.ts';
import { DETECTION_SETS, detectionTexts, type DetectionSetName } from './detectionSets.ts';

/**
 * Detection speed: ours, redact-pii and openredaction over the chat set and the page-sized texts,
 * one message at a time, each measurement in a fresh process (bench/detectionProcess.ts), engines
 * rotated round by round. Then ours over the adversarial inputs, for the 100 ms rule.
 */

export const DETECTION_ENGINES: readonly DetectionEngineName[] = Object.freeze(['pii-detector', 'redact-pii', 'openredaction']);

/** Our engine, and the one the speed goal is stated against. */
export const OURS: DetectionEngineName = 'pii-detector';
export const REFERENCE: DetectionEngineName = 'redact-pii';

/** The longest any single input may take (issue 3). */
export const MAX_INPUT_MS = 100;

export interface DetectionSettings {
  /** Measured seconds per engine, set and run. */
  seconds: number;
  /** Seconds of untimed scanning before each measurement, for the JIT. */
  warmupSeconds: number;
  runs: number;
}

export interface DetectionRun extends DetectionMeasurement {
  engine: DetectionEngineName;
  version: string;
  set: DetectionSetName;
  round: number;
}

export interface DetectionSetInfo {
  messages: number;
  meanChars: number;
  bytes: number;
}

export interface DetectionResult {
  settings: DetectionSettings;
  sets: Record<DetectionSetName, DetectionSetInfo>;
  runs: DetectionRun[];
  /** Per engine, which chat messages it flags (first round). */
  flags: Partial<Record<DetectionEngineName, ChatFlags>>;
  adversarial: AdversarialTiming[];
  /** Engines that could not be loaded or measured, with the reason. */
  failures: string[];
}

export async function runDetection(settings: DetectionSettings, log: (line: string) => void): Promise<DetectionResult> {
  const result: DetectionResult = { settings, sets: describeSets(), runs: [], flags: {}, adversarial: [], failures: [] };
  for (let round = 1; round <= settings.runs; round++) {
    for (const set of DETECTION_SETS) {
      // Rotate the order, so that no engine always runs first (or last) in a round.
      const engines = DETECTION_ENGINES.map((_, i) => DETECTION_ENGINES[(i + round - 1) % DETECTION_ENGINES.length] ?? OURS);
      for (const engine of engines) {
        try {
          await withEngine(engine, async (child, version) => {
            const measured = await child.call<DetectionMeasurement>('measure', { set, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds });
            result.runs.push({ ...measured, engine, version, set, round });
            log(`detection ${set.padEnd(5)} ${engine.padEnd(13)} run ${round}: ${Math.round(measured.messages / measured.cpuSeconds).toLocaleString('en-US')} msgs per CPU-s`);
            if (round === 1 && set === 'chat') result.flags[engine] = await child.call<ChatFlags>('flags');
          });
        } catch (error) {
          result.failures.push(`${engine} on ${set}, run ${round}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  }
  try {
    await withEngine(OURS, async (child) => {
      result.adversarial = await child.call<AdversarialTiming[]>('adversarial', { warmupSeconds: settings.warmupSeconds });
    });
    const worst = Math.max(...result.adversarial.map((t) => t.medianMs));
    log(`detection adversarial: ${result.adversarial.length} inputs, slowest ${worst.toFixed(1)} ms`);
  } catch (error) {
    result.failures.push(`adversarial inputs: ${error instanceof Error ? error.message : String(error)}`);
  }
  return result;
}

async function withEngine(engine: DetectionEngineName, use: (child: BenchChild, version: string) => Promise<void>): Promise<void> {
  const { child } = await BenchChild.start(new URL('./detectionProcess.ts', import.meta.url));
  try {
    const { version } = await child.call<{ version: string }>('load', { name: engine });
    await use(child, version);
  } finally {
    await child.stop();
  }
}

function describeSets(): Record<DetectionSetName, DetectionSetInfo> {
  const describe = (set: DetectionSetName): DetectionSetInfo => {
    const texts = detectionTexts(set);
    return {
      messages: texts.length,
      meanChars: texts.reduce((sum, text) => sum + text.length, 0) / texts.length,
      bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    };
  };
  return { chat: describe('chat'), pages: describe('pages') };
}
