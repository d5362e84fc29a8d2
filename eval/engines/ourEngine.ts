import { createDetector, defaultRecognizers, type Detector } from '../../src/detect/detector.ts';
import { toCorpusLabel } from '../../src/scan/corpusLabels.ts';
import type { EvalEngine } from '../evalEngine.ts';
import { packageVersion } from '../packageVersion.ts';

/**
 * Our engine as the service runs it: `createDetector()` with its defaults (the chat profile) unless
 * another detector is given, labels in corpus names.
 */
export function createOurEngine(detector: Detector = createDetector(), name = 'pii-detector'): EvalEngine {
  return {
    name,
    version: packageVersion('.'),
    claimedLabels: new Set(defaultRecognizers.flatMap((recognizer) => recognizer.labels).map(toCorpusLabel)),
    detect: async (text) =>
      detector.detect(text).map(({ start, end, label, score, recognizer }) => ({
        start,
        end,
        label: toCorpusLabel(label),
        type: `${label} (${recognizer})`,
        score,
      })),
    runNative: (text) => detector.detect(text),
    notes: () => [],
  };
}
