import { alignRedaction } from '../alignRedaction.ts';
import { REDACT_PII_LABELS, claimedBy } from '../engineLabels.ts';
import { OTHER_PREFIX, type EngineSpan, type EvalEngine } from '../evalEngine.ts';
import { packageVersion } from '../packageVersion.ts';

/**
 * redact-pii's `SyncRedactor` with its defaults (every built-in, names included), as its README
 * uses it. It returns only the redacted text, with a placeholder per built-in, so the spans are
 * recovered by aligning that text with the original (`alignRedaction`). Its Google DLP redactor is
 * a separate, asynchronous class and is not used: nothing here leaves the machine.
 */
export async function createRedactPiiEngine(): Promise<EvalEngine> {
  const { SyncRedactor } = await import('redact-pii');
  const redactor = new SyncRedactor();
  const markers = Object.keys(REDACT_PII_LABELS);
  let unaligned = 0;
  return {
    name: 'redact-pii',
    version: packageVersion('redact-pii'),
    claimedLabels: claimedBy(REDACT_PII_LABELS),
    async detect(text) {
      const redacted = redactor.redact(text);
      const spans = alignRedaction(text, redacted, markers);
      if (spans === undefined) {
        // Cannot say where, only that it changed the text: the message is flagged, no label is credited.
        unaligned++;
        return [{ start: 0, end: text.length, label: `${OTHER_PREFIX}UNALIGNED`, type: 'UNALIGNED', score: undefined }];
      }
      return spans.map(({ start, end, marker }): EngineSpan => {
        const label = REDACT_PII_LABELS[marker];
        return { start, end, label: label ?? `${OTHER_PREFIX}${marker}`, type: marker, score: undefined };
      });
    },
    runNative: (text) => redactor.redact(text),
    notes: () => (unaligned > 0 ? [`${unaligned} redacted texts could not be aligned with their original; counted as flagged, no label`] : []),
  };
}
