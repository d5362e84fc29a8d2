import type { Finding } from './finding.ts';

/**
 * How many findings there are of each label, e.g. `{ EMAIL: 1, PHONE: 2 }`: what the audit log and
 * the DM may say about a message without repeating the personal data itself. Labels with no finding
 * are absent.
 */
export function summarizeLabels(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { label } of findings) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}
