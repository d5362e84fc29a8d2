import { readFileSync } from 'node:fs';
import type { DetectionSettings } from '../config/config.ts';
import { AppError } from '../core/appError.ts';
import { createDetector, type Detector } from '../detect/detector.ts';
import { parseAllowList } from '../detect/scoring/parseAllowList.ts';
import type { TestValueGroup, TestValueSettings } from '../detect/scoring/testValues.ts';

/**
 * The detector the settings describe, built once at start. The allow-list file is read here, so a
 * missing file or a bad pattern stops the start (CONFIG_INVALID, naming the line) instead of
 * silently scanning without the team's exceptions.
 */
export function createConfiguredDetector(settings: DetectionSettings): Detector {
  const allowList = settings.allowListPath === undefined ? [] : readAllowList(settings.allowListPath);
  return createDetector({
    profile: settings.profile,
    allowList,
    ...(settings.ignoreTestValues === undefined ? {} : { testValues: testValueSettings(settings.ignoreTestValues) }),
  });
}

function readAllowList(path: string): ReturnType<typeof parseAllowListOrThrow> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `Invalid configuration:\n  DETECTION_ALLOW_LIST: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, {
      cause: error,
    });
  }
  return parseAllowListOrThrow(path, text);
}

function parseAllowListOrThrow(path: string, text: string): Exclude<ReturnType<typeof parseAllowList>, { ok: false }>['entries'] {
  const parsed = parseAllowList(text);
  if (parsed.ok) return parsed.entries;
  const lines = parsed.problems.map((p) => `  DETECTION_ALLOW_LIST: ${path}:${p.line}: ${p.message}`);
  throw new AppError('CONFIG_INVALID', `Invalid configuration:\n${lines.join('\n')}`);
}

/** "Ignore these groups" as the detector's per-group switches: a group not named is reported. */
function testValueSettings(ignore: boolean | readonly string[]): TestValueSettings {
  if (typeof ignore === 'boolean') return ignore;
  const groups: Record<TestValueGroup, boolean> = { cards: false, phones: false, emails: false, ssns: false, ips: false };
  for (const group of ignore) groups[group as TestValueGroup] = true;
  return groups;
}
