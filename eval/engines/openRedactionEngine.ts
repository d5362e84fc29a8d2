import { OPENREDACTION_LABELS, claimedBy } from '../engineLabels.ts';
import { OTHER_PREFIX, type EngineSpan, type EvalEngine } from '../evalEngine.ts';
import { packageVersion } from '../packageVersion.ts';

/**
 * openredaction's `OpenRedaction` with its defaults (all of its patterns, context analysis on,
 * confidence threshold 0.5), calling `detect`, which is asynchronous. It reports positions itself;
 * a position whose text is not the reported value is counted in the notes.
 */
export async function createOpenRedactionEngine(): Promise<EvalEngine> {
  const { OpenRedaction } = await import('openredaction');
  const engine = new OpenRedaction();
  let misplaced = 0;
  const unmapped = new Set<string>();
  return {
    name: 'openredaction',
    version: packageVersion('openredaction'),
    claimedLabels: claimedBy(OPENREDACTION_LABELS),
    async detect(text) {
      const { detections } = await engine.detect(text);
      return detections.map(({ type, value, position, confidence }): EngineSpan => {
        const [start, end] = position;
        if (text.slice(start, end) !== value) misplaced++;
        const label = OPENREDACTION_LABELS[type];
        if (label === undefined) unmapped.add(type);
        return { start, end, label: label ?? `${OTHER_PREFIX}${type}`, type, score: confidence };
      });
    },
    runNative: (text) => engine.detect(text),
    notes: () => [
      ...(misplaced > 0 ? [`${misplaced} detections whose position does not hold the reported value`] : []),
      ...(unmapped.size > 0 ? [`types not in the label table (scored as OTHER): ${[...unmapped].sort().join(', ')}`] : []),
    ],
  };
}
