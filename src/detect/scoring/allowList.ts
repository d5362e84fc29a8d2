import type { Finding } from '../finding.ts';
import { enabledTestValueGroups, isTestValue, type TestValueSettings } from './testValues.ts';

/**
 * A value that is never personal data in this workspace: a string is compared after
 * `normalizeAllowedValue` (so "(415) 555-0132" also allows "415.555.0132"), a RegExp must match a
 * finding's whole text: `/\+1 800 [\d -]+/` allows toll-free numbers written that way, not every
 * finding that merely contains "+1 800".
 */
export type AllowListEntry = string | RegExp;

export interface AllowListOptions {
  /** The workspace's own values and patterns: the support line, the shared mailbox. Default none. */
  entries?: readonly AllowListEntry[];
  /** Published test values treated as not personal data. Default `true` (every group). */
  testValues?: TestValueSettings;
}

export interface AllowList {
  /** Whether `value`, a finding's matched text reported under `label`, is allowed. */
  isAllowed(value: string, label: string): boolean;
  /**
   * `findings` without the allowed ones, and without anything inside an allowed finding that does
   * not score above it: once "4242 4242 4242 4242" is known to be a test card, a phone-number
   * reading of some of its digits is no more personal data than the card.
   */
  filter(text: string, findings: readonly Finding[]): Finding[];
}

/**
 * The form in which allow-list values are compared: e-mail addresses lower-cased (domains are
 * case-insensitive and nobody relies on a case-sensitive local part); numbers by their digits alone,
 * whatever the separators ("+", spaces, dashes, dots, parentheses, slashes); anything else without
 * spaces and dashes, so a spaced IBAN matches its compact form. Case is kept otherwise: tokens are
 * case-sensitive.
 */
export function normalizeAllowedValue(value: string): string {
  const trimmed = value.trim();
  if (trimmed.includes('@')) return trimmed.toLowerCase();
  const compact = trimmed.replace(/[\s\-.()/+]/g, '');
  if (/^\d+$/.test(compact)) return compact;
  return trimmed.replace(/[\s-]/g, '');
}

export function createAllowList(options: AllowListOptions = {}): AllowList {
  const groups = enabledTestValueGroups(options.testValues);
  const values = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of options.entries ?? []) {
    if (typeof entry === 'string') values.add(normalizeAllowedValue(entry));
    // Anchored, and without g/y, whose lastIndex would make repeated tests disagree.
    else patterns.push(new RegExp(`^(?:${entry.source})$`, entry.flags.replace(/[gy]/g, '')));
  }

  const isAllowed = (value: string, label: string): boolean =>
    // Most workspaces list no values: then nothing needs normalising.
    (values.size > 0 && values.has(normalizeAllowedValue(value))) ||
    patterns.some((pattern) => pattern.test(value)) ||
    isTestValue(value, label, groups);

  return {
    isAllowed,
    filter(text, findings) {
      const allowed = findings.filter((f) => isAllowed(text.slice(f.start, f.end), f.label));
      if (allowed.length === 0) return [...findings];
      const covers = coverage(allowed);
      // An allowed finding is inside itself and does not outscore itself, so it goes too.
      return findings.filter((f) => !covers(f));
    },
  };
}

/**
 * Whether a finding lies inside one of `allowed` that scores at least as high. Sorted by start with
 * a running maximum of ends, so a check looks only at the spans that can contain the finding: a
 * pasted file with thousands of test cards stays linear-ish instead of comparing every pair.
 */
function coverage(allowed: readonly Finding[]): (finding: Finding) => boolean {
  const spans = [...allowed].sort((a, b) => a.start - b.start);
  const maxEndUpTo: number[] = [];
  let maxEnd = -1;
  for (const span of spans) maxEndUpTo.push((maxEnd = Math.max(maxEnd, span.end)));

  return (finding) => {
    // The last span starting at or before the finding.
    let low = 0;
    let high = spans.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((spans[mid]?.start ?? Infinity) <= finding.start) {
        last = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    for (let i = last; i >= 0 && (maxEndUpTo[i] ?? -1) >= finding.end; i--) {
      const span = spans[i];
      if (span && finding.end <= span.end && finding.score <= span.score) return true;
    }
    return false;
  };
}
