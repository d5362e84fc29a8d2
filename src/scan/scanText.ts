import type { Detector } from '../detect/detector.ts';
import type { Finding } from '../detect/finding.ts';
import { summarizeLabels } from '../detect/summarizeFindings.ts';
import { maskValue } from './maskValue.ts';

/** A finding as the scan interfaces (CLI, HTTP) report it: never with the raw value. */
export interface ScannedFinding extends Finding {
  /** The value with all but its first two characters masked (`maskValue`). */
  maskedValue: string;
}

export interface ScanResult {
  findings: ScannedFinding[];
  /** Findings per label, e.g. `{ EMAIL: 1, PHONE: 2 }`; labels without findings are absent. */
  counts: Record<string, number>;
  containsPii: boolean;
}

/**
 * Runs the detector over one text and shapes the answer the scan interfaces share. The raw value is
 * deliberately not part of the result: whoever wants it (the CLI's `--show-values`) slices the text
 * it already holds, so a result can be logged or sent without leaking what it found.
 */
export function scanText(detector: Detector, text: string): ScanResult {
  // Fields picked one by one, not spread: whatever a finding carries later must not reach an answer
  // by accident.
  const findings = detector.detect(text).map(
    ({ start, end, label, score, recognizer }): ScannedFinding => ({
      start,
      end,
      label,
      score,
      recognizer,
      maskedValue: maskValue(text.slice(start, end)),
    }),
  );
  return { findings, counts: summarizeLabels(findings), containsPii: findings.length > 0 };
}
