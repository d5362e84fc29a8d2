import { backtrackingRisks } from '../recognizers/patternSafety.ts';
import type { AllowListEntry } from './allowList.ts';

/** A line of an allow-list file that cannot be used, with its 1-based number. */
export interface AllowListProblem {
  line: number;
  message: string;
}

export type ParsedAllowList = { ok: true; entries: AllowListEntry[] } | { ok: false; problems: AllowListProblem[] };

const PATTERN_LINE = /^\/(.+)\/([imsu]*)$/;

/**
 * The allow-list file format: one entry a line; `/regex/flags` (flags from `imsu`) is a pattern that
 * must match a finding's whole text, anything else a value compared normalised (see
 * `normalizeAllowedValue`); blank lines and lines starting with `#` are skipped. A value that starts
 * with `/` or `#` is written with a backslash before it.
 *
 * Every line is checked and every problem returned: a pattern that does not compile, or one that
 * could backtrack catastrophically (the allow-list runs on every finding, so one bad pattern would
 * let a crafted message stall the scanner).
 */
export function parseAllowList(text: string): ParsedAllowList {
  const entries: AllowListEntry[] = [];
  const problems: AllowListProblem[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const pattern = PATTERN_LINE.exec(line);
    if (!pattern) {
      entries.push(line.startsWith('\\') ? line.slice(1) : line);
      continue;
    }
    try {
      const regex = new RegExp(pattern[1] ?? '', pattern[2]);
      // Judged as the allow-list runs it: anchored at both ends.
      const risks = backtrackingRisks(new RegExp(`^(?:${regex.source})$`, regex.flags));
      if (risks.length > 0) problems.push({ line: index + 1, message: `pattern ${line} could backtrack catastrophically: ${risks.join('; ')}` });
      else entries.push(regex);
    } catch (error) {
      problems.push({ line: index + 1, message: `pattern ${line} does not compile: ${(error as Error).message}` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}
