import type { Detector } from '../detect/detector.ts';
import type { PiiLabel } from '../detect/finding.ts';

/**
 * Labels that describe someone without being, alone, a leak worth deleting a message for: "ask
 * Maria about the deploy" or "the Dublin region is down" is how teams talk. A message is acted on
 * for what it holds besides them (an e-mail address, a card, a street address, a birth date); until
 * per-channel policies exist (issue 5), these are reported by `pii-detector scan` and the scan API
 * but never trigger an action, and are not recorded either: nothing is gained by auditing a
 * colleague's name.
 */
export const CONTEXT_ONLY_LABELS: ReadonlySet<PiiLabel> = new Set<PiiLabel>(['PERSON', 'LOCATION']);

/** The pipeline's view of a detector: its findings without the context-only labels. */
export function actionableOnly(detector: Detector): Detector {
  return { detect: (text) => detector.detect(text).filter((finding) => !CONTEXT_ONLY_LABELS.has(finding.label)) };
}
