import type { Finding } from './finding.ts';

/**
 * Keeps one finding wherever findings overlap, and returns the survivors sorted by start.
 *
 * The higher score wins; on equal scores the longer span wins, then the earlier one, then the
 * earlier in the input (so recognizer order breaks the last tie). This is what stops the digits of
 * an IBAN or a card number from also being reported as a phone number: checksum-validated labels
 * score above the phone recognizer. Greedy in rank order, so a lower-ranked finding is dropped if it
 * touches any kept one, even one it would itself have beaten through a third finding.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const ranked = findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        b.finding.score - a.finding.score ||
        b.finding.end - b.finding.start - (a.finding.end - a.finding.start) ||
        a.finding.start - b.finding.start ||
        a.index - b.index,
    );
  const kept: Finding[] = [];
  for (const { finding } of ranked) {
    if (finding.end <= finding.start) continue;
    if (kept.some((k) => finding.start < k.end && k.start < finding.end)) continue;
    kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
