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
  // Kept findings never overlap, so sorted by start they are sorted by end too, and only the last
  // one starting before a candidate's end can overlap it: a binary search instead of a scan keeps
  // a text with thousands of candidates from going quadratic.
  const kept: Finding[] = [];
  for (const { finding } of ranked) {
    if (finding.end <= finding.start) continue;
    const at = firstStartingAtOrAfter(kept, finding.end);
    const before = kept[at - 1];
    if (before !== undefined && finding.start < before.end) continue;
    kept.splice(at, 0, finding);
  }
  return kept;
}

/** The index of the first of `kept` (sorted by start) that starts at or after `position`. */
function firstStartingAtOrAfter(kept: readonly Finding[], position: number): number {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((kept[mid]?.start ?? Infinity) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}
